package main

import "fmt"

func three() (int, string, error) { return 3, "three", nil }

func main() {
	a, b, c := 1, "b", 2.5
	fmt.Println(a, b, c)
	n, s, err := three()
	fmt.Println(n, s, err)
	var x, y int = 10, 20
	x, y = y, x+y
	fmt.Println(x, y)
	fib := [10]int{}
	fib[0], fib[1] = 0, 1
	for i := 2; i < len(fib); i++ {
		fib[i] = fib[i-1] + fib[i-2]
	}
	fmt.Println(fib)
	m := map[string]int{"a": 1}
	v, ok := m["a"]
	_, ok2 := m["b"]
	fmt.Println(v, ok, ok2)
	var i interface{} = "str"
	str, isStr := i.(string)
	num, isNum := i.(int)
	fmt.Println(str, isStr, num, isNum)
	var (
		p, q = 1, 2
		r    = p + q
	)
	fmt.Println(p, q, r)
	_, _ = p, q
	arr := []int{1, 2, 3, 4}
	for i, j := 0, len(arr)-1; i < j; i, j = i+1, j-1 {
		arr[i], arr[j] = arr[j], arr[i]
	}
	fmt.Println(arr)
	type pair struct{ a, b int }
	pp := pair{1, 2}
	pp.a, pp.b = pp.b, pp.a
	fmt.Println(pp)
}
