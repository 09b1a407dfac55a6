// Recursive calls: fib(N) with plain int arithmetic.
package main

import "fmt"

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	const N = 35
	fmt.Println("fib", N, "=", fib(N))
}
