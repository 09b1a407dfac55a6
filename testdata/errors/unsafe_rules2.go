package main

import "unsafe"

type E struct{ x int }

type T struct {
	a int
	*E
}

type U struct {
	b byte
	E
}

func main() {
	var i int
	var p *int = &i
	var t T
	var u U
	_ = (*float64)(p)                      // ERROR "cannot convert p \(variable of type \*int\) to type \*float64"
	_ = unsafe.Offsetof(t.x)               // ERROR "invalid argument: field x is embedded via a pointer in T"
	_ = unsafe.Offsetof(u.x)
	_ = unsafe.Offsetof((t.a))
	_ = unsafe.Offsetof(i)                 // ERROR "invalid argument: i is not a selector expression"
}
