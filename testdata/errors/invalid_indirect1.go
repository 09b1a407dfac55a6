package main

func main() {
	x := 5
	_ = *x // ERROR "invalid operation: cannot indirect x \(variable of type int\)"
	s := "s"
	_ = *s // ERROR "invalid operation: cannot indirect s \(variable of type string\)"
}
