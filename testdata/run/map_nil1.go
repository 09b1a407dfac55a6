package main

// Nil maps: reads yield zero values, len is 0, range and delete do nothing, writes panic with a
// plain error (no "runtime error: " prefix in the text, but it is a runtime.Error).

import (
	"fmt"
	"runtime"
)

type T struct {
	m map[string][]int
}

func main() {
	var m map[string]int
	fmt.Println(m == nil, len(m), m["x"])
	v, ok := m["x"]
	fmt.Println(v, ok)
	for k, v := range m {
		fmt.Println("never", k, v)
	}
	delete(m, "x")
	var t T
	fmt.Println(t.m["a"] == nil, len(t.m["a"]))
	func() {
		defer func() {
			r := recover()
			err, isErr := r.(error)
			_, isRt := r.(runtime.Error)
			fmt.Println("recovered:", r, isErr, isRt)
			fmt.Printf("%q\n", err.Error())
		}()
		m["x"] = 1
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		t.m["k"] = append(t.m["k"], 1)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		m["y"]++
	}()
	var mm map[int]map[int]int
	fmt.Println(mm[1][2], len(mm[3]))
	m = map[string]int{}
	m["x"] = 1
	fmt.Println(m)
	var nilAny map[interface{}]bool
	fmt.Println(nilAny[1], nilAny["s"], nilAny[nil])
	m = nil
	m["z"] = 3
}
