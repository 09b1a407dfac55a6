package main

func get() int { return 1 }

func main() {
	get() = 2 // ERROR "cannot assign to get\(\)"
	p := &get() // ERROR "invalid operation: cannot take address of get\(\)"
	_ = p
}
