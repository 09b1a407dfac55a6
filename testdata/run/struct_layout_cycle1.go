package main

import (
	"fmt"
	"unsafe"
)

// Types that refer to each other through pointers while one embeds the other by value:
// the layout of List must use Element's real size whichever type the program touches first.

type Element struct {
	next, prev *Element
	list       *List
	Value      any
}

func (e *Element) Next() *Element {
	if p := e.next; e.list != nil && p != &e.list.root {
		return p
	}
	return nil
}

type List struct {
	root Element
	len  int
}

type A struct {
	b *B
	x [3]int
}

type B struct {
	a   A
	tag string
	n   int
}

func main() {
	l := new(List)
	l.root.next = &l.root
	l.root.prev = &l.root
	l.len = 7
	fmt.Println(l.root.prev == &l.root, l.len, l.root.Next() == nil, unsafe.Offsetof(l.len), unsafe.Sizeof(*l))
	b := &B{tag: "t", n: 5}
	b.a.b = b
	b.a.x[2] = 9
	fmt.Println(b.a.b.tag, b.n, b.a.x, unsafe.Offsetof(b.tag), unsafe.Offsetof(b.n), unsafe.Sizeof(*b))
	fmt.Printf("%+v\n", *l.root.next == l.root)
}
