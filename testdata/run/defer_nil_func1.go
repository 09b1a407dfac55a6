// Deferring a nil func value panics when the deferred call is made; the new panic replaces a
// running one and can be recovered.
package main

import "fmt"

func a() {
	defer func() { fmt.Println("recovered:", recover()) }()
	var g func()
	defer g()
	fmt.Println("a body")
}

func b() {
	var g func(int)
	defer g(1)
	panic("first")
}

func main() {
	a()
	defer fmt.Println("main deferred")
	b()
}
