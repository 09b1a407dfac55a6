package main

var f = func() {
	func() { println() } // ERROR "func\(\) \{…\} \(value of type func\(\)\) is not used"
	func() {}            // ERROR "func\(\) \{\} \(value of type func\(\)\) is not used"
}

func main() { f() }
