package main

import "fmt"

func main() {
	var p *[3]int
	fmt.Println(p == nil, len(p))
	x := *p
	fmt.Println(x)
}
