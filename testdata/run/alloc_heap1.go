package main

import (
	"fmt"
	"runtime"
)

// Heap allocations of values that escape, counted with runtime.ReadMemStats (Mallocs deltas,
// no fmt calls between two reads). Helpers are go:noinline so inlining cannot change what escapes.

var ms runtime.MemStats

func mallocs() uint64 {
	runtime.ReadMemStats(&ms)
	return ms.Mallocs
}

type T struct {
	a, b int
	p    *int
}

var (
	sinkP   *int
	sinkT   *T
	sinkI   interface{}
	sinkS   []int
	sinkB   []byte
	sinkStr string
	sinkF   func() int
	sinkR   []rune
	sum     int
)

//go:noinline
func newInt(v int) *int {
	x := v
	return &x
}

//go:noinline
func newT() *T { return &T{a: 1} }

//go:noinline
func mkSlice(n int) []int { return make([]int, n) }

//go:noinline
func lit() []int { return []int{1, 2, 3} }

//go:noinline
func counter() func() int {
	c := 0
	return func() int { c++; return c }
}

//go:noinline
func add(x int) { sum += x }

//go:noinline
func deferLoop(n int) {
	for i := 0; i < n; i++ {
		defer add(i)
	}
}

//go:noinline
func concat3(a, b, c string) string { return a + b + c }

func main() {
	var d [24]uint64
	s1, s2, s3 := "ab", "cd", "ef"
	b := []byte("xyz")
	i := 0
	d[i] = mallocs()
	i++
	sinkP = newInt(5) // moved to heap: x
	d[i] = mallocs()
	i++
	sinkT = newT() // &T{...} escapes
	d[i] = mallocs()
	i++
	sinkS = mkSlice(10) // make([]int, n)
	d[i] = mallocs()
	i++
	sinkS = lit() // []int{...} escapes
	d[i] = mallocs()
	i++
	sinkF = counter() // closure + moved c
	d[i] = mallocs()
	i++
	sinkI = 1000 // constant: read-only static, no allocation
	d[i] = mallocs()
	i++
	sinkI = "hello" // constant string: static
	d[i] = mallocs()
	i++
	v := 200
	sinkI = v // convT64 below 256: staticuint64s
	d[i] = mallocs()
	i++
	v = 70000
	sinkI = v // convT64: 8-byte allocation
	d[i] = mallocs()
	i++
	sinkI = s1 // convTstring
	d[i] = mallocs()
	i++
	sinkI = T{a: 3} // convT
	d[i] = mallocs()
	i++
	sinkI = struct{}{} // zerobase
	d[i] = mallocs()
	i++
	sinkI = true // staticuint64s
	d[i] = mallocs()
	i++
	sinkStr = concat3(s1, s2, s3) // one concatstrings allocation
	d[i] = mallocs()
	i++
	sinkStr = concat3("", s2, "") // a single non-empty operand is returned as is
	d[i] = mallocs()
	i++
	sinkB = []byte("constant") // exact-size [8]byte
	d[i] = mallocs()
	i++
	sinkStr = string(b) // slicebytetostring
	d[i] = mallocs()
	i++
	sinkStr = string(b[:1]) // one byte: staticuint64s
	d[i] = mallocs()
	i++
	sinkR = []rune(s1 + s2 + s1) // concatstrings + rawruneslice
	d[i] = mallocs()
	i++
	deferLoop(10) // 10 wrapper closures + 10 _defer records
	d[i] = mallocs()
	i++
	deferLoop(10) // the _defer records come from the pool now
	d[i] = mallocs()
	i++
	for k := 1; k < i; k++ {
		fmt.Print(d[k]-d[k-1], " ")
	}
	fmt.Println()
	fmt.Println(*sinkP, sinkT.a, len(sinkS), sinkF(), sinkI, sinkStr, string(sinkB), cap(sinkB), len(sinkR), sum)
}
