package main

import "fmt"

func main() {
	f := func() {
		inner := "closure" // ERROR "inner declared but not used"
	}
	a, b := 1, 2 // ERROR "b declared but not used"
	fmt.Println(a)
	f()
}
