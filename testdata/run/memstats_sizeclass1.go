package main

// Size-class rounding and large objects (go-runtime-facts §2.2, §2.3, §2.8): TotalAlloc and
// HeapAlloc grow by the class size (or whole 8 KiB pages for objects > 32 KiB), Mallocs by one
// per object. Every object is stored in a global so it is a heap object in Go.

import (
	"fmt"
	"runtime"
)

type node struct {
	next *node
	val  int
	tag  [5]byte
} // 24 bytes, has pointers

var (
	b17   [100]*[17]byte
	b33   [100]*[33]byte
	nodes [100]*node
	arr   [50]*[100]int64
	big   [10][]byte
	ints  [10][]int
	huge  [2][]int64
	cls   [8][]byte
)

var before, after runtime.MemStats

func delta(name string, n int) {
	fmt.Printf("%-8s n=%d mallocs=%d frees=%d total=%d heap=%d perobj=%d\n", name, n,
		after.Mallocs-before.Mallocs, after.Frees-before.Frees,
		after.TotalAlloc-before.TotalAlloc, after.HeapAlloc-before.HeapAlloc,
		(after.TotalAlloc-before.TotalAlloc)/uint64(n))
}

func main() {
	runtime.ReadMemStats(&before)
	for i := range b17 {
		b17[i] = new([17]byte)
	}
	runtime.ReadMemStats(&after)
	delta("[17]byte", len(b17))

	runtime.ReadMemStats(&before)
	for i := range b33 {
		b33[i] = new([33]byte)
	}
	runtime.ReadMemStats(&after)
	delta("[33]byte", len(b33))

	runtime.ReadMemStats(&before)
	for i := range nodes {
		nodes[i] = &node{val: i}
	}
	runtime.ReadMemStats(&after)
	delta("node", len(nodes))

	runtime.ReadMemStats(&before)
	for i := range arr {
		arr[i] = new([100]int64)
	}
	runtime.ReadMemStats(&after)
	delta("[100]i64", len(arr))

	sizes := [8]int{1000, 1017, 1025, 4097, 9000, 32768, 32769, 100000}
	for k, n := range sizes {
		runtime.ReadMemStats(&before)
		cls[k] = make([]byte, n)
		runtime.ReadMemStats(&after)
		delta(fmt.Sprint("b", n), 1)
	}

	runtime.ReadMemStats(&before)
	for i := range big {
		big[i] = make([]byte, 40000)
	}
	runtime.ReadMemStats(&after)
	delta("40000B", len(big))

	runtime.ReadMemStats(&before)
	for i := range ints {
		ints[i] = make([]int, 5000)
	}
	runtime.ReadMemStats(&after)
	delta("5000int", len(ints))

	runtime.ReadMemStats(&before)
	for i := range huge {
		huge[i] = make([]int64, 50001)
	}
	runtime.ReadMemStats(&after)
	delta("400KB", len(huge))
	fmt.Println("class0 counted in BySize:", after.BySize[0].Mallocs-before.BySize[0].Mallocs)
}
