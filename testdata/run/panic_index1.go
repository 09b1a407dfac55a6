package main

import "fmt"

func get(s []int, i int) int { return s[i] }

func main() {
	s := []int{1, 2, 3}
	for i := 0; i < 6; i++ {
		fmt.Println("get", i, get(s, i))
	}
}
