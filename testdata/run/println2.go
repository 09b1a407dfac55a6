package main

import "os"

func main() {
	var x int8 = -3
	var p *int
	println(x, uint(7), 'a', p == nil, 2.5e10, "s")
	os.Exit(4)
}
