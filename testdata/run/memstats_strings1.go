package main

// Allocation counts of string/slice conversions whose results are stored in globals (so Go
// heap-allocates them): string(b) copies (size-class rounded, tiny below 16 bytes), the unsafe
// reinterpretation does not allocate, []byte(s) rounds its capacity up to the size class,
// concatenation allocates exactly once, appends allocate per growslice.

import (
	"fmt"
	"runtime"
	"unsafe"
)

var (
	src20 = []byte("twenty bytes of text")
	src5  = []byte("five!")
	str40 = "a string that is exactly forty bytes...."
	gs    [10]string
	gb    [10][]byte
	gi    []int
	caps  [20]int
)

var before, after runtime.MemStats

func delta(name string) {
	fmt.Printf("%-10s mallocs=%d total=%d\n", name, after.Mallocs-before.Mallocs, after.TotalAlloc-before.TotalAlloc)
}

func main() {
	runtime.ReadMemStats(&before)
	gs[0] = string(src20)
	runtime.ReadMemStats(&after)
	delta("string20")

	runtime.ReadMemStats(&before)
	gs[1] = string(src5)
	gs[2] = string(src5)
	runtime.ReadMemStats(&after)
	delta("string5x2")

	runtime.ReadMemStats(&before)
	gs[3] = *(*string)(unsafe.Pointer(&src20))
	runtime.ReadMemStats(&after)
	delta("unsafe")

	runtime.ReadMemStats(&before)
	gb[0] = []byte(str40)
	runtime.ReadMemStats(&after)
	delta("bytes40")

	runtime.ReadMemStats(&before)
	gs[4] = gs[0] + str40
	runtime.ReadMemStats(&after)
	delta("concat60")

	runtime.ReadMemStats(&before)
	gs[5] = gs[0] + ""
	runtime.ReadMemStats(&after)
	delta("concat1")

	runtime.ReadMemStats(&before)
	for i := 0; i < 1000; i++ {
		gi = append(gi, i)
	}
	runtime.ReadMemStats(&after)
	delta("append1000")
	fmt.Println(len(gs[0]), len(gs[1]), gs[3] == gs[0], len(gb[0]), cap(gb[0]), len(gs[4]), len(gi), cap(gi))
}
