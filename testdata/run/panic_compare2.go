package main

import "fmt"

type S struct {
	F interface{}
}

func main() {
	x := S{map[string]int{}}
	y := S{1}
	fmt.Println(x == y)
	y = S{map[string]int{}}
	fmt.Println(x == y)
}
