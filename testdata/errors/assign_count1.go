package main

func pair() (int, int) { return 1, 2 }

func main() {
	a, b, c := pair() // ERROR "assignment mismatch: 3 variables but pair returns 2 values"
	x, y := 1         // ERROR "assignment mismatch: 2 variables but 1 value"
	_, _, _, _, _ = a, b, c, x, y
}
