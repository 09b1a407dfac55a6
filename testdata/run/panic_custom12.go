package main

import "fmt"

func main() {
	defer fmt.Println("deferred")
	var e error
	panic(e)
}
