package main

// Iteration while mutating, printing only what the Go spec guarantees:
// entries removed before being reached are not produced; every entry present for the whole
// iteration is produced exactly once (even while the map grows); entries added during iteration
// may or may not be produced; updates of values are seen.

import (
	"fmt"
	"sort"
)

func main() {
	// Delete the partner of every key we see: from each pair exactly one is produced.
	m := map[int]int{}
	for i := 0; i < 100; i++ {
		m[i] = i
	}
	seen := map[int]bool{}
	for k := range m {
		if seen[99-k] {
			fmt.Println("BUG: partner of", k, "was produced after being deleted")
		}
		seen[k] = true
		delete(m, 99-k)
	}
	fmt.Println("pairs:", len(seen), "left:", len(m))

	// Insert many new keys during iteration (forcing growth): the original keys are each produced
	// exactly once; new ones maybe.
	m = map[int]int{}
	for i := 0; i < 50; i++ {
		m[i] = i
	}
	count := map[int]int{}
	news := 0
	for k := range m {
		count[k]++
		if k >= 1000 {
			news++
			continue
		}
		for j := 0; j < 20; j++ {
			m[1000+k*20+j] = j
		}
	}
	orig, twice := 0, 0
	for k, c := range count {
		if k < 1000 {
			orig++
		}
		if c > 1 {
			twice++
		}
	}
	fmt.Println("original produced:", orig, "produced twice:", twice, "len:", len(m), "new produced <= 1000:", news <= 1000)

	// Value updates during iteration are seen by later lookups; deleting the current key is fine.
	m = map[int]int{}
	for i := 0; i < 30; i++ {
		m[i] = i
	}
	for k, v := range m {
		if k%3 == 0 {
			delete(m, k)
		} else {
			m[k] = v * 10
		}
	}
	keys := []int{}
	for k := range m {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	total := 0
	for _, k := range keys {
		total += m[k]
	}
	fmt.Println(len(m), keys[:5], total)

	// The clear idiom, and reuse.
	for k := range m {
		delete(m, k)
	}
	fmt.Println("cleared:", len(m))
	m[7] = 7
	fmt.Println(m)

	// Iteration over a map of strings with sorted output (fmt sorts map keys).
	sm := map[string][]int{"b": {2}, "a": {1}, "c": nil}
	sm["a"] = append(sm["a"], 11)
	fmt.Println(sm, len(sm["c"]))

	// A value obtained from range is a copy.
	type big struct{ a [4]int }
	bm := map[string]big{"x": {}}
	for _, v := range bm {
		v.a[0] = 9
	}
	fmt.Println(bm["x"].a[0])
}
