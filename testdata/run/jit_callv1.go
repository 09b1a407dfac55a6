// The JIT's speculated closure calls: apply's f(i) and main's next() are compiled after many calls
// of one closure (captured variables read and written through the context), then called with
// another closure and with a nil func (the guard fails and the interpreter makes the call).
package main

import "fmt"

func apply(f func(int) int, n int) int {
	t := 0
	for i := 0; i < n; i++ {
		t += f(i)
	}
	return t
}

func counter() func() int {
	c := 0
	return func() int {
		c++
		return c
	}
}

func main() {
	k := 3
	double := func(x int) int { return x * k }
	total := 0
	for r := 0; r < 100; r++ {
		total += apply(double, 50)
		k++
	}
	fmt.Println(total, k)
	sq := func(x int) int { return x * x }
	fmt.Println(apply(sq, 10), apply(double, 10))
	next := counter()
	s := 0
	for i := 0; i < 300; i++ {
		s += next()
	}
	other := counter()
	next = other
	for i := 0; i < 5; i++ {
		s += next()
	}
	fmt.Println(s)
	defer func() { fmt.Println("recovered:", recover()) }()
	var nilf func(int) int
	fmt.Println(apply(nilf, 1))
}
