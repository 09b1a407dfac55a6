// User story 2: "Does re-slicing copy the array? Why does my small slice keep a big array alive?"
//
// s[a:b] shares the backing array: no copy, cap shrinks by a. append within capacity writes into
// the parent's array; past capacity it allocates a new array with growslice's capacity. A tiny
// sub-slice therefore pins its whole array for as long as it lives; copying the few bytes you
// need (or a full slice expression s[a:b:b] followed by an append) breaks the tie.
//
// The output below is identical under `go run` and `glassgo run`; the allocation figures come
// from runtime.ReadMemStats and equal real Go's (the big array is a large object: whole 8 KiB
// pages; 10 bytes without pointers come from the tiny allocator's 16-byte block).
//
// With glassgo, watch every allocation (address, size class, span, path) with
//
//	GLASSDEBUG=alloctrace=1 ./glassgo run examples/slice_pinning.go
//
// (Showing the big array survive a GC while the sub-slice lives, and being freed once only the
// copy remains, needs runtime.GC, which glassgo does not implement yet.)
package main

import (
	"fmt"
	"runtime"
)

const size = 1 << 20 // 1 MiB: large enough to be a large object, small enough not to start a GC

var (
	big, small, copied, grown []byte
	before, after          runtime.MemStats
)

func main() {
	runtime.ReadMemStats(&before)
	big = make([]byte, size)
	runtime.ReadMemStats(&after)
	fmt.Println("make 1 MiB: mallocs", after.Mallocs-before.Mallocs, "heap +", after.HeapAlloc-before.HeapAlloc, "bytes")
	for i := range big {
		big[i] = byte(i)
	}

	// Re-slicing copies nothing.
	runtime.ReadMemStats(&before)
	small = big[100:110]
	runtime.ReadMemStats(&after)
	fmt.Println("small = big[100:110]: len", len(small), "cap", cap(small), "mallocs", after.Mallocs-before.Mallocs)
	fmt.Println("shares the array:", &small[0] == &big[100])

	// append within capacity overwrites the parent's element.
	fmt.Println("big[110] before append:", big[110])
	small = append(small, 0xEE)
	fmt.Println("big[110] after append(small, 0xEE):", big[110], "len", len(small), "cap", cap(small))

	// A full slice expression limits cap; the next append must copy.
	limited := big[100:110:110]
	fmt.Println("big[100:110:110]: len", len(limited), "cap", cap(limited))
	runtime.ReadMemStats(&before)
	grown = append(limited, 1)
	runtime.ReadMemStats(&after)
	fmt.Println("append past cap: len", len(grown), "cap", cap(grown), "mallocs", after.Mallocs-before.Mallocs,
		"bytes", after.TotalAlloc-before.TotalAlloc, "shares:", &grown[0] == &big[100])

	// Copy the ten bytes: the only thing that keeps the 1 MiB array alive is small itself.
	runtime.ReadMemStats(&before)
	copied = make([]byte, len(small)-1)
	n := copy(copied, small)
	runtime.ReadMemStats(&after)
	fmt.Println("copy", n, "bytes: mallocs", after.Mallocs-before.Mallocs, "bytes", after.TotalAlloc-before.TotalAlloc,
		"shares:", &copied[0] == &big[100])
	fmt.Println(copied)

	// growslice's capacities, one append at a time.
	var s []byte
	last := -1
	for i := 0; i < 5000; i++ {
		s = append(s, byte(i))
		if cap(s) != last {
			fmt.Print(cap(s), " ")
			last = cap(s)
		}
	}
	fmt.Println()
	var w []int64
	last = -1
	for i := 0; i < 3000; i++ {
		w = append(w, int64(i))
		if cap(w) != last {
			fmt.Print(cap(w), " ")
			last = cap(w)
		}
	}
	fmt.Println()
}
