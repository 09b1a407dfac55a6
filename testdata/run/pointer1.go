package main

import "fmt"

type S struct{ v int }

func inc(p *int) { *p++ }

func swap(a, b *int) { *a, *b = *b, *a }

func newInt(v int) *int { return &v }

func main() {
	x := 1
	p := &x
	*p = 5
	inc(p)
	inc(&x)
	fmt.Println(x, *p, p == &x)
	a, b := 1, 2
	swap(&a, &b)
	fmt.Println(a, b)
	pp := &p
	**pp = 100
	fmt.Println(x, **pp == *p)
	q := newInt(7)
	r := newInt(7)
	fmt.Println(*q == *r, q == r)
	n := new(int)
	fmt.Println(*n)
	*n += 3
	fmt.Println(*n)
	s := new(S)
	s.v = 9
	(*s).v++
	fmt.Println(s.v, *s)
	arr := [3]int{1, 2, 3}
	ap := &arr
	ap[1] = 20
	for i, v := range ap {
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println(len(ap))
	sl := arr[:]
	sl[0] = 10
	fmt.Println(arr)
	var np *S
	fmt.Println(np == nil, np)
	ptrs := []*int{}
	for i := 0; i < 3; i++ {
		v := i * 10
		ptrs = append(ptrs, &v)
	}
	for _, pt := range ptrs {
		fmt.Print(*pt, " ")
	}
	fmt.Println()
	ps := &S{v: 1}
	ps2 := ps
	ps2.v = 2
	fmt.Println(ps.v, *ps == *ps2)
}
