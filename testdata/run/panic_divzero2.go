package main

import "fmt"

func main() {
	var a, b uint8 = 7, 0
	f := 1.0
	var zf float64
	fmt.Println(f / zf)
	fmt.Println(a % b)
}
