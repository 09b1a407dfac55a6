package main

import "fmt"

func main() {
	var i int = 1
	var i64 int64 = 2
	s := "n=" + 5 // ERROR "invalid operation: \"n=\" \+ 5 \(mismatched types untyped string and untyped int\)"
	fmt.Println(i == i64, s) // ERROR "invalid operation: i == i64 \(mismatched types int and int64\)"
}
