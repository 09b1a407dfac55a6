package main

import "fmt"

func helper() int { return 1 }

func main() {
	helper := 5
	fmt.Println(helper()) // ERROR "invalid operation: cannot call non-function helper \(variable of type int\)"
}
