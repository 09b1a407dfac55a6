package main

import (
	"fmt"
	"runtime"
)

// Closures and method values: a closure that escapes captures an unmodified variable by value
// (only the closure object is allocated) and a modified one by reference (the variable is moved
// to the heap too); closures that do not escape live in the stack frame.

var ms runtime.MemStats

func mallocs() uint64 {
	runtime.ReadMemStats(&ms)
	return ms.Mallocs
}

type T struct{ a, b, c int }

//go:noinline
func (t T) Sum() int { return t.a + t.b + t.c }

//go:noinline
func (t *T) Inc() { t.a++ }

var fs []func() int
var gs []func()

//go:noinline
func byValue(n int) {
	k := n * 2
	fs = append(fs, func() int { return k + n })
}

//go:noinline
func byRef(n int) {
	k := n
	fs = append(fs, func() int { k++; return k })
}

//go:noinline
func bigCapture() {
	var a [200]byte
	a[0] = 9
	fs = append(fs, func() int { return int(a[0]) })
}

//go:noinline
func local(n int) int {
	k := 0
	f := func(x int) { k += x }
	for i := 0; i < n; i++ {
		f(i)
	}
	return k
}

//go:noinline
func methodValues(t T, p *T) {
	fs = append(fs, t.Sum)
	gs = append(gs, p.Inc)
}

func main() {
	fs = make([]func() int, 0, 16)
	gs = make([]func(), 0, 16)
	t := &T{1, 2, 3}
	var d [8]uint64
	n := 0
	d[n] = mallocs()
	n++
	byValue(1)
	d[n] = mallocs()
	n++
	byRef(2)
	d[n] = mallocs()
	n++
	bigCapture()
	d[n] = mallocs()
	n++
	r := local(10)
	d[n] = mallocs()
	n++
	methodValues(*t, t)
	d[n] = mallocs()
	n++
	for k := 1; k < n; k++ {
		fmt.Print(d[k]-d[k-1], " ")
	}
	fmt.Println()
	gs[0]()
	fmt.Println(fs[0](), fs[1](), fs[1](), fs[2](), r, fs[3](), t.a)
}
