package main

import "fmt"

func cleanup(name string) {
	fmt.Println("cleanup", name)
}

func step(n int) {
	defer cleanup(fmt.Sprint("step", n))
	if n == 2 {
		var m map[int]bool
		m[n] = true
	}
	step(n + 1)
}

func main() {
	defer cleanup("main")
	step(0)
}
