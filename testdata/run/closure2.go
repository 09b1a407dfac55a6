package main

import "fmt"

func compose(fs ...func(int) int) func(int) int {
	return func(x int) int {
		for i := len(fs) - 1; i >= 0; i-- {
			x = fs[i](x)
		}
		return x
	}
}

func memo(f func(int) int) func(int) int {
	cache := map[int]int{}
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		v := f(n)
		cache[n] = v
		return v
	}
}

func main() {
	inc := func(x int) int { return x + 1 }
	dbl := func(x int) int { return x * 2 }
	fmt.Println(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(5))
	calls := 0
	var fib func(int) int
	fib = memo(func(n int) int {
		calls++
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	})
	fmt.Println(fib(50), calls)
	acc := []int{}
	record := func(vs ...int) { acc = append(acc, vs...) }
	record(1)
	record(2, 3)
	record()
	record([]int{4, 5}...)
	fmt.Println(acc)
	gen := func(start int) (func() int, func()) {
		return func() int { start++; return start }, func() { start = 0 }
	}
	next, reset := gen(5)
	fmt.Println(next(), next())
	reset()
	fmt.Println(next())
	mk := func(n int) []func() int {
		out := make([]func() int, n)
		for i := range out {
			j := i
			out[i] = func() int { return j * j }
		}
		return out
	}
	for _, f := range mk(4) {
		fmt.Print(f(), ",")
	}
	fmt.Println()
	func() {
		defer func() { fmt.Println("iife deferred") }()
		fmt.Println("iife body")
	}()
}
