package main

func main() {
	var i int
	var s string
	i = "text" // ERROR "cannot use \"text\" \(untyped string constant\) as int value in assignment"
	s = i      // ERROR "cannot use i \(variable of type int\) as type string in assignment"
	var f float64 = s // ERROR "cannot use s \(variable of type string\) as type float64 in variable declaration"
	_ = f
}
