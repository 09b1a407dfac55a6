package main

import "fmt"

func main() {
	s := make([]int, 5)
	h, m := 4, 3
	fmt.Println(cap(s[1:3:4]))
	fmt.Println(s[:h:m])
}
