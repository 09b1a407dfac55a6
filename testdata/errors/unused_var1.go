package main

func main() {
	x := 1 // ERROR "x declared but not used"
	y := 2
	_ = y
}
