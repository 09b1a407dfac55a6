package main

import "fmt"

func main() {
	a := []int{1}
	b := []int{1}
	fmt.Println(a == b) // ERROR "invalid operation: a == b \(slice can only be compared to nil\)"
	m1 := map[int]int{}
	fmt.Println(m1 == m1) // ERROR "invalid operation: m1 == m1 \(map can only be compared to nil\)"
	f := func() {}
	fmt.Println(f == f) // ERROR "invalid operation: f == f \(func can only be compared to nil\)"
}
