package main

import "fmt"

func main() {
	fmt.Println("stdout line")
	println("builtin println goes to stderr", 42, true, 1.5)
	print("print", 1, "x\n")
	panic(fmt.Sprintf("stop after %d", 2))
}
