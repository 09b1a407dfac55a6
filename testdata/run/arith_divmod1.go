package main

import "fmt"

func main() {
	pairs := [][2]int{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {0, 3}, {1, 7}, {-1, 7}, {100, 10}}
	for _, p := range pairs {
		a, b := p[0], p[1]
		fmt.Printf("%d / %d = %d, %d %% %d = %d\n", a, b, a/b, a, b, a%b)
	}
	var x int8 = -128
	var y int8 = -1
	fmt.Println("int8 -128 / -1 =", x/y, "rem", x%y)
	var big int64 = -9223372036854775808
	var m1 int64 = -1
	fmt.Println("int64 min / -1 =", big/m1, big%m1)
	var u uint = 17
	fmt.Println(u/5, u%5)
	f := -7.5
	fmt.Println(f/2, -f/2)
	// shifts as division
	n := -9
	fmt.Println(n>>1, n/2, n>>2, n/4)
}
