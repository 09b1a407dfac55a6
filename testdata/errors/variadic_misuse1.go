package main

import "fmt"

func sum(xs ...int) int { return len(xs) }

func main() {
	a := []int{1, 2}
	fmt.Println(sum(1, a...)) // ERROR "too many arguments in call to sum"
	s := []string{"x"}
	fmt.Println(sum(s...)) // ERROR "cannot use s \(variable of type \[\]string\) as type \[\]int in argument to sum"
}
