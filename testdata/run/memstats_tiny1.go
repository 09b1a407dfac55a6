package main

// Tiny allocator accounting (go-runtime-facts §2.3, §2.8): noscan objects < 16 bytes are packed
// into 16-byte blocks; each sub-allocation counts as one malloc and one free, the block as a
// 16-byte malloc. Results are stored in globals; nothing allocates between the two reads but
// the loop under test.

import (
	"fmt"
	"runtime"
)

var (
	i64 [1000]*int64
	b3  [1000]*[3]byte
	b5  [600]*[5]byte
	u32 [999]*uint32
	b1  [777]*byte
	mix [400]*[12]byte
	mx4 [400]*uint32
	b15 [300]*[15]byte
	b16 [300]*[16]byte
	pi  [1000]**int
)

var before, after runtime.MemStats

func report(name string) {
	fmt.Printf("%-6s mallocs=%d frees=%d objects=%d total=%d heap=%d\n", name,
		after.Mallocs-before.Mallocs, after.Frees-before.Frees,
		after.HeapObjects-before.HeapObjects, after.TotalAlloc-before.TotalAlloc,
		after.HeapAlloc-before.HeapAlloc)
	fmt.Printf("       class2(16B) mallocs=%d\n", after.BySize[2].Mallocs-before.BySize[2].Mallocs)
}

func main() {
	runtime.ReadMemStats(&before)
	for i := range i64 {
		i64[i] = new(int64)
	}
	runtime.ReadMemStats(&after)
	report("int64")

	runtime.ReadMemStats(&before)
	for i := range b3 {
		b3[i] = new([3]byte)
	}
	runtime.ReadMemStats(&after)
	report("[3]b")

	runtime.ReadMemStats(&before)
	for i := range b5 {
		b5[i] = new([5]byte)
	}
	runtime.ReadMemStats(&after)
	report("[5]b")

	runtime.ReadMemStats(&before)
	for i := range u32 {
		u32[i] = new(uint32)
	}
	runtime.ReadMemStats(&after)
	report("uint32")

	runtime.ReadMemStats(&before)
	for i := range b1 {
		b1[i] = new(byte)
	}
	runtime.ReadMemStats(&after)
	report("byte")

	// 12 bytes then 4 bytes: the 4-byte object fits after the 12 in the same block.
	runtime.ReadMemStats(&before)
	for i := range mix {
		mix[i] = new([12]byte)
		mx4[i] = new(uint32)
	}
	runtime.ReadMemStats(&after)
	report("12+4")

	// 15 bytes is still tiny; 16 bytes is not.
	runtime.ReadMemStats(&before)
	for i := range b15 {
		b15[i] = new([15]byte)
	}
	runtime.ReadMemStats(&after)
	report("[15]b")

	runtime.ReadMemStats(&before)
	for i := range b16 {
		b16[i] = new([16]byte)
	}
	runtime.ReadMemStats(&after)
	report("[16]b")

	// 8 bytes with a pointer: never tiny, size class 1 (8 bytes).
	runtime.ReadMemStats(&before)
	for i := range pi {
		pi[i] = new(*int)
	}
	runtime.ReadMemStats(&after)
	report("*int")
	fmt.Printf("       class1(8B) mallocs=%d\n", after.BySize[1].Mallocs-before.BySize[1].Mallocs)
}
