package main

type T struct{ f int }

func main() {
	m := map[string]T{"a": {1}}
	p := &m["a"] // ERROR "invalid operation: cannot take address of m\[\"a\"\]"
	m["a"].f = 2 // ERROR "cannot assign to struct field m\[\"a\"\].f in map"
	_ = p
}
