package main

func main() {
	var b byte = 256 // ERROR "cannot use 256 \(untyped int constant\) as byte value in variable declaration \(overflows\)"
	var i8 int8
	i8 = -129 // ERROR "cannot use -129 \(untyped int constant\) as int8 value in assignment \(overflows\)"
	_, _ = b, i8
}
