package main

import "fmt"

type T struct{ a int }

func main() {
	t := T{}
	fmt.Println(t.b)  // ERROR "t.b undefined \(type T has no field or method b\)"
	t.Missing()       // ERROR "t.Missing undefined"
	fmt.Printline("") // ERROR "undefined: fmt.Printline"
}
