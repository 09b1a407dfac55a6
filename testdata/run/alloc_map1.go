package main

import (
	"fmt"
	"runtime"
)

// Maps that do not escape keep their hmap, and for a hint up to 8 one bucket, in the stack frame
// (walkMakeMap): a small local map allocates nothing until it grows. (Every case keeps its keys
// in one bucket or in a table too large to overflow, so the random hash seed cannot change the
// count; ranging over a map of pointer-free buckets allocates mapextra and its overflow slice.)

var ms runtime.MemStats

func mallocs() uint64 {
	runtime.ReadMemStats(&ms)
	return ms.Mallocs
}

var gm map[int]int
var out [8]int

//go:noinline
func small() int {
	m := make(map[int]int)
	for i := 0; i < 8; i++ {
		m[i] = i * i
	}
	s := 0
	for k, v := range m {
		s += k + v
	}
	return s
}

var keys = []string{"c", "d", "e", "f", "g", "h"}

//go:noinline
func literal() int {
	m := map[string]int{"a": 1, "b": 2}
	for i, k := range keys {
		m[k] = i
	}
	return len(m) + m["a"] + m["h"]
}

//go:noinline
func hinted(n, k int) int {
	m := make(map[int]bool, n)
	for i := 0; i < k; i++ {
		m[i] = true
	}
	return len(m)
}

//go:noinline
func escapes() {
	gm = make(map[int]int)
	gm[1] = 1
}

func main() {
	var d [8]uint64
	n := 0
	d[n] = mallocs()
	n++
	out[0] = small()
	d[n] = mallocs()
	n++
	out[1] = hinted(4, 4)
	d[n] = mallocs()
	n++
	out[2] = hinted(100, 5)
	d[n] = mallocs()
	n++
	escapes()
	d[n] = mallocs()
	n++
	out[3] = literal()
	d[n] = mallocs()
	n++
	for k := 1; k < n; k++ {
		fmt.Print(d[k]-d[k-1], " ")
	}
	fmt.Println()
	fmt.Println(out, gm)
}
