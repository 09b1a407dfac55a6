package main

import "fmt"

type Cell struct {
	val  int
	next *Cell
}

func walk(p **Cell, v int) {
	for *p != nil && (*p).val < v {
		p = &(*p).next
	}
	*p = &Cell{v, *p}
}

func main() {
	var head *Cell
	for _, v := range []int{5, 1, 9, 3, 7, 1} {
		walk(&head, v)
	}
	for c := head; c != nil; c = c.next {
		fmt.Print(c.val, " ")
	}
	fmt.Println()
	a := [3]int{1, 2, 3}
	pa := &a
	pe := &a[1]
	*pe = 20
	pa[2] = 30
	fmt.Println(a, *pa, *pe)
	s := []int{1, 2, 3}
	ps := &s
	*ps = append(*ps, 4)
	(*ps)[0] = 10
	fmt.Println(s, len(*ps))
	m := map[string]*int{}
	for _, k := range []string{"x", "y"} {
		n := len(k) * 10
		m[k] = &n
	}
	*m["x"]++
	fmt.Println(*m["x"], *m["y"])
	type T struct{ p *int }
	i := 5
	t1 := T{&i}
	t2 := t1
	*t2.p = 6
	fmt.Println(i, *t1.p, t1 == t2)
	var pp **int
	fmt.Println(pp == nil)
	ip := &i
	pp = &ip
	**pp = 42
	fmt.Println(i)
}
