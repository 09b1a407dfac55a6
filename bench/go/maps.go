// Map-heavy: insert, lookup, delete and iterate with int and string keys.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	m := make(map[int]int)
	seed := uint32(1)
	next := func() int {
		seed = seed*1664525 + 1013904223
		return int(seed >> 8)
	}
	for i := 0; i < 400000; i++ {
		m[next()%200000] += i
	}
	hits := 0
	for i := 0; i < 400000; i++ {
		if _, ok := m[next()%400000]; ok {
			hits++
		}
	}
	for i := 0; i < 200000; i += 3 {
		delete(m, i)
	}
	sum := 0
	for k, v := range m {
		sum += k ^ v
	}
	sm := make(map[string]int)
	keys := make([]string, 5000)
	for i := range keys {
		keys[i] = "key-" + strconv.Itoa(i*7919%100003)
	}
	for r := 0; r < 40; r++ {
		for i, k := range keys {
			sm[k] += i + r
		}
	}
	ssum := 0
	for _, k := range keys {
		ssum += sm[k]
	}
	fmt.Println("maps", len(m), hits, sum, len(sm), ssum)
}
