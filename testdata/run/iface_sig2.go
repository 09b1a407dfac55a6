package main

import "fmt"

// panic with a value whose String method has the wrong signature: printed as a plain value.
type S int

func (s S) String(n int) string { return "S" }

type E struct{}

func (E) Error(x int) string { return "E" }

type AB interface {
	A()
	B() int
}

type T struct{}

func (T) A()        {}
func (T) B() string { return "" }

func main() {
	func() {
		defer func() { fmt.Println(recover()) }()
		var v any = T{}
		_ = v.(AB)
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		panic(E{})
	}()
	panic(S(3))
}
