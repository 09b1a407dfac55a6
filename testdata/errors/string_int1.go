package main

import "fmt"

func main() {
	s := "abc"
	n := 3
	fmt.Println(s + n) // ERROR "invalid operation: s \+ n \(mismatched types string and int\)"
	var r rune = 'x'
	fmt.Println(s + r) // ERROR "invalid operation: s \+ r \(mismatched types string and rune\)"
}
