package main

// Page-level heap statistics around large allocations (go-runtime-facts §2.7, §2.8): a large
// object takes whole 8 KiB pages from the page heap; those pages move from HeapIdle (here: never
// used, so counted in HeapReleased) to HeapInuse, and HeapSys does not change while the heap
// has free pages. Small objects are left out: their page counts depend on how full the spans
// already cached were.

import (
	"fmt"
	"runtime"
)

var (
	big  [4][]byte
	a, b runtime.MemStats
)

func show(name string) {
	fmt.Printf("%-8s inuse=%d idle=%d sys=%d released=%d objects=%d heapalloc=%d\n", name,
		int64(b.HeapInuse-a.HeapInuse), int64(b.HeapIdle-a.HeapIdle), int64(b.HeapSys-a.HeapSys),
		int64(b.HeapReleased-a.HeapReleased), int64(b.HeapObjects-a.HeapObjects), int64(b.HeapAlloc-a.HeapAlloc))
}

func main() {
	runtime.ReadMemStats(&a)
	big[0] = make([]byte, 40000)
	runtime.ReadMemStats(&b)
	show("40000")
	runtime.ReadMemStats(&a)
	big[1] = make([]byte, 1<<20)
	runtime.ReadMemStats(&b)
	show("1MiB")
	runtime.ReadMemStats(&a)
	big[2] = make([]byte, 32769)
	big[3] = make([]byte, 100000)
	runtime.ReadMemStats(&b)
	show("two")
	fmt.Println(b.Sys >= b.HeapSys, b.HeapSys%8192, b.HeapInuse%8192, b.HeapIdle == b.HeapSys-b.HeapInuse)
}
