package main

import "fmt"

func main() {
	s := make([]int, 3, 5)
	h := 5
	fmt.Println(s[:h], len(s[:h]))
	h++
	fmt.Println(s[:h])
}
