package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
	TB
)

const (
	A, B = iota, iota * 10
	C, D
	E, F
)

const (
	x0 = "s"
	x1
	x2 = iota
	x3
)

func main() {
	fmt.Println(Sunday, Monday, Saturday)
	fmt.Printf("%T %d\n", Wednesday, Wednesday)
	fmt.Println(KB, MB, GB, TB)
	fmt.Println(A, B, C, D, E, F)
	fmt.Println(x0, x1, x2, x3)
	const big = 1 << 100
	fmt.Println(big >> 98)
	const f = 1.0 / 3
	fmt.Println(f, f*3)
	const h = 'a' + 1
	fmt.Println(h, string(rune(h)))
	var d Weekday = Friday - 2
	fmt.Println(d == Wednesday)
}
