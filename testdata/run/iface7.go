package main

import "fmt"

type Tree struct {
	L, R *Tree
	V    int
}

func (t *Tree) Sum() int {
	if t == nil {
		return 0
	}
	return t.V + t.L.Sum() + t.R.Sum()
}

type Summer interface{ Sum() int }

func describe(s Summer) string {
	if s == nil {
		return "nil interface"
	}
	return fmt.Sprintf("%T sum=%d", s, s.Sum())
}

type List []int

func (l List) Sum() (t int) {
	for _, v := range l {
		t += v
	}
	return
}

func main() {
	var t *Tree
	fmt.Println(describe(t))
	fmt.Println(describe(nil))
	fmt.Println(describe(&Tree{&Tree{nil, nil, 2}, nil, 1}))
	var l List
	fmt.Println(describe(l), l == nil)
	var s Summer = t
	fmt.Println(s == nil, s != nil)
	s = nil
	fmt.Println(s == nil)
	items := []Summer{List{1, 2}, (*Tree)(nil), &Tree{V: 5}, List(nil)}
	total := 0
	for _, it := range items {
		total += it.Sum()
	}
	fmt.Println(total)
	var e error
	var i interface{} = e
	fmt.Println(i == nil, e == nil)
}
