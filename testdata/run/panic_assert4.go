package main

import "fmt"

type I interface{ M() }

func main() {
	var x interface{}
	_, ok := x.(I)
	fmt.Println("comma-ok", ok)
	i := x.(I)
	fmt.Println(i)
}
