package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4, 5}
	l, h := 4, 3
	fmt.Println(s[2:3:4])
	fmt.Println(s[l:h:5])
}
