package main

import "fmt"

var (
	a = b + 1
	b = f("b", 10)
	c = f("c", a*2)
	registry = map[string]int{}
)

var order []string

func f(name string, v int) int {
	order = append(order, name)
	return v
}

func init() {
	order = append(order, "init1")
	registry["x"] = a
}

func init() {
	order = append(order, "init2")
	registry["y"] = c
}

func main() {
	fmt.Println(a, b, c)
	fmt.Println(order)
	fmt.Println(registry)
}
