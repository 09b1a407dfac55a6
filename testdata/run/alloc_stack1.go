package main

import (
	"fmt"
	"runtime"
)

// Values that do not escape live in the goroutine's stack: no heap allocation at all, even for
// new(T), &T{...}, slice literals, constant-size make, closures, method values, variadic
// arguments, interface boxes, and small string conversions and concatenations (32-byte tmpBuf).

var ms runtime.MemStats

func mallocs() uint64 {
	runtime.ReadMemStats(&ms)
	return ms.Mallocs
}

type T struct {
	a, b int
	next *T
}

//go:noinline
func (t T) sum() int { return t.a + t.b }

//go:noinline
func total(xs ...int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

//go:noinline
func call(f func() int) int { return f() }

//go:noinline
func length(x interface{}) int {
	if s, ok := x.(string); ok {
		return len(s)
	}
	return -1
}

var out [16]int
var outS [4]string

//go:noinline
func work(s1, s2 string) {
	p := new(int)
	*p = 7
	t := &T{a: 1, b: 2}
	t2 := &T{a: 3, next: t}
	xs := []int{1, 2, 3, 4}
	ys := make([]int, 16)
	ys[3] = 5
	n := 10
	inc := func() int { n++; return n }
	m := t2.sum
	b := []byte(s1)
	str := string(b) + s2
	c := s1 + s2 + s1
	runes := []rune(s2)
	x := 42
	px := &x
	out[0] = *p + t2.next.b + xs[2] + ys[3]
	out[1] = call(inc) + call(inc)
	out[2] = m()
	out[3] = total(1, 2, 3, *px)
	out[4] = len(str) + len(c) + len(runes) + cap(b)
	out[5] = length(str)
	out[6] = n
	for i := 0; i < 3; i++ {
		q := &T{a: i}
		out[7] += q.a
	}
}

func main() {
	s1, s2 := "hello", "world"
	before := mallocs()
	work(s1, s2)
	work(s2, s1)
	after := mallocs()
	fmt.Println(after-before, out)
}
