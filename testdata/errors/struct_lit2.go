package main

type P struct{ X, Y int }

func main() {
	_ = P{1, Y: 2}  // ERROR "mixture of field:value and value elements in struct literal"
	_ = P{X: "str"} // ERROR "cannot use \"str\" \(untyped string constant\) as int value in struct literal"
}
