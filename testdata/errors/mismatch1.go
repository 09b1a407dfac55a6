package main

import "fmt"

func main() {
	a := 1
	b := "two"
	c := 1.5
	fmt.Println(a + b) // ERROR "invalid operation: a \+ b \(mismatched types int and string\)"
	fmt.Println(a * c) // ERROR "invalid operation: a \* c \(mismatched types int and float64\)"
}
