package main

import "fmt"

func trace(name string) func() {
	fmt.Println("enter", name)
	return func() { fmt.Println("exit", name) }
}

func lifo() {
	for i := 0; i < 4; i++ {
		defer fmt.Println("deferred", i)
	}
	fmt.Println("loop done")
}

func argEval() {
	x := 1
	defer fmt.Println("defer sees x =", x)
	x = 2
	defer func() { fmt.Println("closure sees x =", x) }()
	x = 3
}

func namedResult() (n int) {
	defer func() { n *= 2 }()
	n = 5
	return n + 1
}

func overwrite() (s string) {
	defer func() { s += " world" }()
	return "hello"
}

func nested() {
	defer trace("nested")()
	fmt.Println("in nested")
}

type T struct{ name string }

func (t T) Close() { fmt.Println("close", t.name) }

func main() {
	lifo()
	argEval()
	fmt.Println(namedResult())
	fmt.Println(overwrite())
	nested()
	t := T{"a"}
	defer t.Close()
	t.name = "b"
	defer t.Close()
	p := &T{"p1"}
	defer p.Close()
	p.name = "p2"
	fmt.Println("main end")
}
