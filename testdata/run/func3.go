package main 

import "fmt"

func printAll(prefix string, vals ...interface{}) {
	fmt.Print(prefix, len(vals), ": ")
	fmt.Println(vals...)
}

func minMax(xs ...int) (min, max int) {
	if len(xs) == 0 {
		return
	}
	min, max = xs[0], xs[0]
	for _, x := range xs[1:] {
		if x < min {
			min = x
		}
		if x > max {
			max = x
		}
	}
	return
}

func modify(xs ...int) {
	if len(xs) > 0 {
		xs[0] = -1
	}
}

func curry(f func(int, int) int) func(int) func(int) int {
	return func(a int) func(int) int {
		return func(b int) int { return f(a, b) }
	}
}

func main() {
	printAll("none")
	printAll("some", 1, "two", 3.0, nil)
	args := []interface{}{"x", 'y'}
	printAll("spread", args...)
	printAll("nested", args)
	fmt.Println(minMax(3, 9, -2, 7))
	fmt.Println(minMax())
	s := []int{5, 6}
	modify(s...)
	fmt.Println(s)
	modify(7, 8)
	add := curry(func(a, b int) int { return a + b })
	add5 := add(5)
	fmt.Println(add5(1), add5(10), add(1)(1))
	funcs := map[string]func(...int) int{
		"sum": func(xs ...int) int {
			t := 0
			for _, x := range xs {
				t += x
			}
			return t
		},
		"count": func(xs ...int) int { return len(xs) },
	}
	fmt.Println(funcs["sum"](1, 2, 3), funcs["count"](1, 2, 3), funcs["sum"]())
	var f func(int) int
	fmt.Println(f == nil)
	fmt.Printf("%T %T\n", printAll, minMax)
}
