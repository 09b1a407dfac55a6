package main

import "fmt"

func main() {
	defer func() {
		panic(fmt.Sprintf("third %d", 3))
	}()
	defer func() {
		panic("second")
	}()
	panic("first")
}
