// The JIT's speculated interface calls: sum and count are compiled after 50 calls that all saw
// sq, then meet *rc (the type guard fails and the frame continues in the interpreter; in count
// the call heads the loop), and a nil *rc receiver panics inside the expanded wrapper.
package main

import "fmt"

type shape interface{ area() int }

type sq struct{ s int }
type rc struct{ w, h int }

func (q sq) area() int  { return q.s * q.s }
func (r *rc) area() int { return r.w * r.h }

func sum(xs []shape) int {
	t := 0
	for i := 0; i < len(xs); i++ {
		t += xs[i].area()
	}
	return t
}

// the interface call heads the loop
func count(s shape, n int) int {
	c := 0
	for s.area() > n {
		n += 3
		c++
	}
	return c
}

func main() {
	a := []shape{sq{1}, sq{2}, sq{3}}
	total := 0
	for i := 0; i < 200; i++ {
		total += sum(a) + count(sq{5}, i%20)
	}
	fmt.Println(total)
	b := []shape{sq{2}, &rc{2, 3}, sq{4}, &rc{5, 5}}
	for i := 0; i < 5; i++ {
		total += sum(b) + count(&rc{4, 6}, i)
	}
	fmt.Println(total, sum(b), count(&rc{3, 3}, 0))
	defer func() { fmt.Println("recovered:", recover()) }()
	var nilrc *rc
	fmt.Println(sum([]shape{sq{1}, nilrc}))
}
