package main

import "fmt"

func main() {
	x := 3
	switch x {
	case 1:
		fmt.Println("one")
	case 1: // ERROR "duplicate case 1 \(constant of type int\) in expression switch"
		fmt.Println("uno")
	}
}
