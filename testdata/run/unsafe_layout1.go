package main

// Struct layout by Go's rules (go-runtime-facts §1.2): declaration order, alignment padding,
// struct alignment = max field alignment, trailing zero-size field padding.

import (
	"fmt"
	"unsafe"
)

type Padded struct {
	a bool
	b int64
	c bool
}

type Packed struct {
	a, c bool
	b    int64
}

type Small struct {
	a byte
	b int16
	c byte
	d int32
}

type TrailZero struct {
	x int64
	z struct{}
}

type LeadZero struct {
	z struct{}
	x int64
}

type TrailZeroArr struct {
	a int32
	b [0]int64
}

type MidZero struct {
	a byte
	z [0]int32
	b byte
}

type OnlyZero struct {
	a struct{}
	b [0]int
}

type Cplx struct {
	a byte
	c complex64
}

type Hdrs struct {
	a byte
	s string
	i interface{}
	l []int
	m map[int]int
	f func()
	p *int
	u unsafe.Pointer
}

type Inner struct {
	x int16
	y byte
}

type Nested struct {
	a  byte
	in Inner
	b  byte
	ar [3]Inner
	c  int32
}

type Base struct {
	id   int32
	flag bool
}

type Embeds struct {
	Base
	name string
	*Inner
	k byte
}

type Deep struct {
	pre byte
	Embeds
	post int16
}

type Floats struct {
	f32 float32
	f64 float64
	i8  int8
	c   complex128
	u16 uint16
}

func main() {
	var p Padded
	fmt.Println("Padded", unsafe.Sizeof(p), unsafe.Alignof(p), unsafe.Offsetof(p.a), unsafe.Offsetof(p.b), unsafe.Offsetof(p.c))
	var q Packed
	fmt.Println("Packed", unsafe.Sizeof(q), unsafe.Alignof(q), unsafe.Offsetof(q.a), unsafe.Offsetof(q.c), unsafe.Offsetof(q.b))
	var s Small
	fmt.Println("Small", unsafe.Sizeof(s), unsafe.Alignof(s), unsafe.Offsetof(s.b), unsafe.Offsetof(s.c), unsafe.Offsetof(s.d))
	var tz TrailZero
	fmt.Println("TrailZero", unsafe.Sizeof(tz), unsafe.Alignof(tz), unsafe.Offsetof(tz.z))
	var lz LeadZero
	fmt.Println("LeadZero", unsafe.Sizeof(lz), unsafe.Offsetof(lz.z), unsafe.Offsetof(lz.x))
	var ta TrailZeroArr
	fmt.Println("TrailZeroArr", unsafe.Sizeof(ta), unsafe.Alignof(ta), unsafe.Offsetof(ta.b))
	var mz MidZero
	fmt.Println("MidZero", unsafe.Sizeof(mz), unsafe.Alignof(mz), unsafe.Offsetof(mz.z), unsafe.Offsetof(mz.b))
	var oz OnlyZero
	fmt.Println("OnlyZero", unsafe.Sizeof(oz), unsafe.Alignof(oz), unsafe.Offsetof(oz.b))
	var cx Cplx
	fmt.Println("Cplx", unsafe.Sizeof(cx), unsafe.Alignof(cx), unsafe.Offsetof(cx.c), unsafe.Alignof(cx.c))
	var h Hdrs
	fmt.Println("Hdrs", unsafe.Sizeof(h), unsafe.Offsetof(h.s), unsafe.Offsetof(h.i), unsafe.Offsetof(h.l),
		unsafe.Offsetof(h.m), unsafe.Offsetof(h.f), unsafe.Offsetof(h.p), unsafe.Offsetof(h.u))
	var n Nested
	fmt.Println("Nested", unsafe.Sizeof(n), unsafe.Alignof(n), unsafe.Offsetof(n.in), unsafe.Offsetof(n.b),
		unsafe.Offsetof(n.ar), unsafe.Offsetof(n.c), unsafe.Sizeof(n.ar), unsafe.Offsetof(n.in.y))
	var e Embeds
	fmt.Println("Embeds", unsafe.Sizeof(e), unsafe.Offsetof(e.Base), unsafe.Offsetof(e.flag), unsafe.Offsetof(e.name),
		unsafe.Offsetof(e.Inner), unsafe.Offsetof(e.k))
	var d Deep
	fmt.Println("Deep", unsafe.Sizeof(d), unsafe.Offsetof(d.Embeds), unsafe.Offsetof(d.post), unsafe.Offsetof(d.id),
		unsafe.Offsetof(d.flag), unsafe.Offsetof(d.name), unsafe.Offsetof(d.k))
	var f Floats
	fmt.Println("Floats", unsafe.Sizeof(f), unsafe.Alignof(f), unsafe.Offsetof(f.f64), unsafe.Offsetof(f.i8),
		unsafe.Offsetof(f.c), unsafe.Offsetof(f.u16))
	var arr [3]Padded
	var zarr [0]int64
	var zs [5]struct{}
	fmt.Println("arrays", unsafe.Sizeof(arr), unsafe.Alignof(arr), unsafe.Sizeof(zarr), unsafe.Alignof(zarr), unsafe.Sizeof(zs))
	var sl []Padded
	var str string
	var ifc fmt.Stringer
	var c64 complex64
	var ptr *Padded
	fmt.Println("headers", unsafe.Sizeof(sl), unsafe.Sizeof(str), unsafe.Sizeof(ifc), unsafe.Sizeof(c64), unsafe.Alignof(c64), unsafe.Sizeof(ptr))
	// The offsets really are where the fields live.
	p = Padded{true, 77, true}
	base := unsafe.Pointer(&p)
	fmt.Println(*(*bool)(base), *(*int64)(unsafe.Add(base, unsafe.Offsetof(p.b))), *(*bool)(unsafe.Pointer(uintptr(base) + unsafe.Offsetof(p.c))))
	n.ar[2].y = 9
	fmt.Println(*(*byte)(unsafe.Add(unsafe.Pointer(&n), unsafe.Offsetof(n.ar)+2*unsafe.Sizeof(n.ar[0])+unsafe.Offsetof(n.ar[0].y))))
	// Constants: usable in array lengths and constant expressions.
	const sz = unsafe.Sizeof(Padded{}) + unsafe.Alignof(int16(0))
	var buf [sz]byte
	fmt.Println(len(buf), sz)
}
