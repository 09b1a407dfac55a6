// Element and field access as the code generator fuses it: bounds-checked slice/string loads and
// stores of 1- and 8-byte elements (sign handling, floats, pointers), fields at offsets through
// pointer chains, op-assignments on elements and fields, two-phase assignments whose left operands
// the right side changes, and Go's order of right-side evaluation versus index and nil panics.
package main

import "fmt"

type Inner struct {
	a int8
	b float64
	c [3]int
}

type Outer struct {
	name string
	in   Inner
	next *Outer
	ptr  *Inner
}

func f(s string) int { fmt.Println("call", s); return 7 }

func try(name string, fn func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	fn()
}

func main() {
	bs := make([]bool, 5)
	u8 := []uint8{1, 2, 250}
	i8 := []int8{-1, 2, -128}
	is := []int{1, -2, 3}
	us := []uint64{1 << 63, 5}
	fs := []float64{1.5, -2.25}
	ps := []*int{nil, nil}
	x := 42
	bs[3] = true
	u8[0] = 255
	u8[1] += 10
	i8[1] = -100
	i8[2]--
	is[0] = is[1] * is[2]
	is[2] += is[0]
	us[1] = us[0] + 1
	fs[0] *= fs[1]
	ps[1] = &x
	str := "héllo"
	sum := 0
	for i := 0; i < len(str); i++ {
		sum += int(str[i])
	}
	fmt.Println(bs, u8, i8, is, us, fs, ps[0] == nil, *ps[1], sum)
	for i, v := range i8 {
		fmt.Print(i, ":", v, " ")
	}
	for _, v := range fs {
		fmt.Print(v, " ")
	}
	for i := range bs {
		if bs[i] {
			fmt.Print("true@", i, " ")
		}
	}
	for _, b := range []byte(str) {
		fmt.Print(b, " ")
	}
	fmt.Println()

	o := &Outer{name: "o", ptr: &Inner{}}
	o.next = &Outer{name: "n", ptr: &Inner{a: 3}}
	o.in.a = -5
	o.in.b = 2.5
	o.in.c[1] = 9
	o.next.in.c[2] = 11
	o.next.ptr.b += 1.25
	o.ptr.a++
	o.in.b *= o.in.b
	var v Outer
	v.in.c[0] = 4
	v.next = o
	v.next.next.in.a = 8
	fmt.Println(o.name, o.in, *o.ptr, o.next.name, o.next.in, *o.next.ptr, v.in, v.next.next.in.a)

	// two-phase assignment: left operands are evaluated before any assignment
	a := []int{0, 0, 0}
	i := 0
	i, a[i] = 2, 5
	a[i], i = 6, 1
	q := o
	q, q.name = o.next, "renamed"
	fmt.Println(a, i, o.name, o.next.name, q.name)
	fl := []float64{0, 0}
	j := 1
	fl[j], j = 3.5, 0
	fmt.Println(fl, j)

	// the right side is evaluated before the index check and the nil dereference
	try("index", func() {
		var e []int
		k := 3
		e[k] = f("index")
	})
	try("bytes", func() {
		var e []bool
		e[len(e)] = f("bytes") > 0
	})
	try("nil", func() {
		var p *Outer
		p.in.b = float64(f("nil"))
	})
	try("load", func() {
		s := []int{1}
		k := 1
		fmt.Println(s[k])
	})
	try("strload", func() {
		s := "ab"
		k := -1
		fmt.Println(s[k+3])
	})
}
