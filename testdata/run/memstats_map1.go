package main

// Allocations made by map creation (go-runtime-facts §4.3), stored in globals: make with a hint
// allocates the hmap (48 bytes) and 2^B buckets (+ 2^(B-4) preallocated overflow buckets for
// B >= 4, rounded up to fill the size class); a small map allocates its bucket on first insert.

import (
	"fmt"
	"runtime"
)

var (
	m0  map[int]int
	m8  map[int]int
	m9  map[int]int
	m100 map[int]int
	ms  map[string]int
	m1k map[int64]int8
	before, after runtime.MemStats
)

func delta(name string) {
	fmt.Printf("%-12s mallocs=%d total=%d\n", name, after.Mallocs-before.Mallocs, after.TotalAlloc-before.TotalAlloc)
}

func main() {
	runtime.ReadMemStats(&before)
	m0 = make(map[int]int)
	runtime.ReadMemStats(&after)
	delta("make")

	runtime.ReadMemStats(&before)
	m0[1] = 1
	runtime.ReadMemStats(&after)
	delta("first insert")

	runtime.ReadMemStats(&before)
	m0[2] = 2
	runtime.ReadMemStats(&after)
	delta("second")

	runtime.ReadMemStats(&before)
	m8 = make(map[int]int, 8)
	runtime.ReadMemStats(&after)
	delta("make 8")

	runtime.ReadMemStats(&before)
	m9 = make(map[int]int, 9)
	runtime.ReadMemStats(&after)
	delta("make 9")

	runtime.ReadMemStats(&before)
	m100 = make(map[int]int, 100)
	runtime.ReadMemStats(&after)
	delta("make 100")

	runtime.ReadMemStats(&before)
	ms = make(map[string]int, 1000)
	runtime.ReadMemStats(&after)
	delta("make str 1000")

	runtime.ReadMemStats(&before)
	m1k = make(map[int64]int8, 1000)
	runtime.ReadMemStats(&after)
	delta("make i8 1000")

	runtime.ReadMemStats(&before)
	for i := 0; i < 8; i++ {
		m8[i] = i
	}
	runtime.ReadMemStats(&after)
	delta("fill 8")
	fmt.Println(len(m0), len(m8), len(m9), len(m100), len(ms), len(m1k))
}
