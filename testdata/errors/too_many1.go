package main

import (
	"fmt"
	"os"
	"strings"
)

func f(a int, b string) (int, error) {
	return a // ERROR "not enough return values"
}

func main() {
	x := 1
	var y string = 5 // ERROR "cannot use 5 \(untyped int constant\) as string value in variable declaration"
	z, w := f(1) // ERROR "not enough arguments in call to f"
	f(1, 2) // ERROR "cannot use 2 \(untyped int constant\) as string value in argument to f"
	fmt.Println(undefinedThing) // ERROR "undefined: undefinedThing"
	var s []int = map[string]int{} // ERROR "cannot use map\[string\]int\{\} \(value of type map\[string\]int\) as type \[\]int in variable declaration"
	s.Foo() // ERROR "s.Foo undefined \(type \[\]int has no field or method Foo\)"
	for i := range 10 { // ERROR "cannot range over 10 \(untyped int constant\)"
	}
	if x := 3; x { // ERROR "non-boolean condition in if statement"
	}
	const c = 1 << 70
	var i8 int8 = 300 // ERROR "cannot use 300 \(untyped int constant\) as int8 value in variable declaration \(overflows\)" "too many errors"
	q := "a" + 1
}
