package main

import "fmt"

type X struct{ X } // ERROR "invalid recursive type X"

type A struct{ b B } // ERROR "invalid recursive type A"
type B struct{ a A }

func main() {
	_ = append(1, 2)      // ERROR "first argument to append must be a slice; have 1 \(untyped int constant\)"
	_ = [2]int{1, 2, 3}   // ERROR "index 2 is out of bounds \(>= 2\)"
	fmt.Printf            // ERROR "fmt.Printf \(value of type func\(format string, a ...any\) \(n int, err error\)\) is not used"
	_ = !1                // ERROR "invalid operation: operator ! not defined on 1 \(untyped int constant\)"
	_ = "abc"[0:1:2]      // ERROR "invalid operation: 3-index slice of string"
	var s string = "a"
	_ = -s // ERROR "invalid operation: operator - not defined on s \(variable of type string\)"
}
