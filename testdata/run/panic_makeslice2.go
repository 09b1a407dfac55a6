package main

import "fmt"

func main() {
	l, c := 5, 3
	s := make([]string, c, l)
	fmt.Println(len(s), cap(s))
	s = make([]string, l, c)
	fmt.Println(s)
}
