package main

import "fmt"

const Big = 1 << 64

func main() {
	fmt.Println(Big) // ERROR "cannot use Big \(untyped int constant 18446744073709551616\) as int value in argument to fmt.Println \(overflows\)"
	var u uint = -1 // ERROR "cannot use -1 \(untyped int constant\) as uint value in variable declaration \(overflows\)"
	_ = u
}
