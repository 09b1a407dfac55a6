package main 

import (
	"errors"
	"fmt"
)

func divmod(a, b int) (int, int) { return a / b, a % b }

func safeDiv(a, b int) (q int, err error) {
	if b == 0 {
		err = errors.New("division by zero")
		return
	}
	q = a / b
	return
}

func sum(nums ...int) (total int) {
	for _, n := range nums {
		total += n
	}
	return
}

func join(sep string, parts ...string) string {
	out := ""
	for i, p := range parts {
		if i > 0 {
			out += sep
		}
		out += p
	}
	return out
}

func apply(f func(int) int, xs []int) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func fact(n uint64) uint64 {
	if n <= 1 {
		return 1
	}
	return n * fact(n-1)
}

func ackermann(m, n int) int {
	switch {
	case m == 0:
		return n + 1
	case n == 0:
		return ackermann(m-1, 1)
	}
	return ackermann(m-1, ackermann(m, n-1))
}

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	fmt.Println(divmod(-17, 5))
	if v, err := safeDiv(1, 0); err != nil {
		fmt.Println("err:", err, v)
	}
	fmt.Println(safeDiv(10, 3))
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	xs := []int{4, 5, 6}
	fmt.Println(sum(xs...))
	fmt.Println(join(", ", "a", "b", "c"), join("-"))
	fmt.Println(apply(func(x int) int { return x * x }, xs))
	for i := uint64(0); i <= 20; i += 5 {
		fmt.Println(i, fact(i))
	}
	fmt.Println(ackermann(2, 3), ackermann(3, 3))
	_, second := divmod(9, 4)
	fmt.Println(second)
	f := divmod
	fmt.Printf("%T\n", f)
}
