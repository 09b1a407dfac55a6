package main

type T struct { // ERROR "invalid recursive type T"
	a int
	t T
}

func main() {
	var t T
	_ = t
}
