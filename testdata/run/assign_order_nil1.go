// Tuple assignments store left to right after evaluating all operands: a nil pointer or an
// out-of-range index on the left panics only when its store is reached (Go's
// test/fixedbugs/issue23017.go shape). Zero-size values read through nil pointers panic.
package main

import "fmt"

type P struct{ i int }
type T struct {
	x struct{}
	y int
}

func try(name string, f func()) {
	defer func() { fmt.Println(name, recover() != nil) }()
	f()
}

func eqField(p, q *T) bool          { return p.x == q.x }
func eqDeref(p, q *struct{}) bool  { return *p == *q }
func eqCall(p, q func() struct{}) bool { return p() == q() }

func main() {
	m := map[int]int{}
	var p *int
	try("deref", func() { m[1], *p = 42, 2 })
	s := []int{}
	try("index", func() { m[2], s[1] = 7, 2 })
	var pp *P
	try("field", func() { m[3], pp.i = 9, 2 })
	fmt.Println(len(m), m[1], m[2], m[3])
	var x P
	q := &x
	q, q.i = new(P), 4
	fmt.Println(x.i, q.i)
	try("eqField", func() { eqField(nil, nil) })
	try("eqDeref", func() { eqDeref(nil, nil) })
	try("eqCall", func() { eqCall(nil, nil) })
	var z *struct{}
	try("zero store", func() { *z = struct{}{} })
}
