package main

import "fmt"

func main() {
	a := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	b := a[2:5]
	fmt.Println(b, len(b), cap(b))
	b = append(b, 100)
	fmt.Println(a)
	c := a[2:5:5]
	fmt.Println(c, len(c), cap(c))
	c = append(c, 200)
	fmt.Println(a, c)
	c[0] = -2
	fmt.Println(a[2], c[0])
	n := copy(a, a[3:])
	fmt.Println(n, a)
	a = []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	n = copy(a[3:], a)
	fmt.Println(n, a)
	bs := make([]byte, 3)
	n = copy(bs, "hello")
	fmt.Println(n, string(bs))
	e := []int{}
	var f []int
	fmt.Println(e == nil, f == nil, len(e), len(f))
	fmt.Printf("%v %v %d %d\n", e, f, e, f)
	g := make([]int, 3, 10)
	fmt.Println(g, len(g), cap(g), g[:cap(g)])
	h := g[1:2]
	fmt.Println(len(h), cap(h), h[0:5])
	x := a[:0]
	for _, v := range a {
		if v%3 == 0 {
			x = append(x, v)
		}
	}
	fmt.Println(x, a)
}
