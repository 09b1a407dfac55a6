// Method expressions of promoted methods and of value methods through pointers; a value
// method called through a nil pointer panics with runtime.panicwrap's message.
package main

import "fmt"

type Inner struct{ s string }

func (i Inner) M() string   { return i.s }
func (i *Inner) PM() string { return "p" + i.s }

type Outer struct {
	*Inner
	n int
}
type Outer2 struct {
	Inner
	n int
}

type Ifc interface{ M() string }
type WithIfc struct{ Ifc }

func main() {
	o := Outer{&Inner{"x"}, 1}
	fmt.Println(Outer.M(o), (*Outer).M(&o), Outer.PM(o), (*Outer).PM(&o))
	o2 := Outer2{Inner{"y"}, 2}
	fmt.Println(Outer2.M(o2), (*Outer2).M(&o2), (*Outer2).PM(&o2))
	f := (*Inner).M
	fmt.Println(f(&Inner{"z"}), Inner.M(Inner{"w"}))
	g := Outer2.M
	o2.s = "changed"
	fmt.Println(g(o2))
	w := WithIfc{Inner{"i"}}
	fmt.Println(WithIfc.M(w), (*WithIfc).M(&w))
	defer func() { fmt.Println(recover()) }()
	var np *Inner
	fmt.Println(f(np))
}

func init() {
	defer func() { fmt.Println(recover()) }()
	var p *Inner
	call(p)
}

//go:noinline
func call(i Ifc) { fmt.Println(i.M()) }
