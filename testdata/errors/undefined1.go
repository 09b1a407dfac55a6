package main

import "fmt"

func main() {
	fmt.Println(undefinedVar) // ERROR "undefined: undefinedVar"
	x := missingFunc(1)       // ERROR "undefined: missingFunc"
	fmt.Println(x)
}
