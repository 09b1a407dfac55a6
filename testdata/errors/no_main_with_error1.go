package main

// main is missing, but go build reports only the compile error (the linker never runs)
func f() {
	x := 1 // ERROR "declared but not used"
}
