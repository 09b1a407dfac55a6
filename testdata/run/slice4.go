package main

import "fmt"

type Item struct {
	Name string
	Qty  int
}

func main() {
	items := []Item{{"a", 1}, {"b", 2}}
	for _, it := range items {
		it.Qty = 100
	}
	fmt.Println(items)
	for i := range items {
		items[i].Qty *= 10
	}
	fmt.Println(items)
	p := &items[0]
	items = append(items, Item{"c", 3})
	p.Qty = -1
	fmt.Println(items, *p)
	bufs := [][]byte{}
	for i := 0; i < 3; i++ {
		bufs = append(bufs, []byte{byte('a' + i)})
	}
	fmt.Printf("%s %q\n", bufs, bufs)
	orig := []int{1, 2, 3}
	alias := orig
	alias[0] = 100
	fmt.Println(orig)
	grown := append(orig, 4)
	grown[1] = 200
	fmt.Println(orig, grown)
	var ss [][]string
	ss = append(ss, nil, []string{}, []string{"x"})
	for _, v := range ss {
		fmt.Println(v == nil, len(v))
	}
	rng := make([]int, 0, 5)
	for i := 0; i < 8; i++ {
		rng = append(rng, i)
		fmt.Printf("len=%d cap=%d %v\n", len(rng), cap(rng), rng)
	}
}
