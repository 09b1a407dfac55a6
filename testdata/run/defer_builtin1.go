package main

import "fmt"

func f(m map[string]int) {
	defer delete(m, "a")
	defer fmt.Println("in f", len(m))
	defer println("println deferred", 3, true, 2.5)
	m["b"] = 2
}

func g() {
	defer func() { fmt.Println("recovered", recover()) }()
	x := 5
	defer panic(fmt.Sprint("deferred panic ", x))
	x = 6
	fmt.Println("g body", x)
}

func main() {
	m := map[string]int{"a": 1}
	f(m)
	fmt.Println(m)
	g()
	s := []int{1, 2, 3}
	for i := 0; i < 2; i++ {
		defer print("loop", i, "\n")
	}
	defer copy(s, []int{9})
	defer fmt.Println(s)
}
