package main

import "fmt"

func a() {
	defer recover()
	panic("not recovered by direct defer recover()")
}

func b() (r interface{}) {
	defer func() {
		func() { r = recover() }() // not called directly by the deferred function: nil
	}()
	defer func() { fmt.Println("first deferred sees", recover()) }()
	panic("p")
}

func main() {
	fmt.Println(b())
	defer func() { fmt.Println("main recovered:", recover()) }()
	a()
}
