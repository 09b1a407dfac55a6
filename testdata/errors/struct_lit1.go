package main

type P struct {
	X, Y int
	Name string
}

func main() {
	_ = P{1, 2}              // ERROR "too few values in P\{…\}"
	_ = P{X: 1, Z: 2}        // ERROR "unknown field 'Z' in struct literal of type P"
	_ = P{X: 1, X: 2}        // ERROR "duplicate field name X in struct literal"
	_ = P{1, 2, "n", 4}      // ERROR "too many values in P\{…\}"
}
