package main

import "fmt"

var x = "package"

func show() string { return x }

func main() {
	fmt.Println(x)
	x := "main"
	fmt.Println(x, show())
	{
		x := 1
		x++
		fmt.Println("block", x)
	}
	fmt.Println(x)
	if x := 3.5; x > 1 {
		fmt.Println("if", x)
	}
	for x := 0; x < 2; x++ {
		fmt.Println("for", x)
	}
	err := fmt.Errorf("outer")
	if true {
		val, err := 5, fmt.Errorf("inner")
		_ = val
		fmt.Println(err)
	}
	fmt.Println(err)
	a, b := 1, 2
	a, c := 3, 4
	fmt.Println(a, b, c)
	len := func(s string) int { return 42 }
	fmt.Println(len("abc"))
	type int = string
	var s int = "string-typed int"
	fmt.Println(s)
	true := false
	fmt.Println(true)
}
