package main

func main() {
	s := []int{1, 2, 3}
	f := 1.5
	_ = s[f]   // ERROR "invalid argument: index f \(variable of type float64\) must be integer"
	_ = s["a"] // ERROR "cannot convert \"a\" \(untyped string constant\) to int"
}
