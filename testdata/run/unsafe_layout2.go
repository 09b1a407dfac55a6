package main

// More layouts: trailing zero-size fields of several kinds, zero-size fields in the middle,
// arrays of padded structs, nested zero-size structs, embedded zero-size and pointer fields,
// and the same numbers used as constants.

import (
	"fmt"
	"unsafe"
)

type Empty struct{}

type A struct {
	x byte
	e Empty
}

type B struct {
	x int32
	e [0]int64
}

type C struct {
	x  int16
	e1 Empty
	e2 [0]byte
}

type D struct {
	e1 Empty
	e2 [0]int64
}

type E struct {
	a byte
	Empty
	b byte
}

type F struct {
	A
	B
}

type G struct {
	arr [3]A
	z   Empty
}

type H struct {
	p *int
	Empty
}

type I struct {
	c complex64
	b bool
}

type J struct {
	f [0]func()
	s [0]string
}

type K struct {
	a [2]struct {
		x int64
		y bool
	}
	z [0]int32
}

const sizes = unsafe.Sizeof(A{}) + unsafe.Sizeof(B{})*10 + unsafe.Sizeof(C{})*100

func main() {
	var a A
	var b B
	var c C
	var d D
	var e E
	var f F
	var g G
	var h H
	var i I
	var j J
	var k K
	fmt.Println("A", unsafe.Sizeof(a), unsafe.Alignof(a), unsafe.Offsetof(a.e))
	fmt.Println("B", unsafe.Sizeof(b), unsafe.Alignof(b), unsafe.Offsetof(b.e))
	fmt.Println("C", unsafe.Sizeof(c), unsafe.Alignof(c), unsafe.Offsetof(c.e1), unsafe.Offsetof(c.e2))
	fmt.Println("D", unsafe.Sizeof(d), unsafe.Alignof(d), unsafe.Offsetof(d.e2))
	fmt.Println("E", unsafe.Sizeof(e), unsafe.Alignof(e), unsafe.Offsetof(e.Empty), unsafe.Offsetof(e.b))
	fmt.Println("F", unsafe.Sizeof(f), unsafe.Alignof(f), unsafe.Offsetof(f.A), unsafe.Offsetof(f.B), unsafe.Offsetof(f.B.e))
	fmt.Println("G", unsafe.Sizeof(g), unsafe.Alignof(g), unsafe.Offsetof(g.z), unsafe.Sizeof(g.arr))
	fmt.Println("H", unsafe.Sizeof(h), unsafe.Offsetof(h.Empty))
	fmt.Println("I", unsafe.Sizeof(i), unsafe.Alignof(i), unsafe.Offsetof(i.b))
	fmt.Println("J", unsafe.Sizeof(j), unsafe.Alignof(j))
	fmt.Println("K", unsafe.Sizeof(k), unsafe.Alignof(k), unsafe.Offsetof(k.z), unsafe.Sizeof(k.a[0]))
	fmt.Println("arrays", unsafe.Sizeof([4]A{}), unsafe.Sizeof([2]B{}), unsafe.Sizeof([0]B{}), unsafe.Sizeof([7]I{}))
	fmt.Println("const", sizes)
	var arr [sizes % 7]int
	fmt.Println(len(arr))
	// Values of interface and func types
	var fn func()
	var ifc interface{ M() }
	var ch chan int
	var m map[string]int
	fmt.Println(unsafe.Sizeof(fn), unsafe.Sizeof(ifc), unsafe.Sizeof(ch), unsafe.Sizeof(m), unsafe.Alignof(fn))
	// Sizeof an expression does not evaluate it
	calls := 0
	get := func() []int { calls++; return nil }
	fmt.Println(unsafe.Sizeof(get()), unsafe.Sizeof(get()[0]), calls)
}
