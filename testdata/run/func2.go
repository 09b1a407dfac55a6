package main 

import "fmt"

type BinOp func(float64, float64) float64

func reduce(xs []float64, init float64, op BinOp) float64 {
	acc := init
	for _, x := range xs {
		acc = op(acc, x)
	}
	return acc
}

func mapStr(xs []string, f func(string) string) (out []string) {
	for _, x := range xs {
		out = append(out, f(x))
	}
	return
}

func hanoi(n int, from, to, via string, moves *[]string) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves = append(*moves, from+"->"+to)
	hanoi(n-1, via, to, from, moves)
}

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

func multi() (int, string, bool, []int) { return 1, "two", true, []int{4} }

func pass(a int, b string, c bool, d []int) string {
	return fmt.Sprint(a, b, c, d)
}

func main() {
	xs := []float64{1, 2, 3, 4.5}
	fmt.Println(reduce(xs, 0, func(a, b float64) float64 { return a + b }))
	fmt.Println(reduce(xs, 1, func(a, b float64) float64 { return a * b }))
	fmt.Println(mapStr([]string{"a", "bb"}, func(s string) string { return s + s }))
	var moves []string
	hanoi(4, "A", "C", "B", &moves)
	fmt.Println(len(moves), moves[:5], moves[len(moves)-1])
	fmt.Println(isEven(10), isOdd(7), isEven(7))
	fmt.Println(pass(multi()))
	fmt.Println(multi())
	var deep func(int) int
	deep = func(n int) int {
		if n == 0 {
			return 0
		}
		return 1 + deep(n-1)
	}
	fmt.Println(deep(10000))
}
