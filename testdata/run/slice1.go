package main

import "fmt"

func main() {
	var s []int
	fmt.Println(s == nil, len(s), cap(s), s)
	prev := -1
	for i := 0; i < 2000; i++ {
		s = append(s, i)
		if cap(s) != prev {
			fmt.Print(cap(s), " ")
			prev = cap(s)
		}
	}
	fmt.Println()
	var bs []byte
	prev = -1
	for i := 0; i < 5000; i++ {
		bs = append(bs, byte(i))
		if cap(bs) != prev {
			fmt.Print(cap(bs), " ")
			prev = cap(bs)
		}
	}
	fmt.Println()
	a := append([]int{1, 2, 3}, 4, 5, 6, 7)
	fmt.Println(len(a), cap(a))
	b := append([]int(nil), make([]int, 5)...)
	fmt.Println(len(b), cap(b))
	c := append(make([]int, 300), 1)
	fmt.Println(len(c), cap(c))
	d := append(make([]byte, 5), "hello world!"...)
	fmt.Println(len(d), cap(d), string(d[5:]))
	var strs []string
	for i := 0; i < 10; i++ {
		strs = append(strs, "x")
		fmt.Print(cap(strs), " ")
	}
	fmt.Println()
}
