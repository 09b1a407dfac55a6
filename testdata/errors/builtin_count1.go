package main

import "unsafe"

var s struct{ a int }

func main() {
	println(unsafe.Offsetof(s.a, 1)) // ERROR "too many arguments for unsafe.Offsetof\(s.a, 1\) \(expected 1, found 2\)"
	println(len("a", "b"))           // ERROR "invalid operation: too many arguments for len\(\"a\", \"b\"\) \(expected 1, found 2\)"
	println(cap())                   // ERROR "invalid operation: not enough arguments for cap\(\) \(expected 1, found 0\)"
	_ = new(int, 2)                  // ERROR "too many arguments for new\(int, 2\)"
	_ = make([]int, 1, 2, 3)         // ERROR "expects 2 or 3 arguments; found 4"
	_ = complex(1)                   // ERROR "not enough arguments for complex\(1\) \(expected 2, found 1\)"
	_ = recover(1)                   // ERROR "too many arguments for recover\(1\) \(expected 0, found 1\)"
	copy()                           // ERROR "not enough arguments for copy\(\) \(expected 2, found 0\)"
}
