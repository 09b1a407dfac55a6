package main

import (
	"fmt"
	"strings"
)

type Animal interface{ Sound() string }
type Base struct {
	Name string
	Tags []string
}

func (b Base) Describe() string { return "I am " + b.Name }

type Dog struct {
	Base
	Age int
}

func (d *Dog) Sound() string { return "woof" }
func (d *Dog) Birthday()     { d.Age++ }

type Counter struct {
	counts map[string]int
	order  []string
}

func NewCounter() *Counter { return &Counter{counts: make(map[string]int)} }
func (c *Counter) Add(s string) {
	if _, ok := c.counts[s]; !ok {
		c.order = append(c.order, s)
	}
	c.counts[s]++
}

type Matrix [][]float64

func (m Matrix) Mul(o Matrix) Matrix {
	r := make(Matrix, len(m))
	for i := range m {
		r[i] = make([]float64, len(o[0]))
		for j := range o[0] {
			for k := range o {
				r[i][j] += m[i][k] * o[k][j]
			}
		}
	}
	return r
}

type Op func(float64, float64) float64

func apply(ops map[string]Op, name string, a, b float64) (float64, bool) {
	op, ok := ops[name]
	if !ok {
		return 0, false
	}
	return op(a, b), true
}

func fib() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func variadic(prefix string, nums ...int) string {
	var sb strings.Builder
	sb.WriteString(prefix)
	for i, n := range nums {
		if i > 0 {
			sb.WriteByte(',')
		}
		fmt.Fprintf(&sb, "%d", n)
	}
	return sb.String()
}

func main() {
	d := &Dog{Base{"rex", []string{"good"}}, 3}
	d.Birthday()
	var a Animal = d
	fmt.Println(d.Describe(), a.Sound(), d.Age, d.Name)
	fmt.Printf("%v\n%+v\n", *d, *d)
	fmt.Printf("%v %+v\n", d, d)
	if dd, ok := a.(*Dog); ok {
		fmt.Println("is dog", dd.Tags)
	}
	c := NewCounter()
	for _, w := range strings.Split("a b a c b a", " ") {
		c.Add(w)
	}
	for _, w := range c.order {
		fmt.Printf("%s=%d ", w, c.counts[w])
	}
	fmt.Println()
	m := Matrix{{1, 2}, {3, 4}}
	fmt.Println(m.Mul(m), m.Mul(Matrix{{1}, {1}}))
	ops := map[string]Op{
		"add": func(a, b float64) float64 { return a + b },
		"mul": func(a, b float64) float64 { return a * b },
	}
	fmt.Println(apply(ops, "add", 1, 2))
	fmt.Println(apply(ops, "div", 1, 2))
	f := fib()
	for i := 0; i < 10; i++ {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	fmt.Println(variadic("n:", 1, 2, 3), variadic("e:"), variadic("s:", []int{4, 5}...))
	s := make([]int, 3, 10)
	s2 := append(s, 1)
	s3 := append(s, 2)
	fmt.Println(s2, s3, len(s2), cap(s2))
	var grow []int
	caps := []int{}
	for i := 0; i < 20; i++ {
		grow = append(grow, i)
		if len(caps) == 0 || caps[len(caps)-1] != cap(grow) {
			caps = append(caps, cap(grow))
		}
	}
	fmt.Println(caps)
	var ip *int
	fmt.Println(ip == nil, ip)
	var e error
	fmt.Println(e == nil, e)
	var iface interface{} = 42
	switch v := iface.(type) {
	case string:
		fmt.Println("string", v)
	case int, int64:
		fmt.Printf("int-ish %v %T\n", v, v)
	}
	type point struct{ X, Y int }
	pts := []*point{{1, 2}, {3, 4}}
	for _, p := range pts {
		p.X *= 10
	}
	fmt.Println(*pts[0], pts[1].X, len(pts))
	arr := [5]int{1, 2, 3, 4, 5}
	sl := arr[1:3]
	sl = append(sl, 99)
	fmt.Println(arr, sl, len(sl), cap(sl))
	sl2 := arr[1:2:2]
	sl2 = append(sl2, 77)
	fmt.Println(arr, sl2)
	str := "Hello, World"
	fmt.Println(str[7:], str[:5], strings.Index(str, "World"), strings.Replace(str, "l", "L", 2), strings.Split("a,b,,c", ","))
	fmt.Printf("%q %v %x % x %s\n", []string{"a", "b"}, []byte("hi"), "hi", []byte("hi"), []byte("bytes"))
	fmt.Printf("%6.2f|%-8v|%8v|%v\n", 3.14159, "left", "right", [2]bool{true, false})
	fmt.Println(1e21, 1e20, 123456789.0, 0.1+0.2, float32(0.1), 1.0, -0.0, 100.0/3)
	var u8 byte = 'a'
	fmt.Println(u8, string(rune(u8)), 'x', "x"[0])
	x := 10
	p := &x
	*p++
	fmt.Println(x, *p)
	const big = 1 << 62
	fmt.Println(big, uint64(1<<63), int64(-1<<63))
	fmt.Printf("%T %T %T %T\n", 1, 1.0, 'a', 1i)
	fmt.Println(complex(1, 2)*complex(3, 4), real(complex(1, 2)))
}
