// User story 1: "When are a map's old buckets freed after it grows?"
//
// A Go map grows when an insert would push count above 6.5 × 2^B (or when it has too many
// overflow buckets). Growing allocates a new bucket array (twice as large, or the same size for
// a compacting grow) and keeps the old one in hmap.oldbuckets. No data moves at that moment:
// every later insert or delete evacuates one or two old buckets, and only when the last old
// bucket has been evacuated is oldbuckets set to nil. The old array is then garbage; the next GC
// cycle's sweep reclaims it.
//
// Real Go can only show this indirectly: the program below detects each growth from the
// allocation it causes (runtime.ReadMemStats around every insert) and prints the insert that
// triggered it. Its output is identical under `go run` and `glassgo run`.
//
// glassgo can show the rest. Run
//
//	GLASSDEBUG=maptrace=1 ./glassgo run examples/map_growth.go
//
// and stderr narrates every growth ("map: grow 0x... B=3->4 doubling count=52 ..."), each
// evacuated old bucket with how many entries went to the X and Y halves and the nevacuate mark,
// and the moment oldbuckets is dropped ("map: oldbuckets 0x... dropped (1152 bytes at 0x...),
// growth complete"). GLASSDEBUG=maptrace=1,alloctrace=1 interleaves the allocations (bucket
// arrays, overflow buckets) with it. (Freeing the dropped array needs the garbage collector,
// which glassgo does not have yet.)
package main

import (
	"fmt"
	"runtime"
)

const bucketSize = 8 + 8*8 + 8*8 + 8 // map[int]int bucket: tophash, 8 keys, 8 elems, overflow pointer

var (
	m             = make(map[int]int)
	before, after runtime.MemStats
)

func main() {
	buckets := 1 // B = 0: one bucket (allocated by the first insert)
	for i := 1; i <= 2000; i++ {
		runtime.ReadMemStats(&before)
		m[i] = i
		runtime.ReadMemStats(&after)
		// A growth allocates the new array: at least 2 × buckets × bucketSize bytes. Anything else
		// an insert can allocate (an overflow bucket, at most two more while evacuating) is smaller.
		if grew := after.TotalAlloc - before.TotalAlloc; grew >= uint64(2*buckets*bucketSize) {
			fmt.Printf("insert #%d: the map grew from %d to %d buckets (%d entries before this insert, load limit %.1f per bucket)\n",
				i, buckets, 2*buckets, i-1, 6.5)
			buckets *= 2
		}
	}
	fmt.Println("len:", len(m), "buckets:", buckets)

	// Deleting never shrinks a map: the bucket array stays, and refilling it allocates no new array.
	for k := range m {
		delete(m, k)
	}
	runtime.ReadMemStats(&before)
	for i := 1; i <= 2000; i++ {
		m[-i] = i
	}
	runtime.ReadMemStats(&after)
	fmt.Println("after deleting everything and refilling:", len(m), "entries; new bucket array allocated:",
		after.TotalAlloc-before.TotalAlloc >= uint64(buckets*bucketSize))
}
