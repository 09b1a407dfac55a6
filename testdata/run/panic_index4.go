package main

import "fmt"

func main() {
	s := []int{10, 20, 30}
	i := 1
	i -= 3
	fmt.Println("index", i)
	fmt.Println(s[i])
}
