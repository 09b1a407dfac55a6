package main

// deadcode.stmts before escape analysis: a switch on a constant with constant cases keeps only
// the case that always runs (or the default), so the other cases report nothing.

import "fmt"

type Ifc interface{ M() string }

type Inner struct{ s string }

func (i Inner) M() string { return i.s } // ERROR "leaking param: i to result ~r0 level=0"

type WithIfc struct{ Ifc }

func main() {
	const a, b = 1, 2
	switch {
	case a != 1:
		fmt.Println("x")
	case b != 2:
		fmt.Println("y")
	case a == 1:
		fmt.Println("z") // ERROR "\.\.\. argument does not escape" "\x22z\x22 escapes to heap"
	}
	switch a {
	case 2:
		fmt.Println("two")
	default:
		fmt.Println("other") // ERROR "\.\.\. argument does not escape" "\x22other\x22 escapes to heap"
	}
	// a method expression promoted from an embedded interface calls a wrapper generated after
	// the analysis: its receiver argument leaks
	w := WithIfc{Inner{"i"}} // ERROR "moved to heap: w" "Inner\{\.\.\.\} escapes to heap"
	fmt.Println(WithIfc.M(w), (*WithIfc).M(&w)) // ERROR "\.\.\. argument does not escape" "WithIfc.M\(w\) escapes to heap" "\(\*WithIfc\).M\(&w\) escapes to heap"
}
