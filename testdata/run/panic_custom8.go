package main

import "fmt"

func main() {
	defer fmt.Println("outer defer")
	defer func() {
		r := recover()
		fmt.Println("recovered", r)
		panic(r)
	}()
	panic("first")
}
