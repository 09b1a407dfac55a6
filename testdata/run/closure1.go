package main 

import "fmt"

func counter() func() int {
	c := 0
	return func() int {
		c++
		return c
	}
}

func adder(base int) (func(int), func() int) {
	return func(n int) { base += n }, func() int { return base }
}

func main() {
	c1 := counter()
	c2 := counter()
	fmt.Println(c1(), c1(), c1(), c2())
	add, get := adder(10)
	add(5)
	add(7)
	fmt.Println(get())
	x := 1
	f := func() { x *= 2 }
	f()
	f()
	fmt.Println(x)
	var funcs []func() int
	for i := 0; i < 3; i++ {
		funcs = append(funcs, func() int { return i * 10 })
	}
	for _, fn := range funcs {
		fmt.Print(fn(), " ")
	}
	fmt.Println()
	var funcs2 []func() int
	for i := 0; i < 3; i++ {
		i := i
		funcs2 = append(funcs2, func() int { return i * 10 })
	}
	for _, fn := range funcs2 {
		fmt.Print(fn(), " ")
	}
	fmt.Println()
	var fs3 []func() string
	for _, s := range []string{"a", "b", "c"} {
		fs3 = append(fs3, func() string { return s })
	}
	for _, fn := range fs3 {
		fmt.Print(fn())
	}
	fmt.Println()
	fib := func() func() int {
		a, b := 0, 1
		return func() int {
			r := a
			a, b = b, a+b
			return r
		}
	}()
	for i := 0; i < 10; i++ {
		fmt.Print(fib(), " ")
	}
	fmt.Println()
}
