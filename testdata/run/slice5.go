package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4, 5, 6, 7, 8}
	copy(s[2:], s[:5])
	fmt.Println(s)
	s = []int{1, 2, 3, 4, 5, 6, 7, 8}
	copy(s[:5], s[2:])
	fmt.Println(s)
	src := []string{"a", "b"}
	dst := make([]string, 5)
	fmt.Println(copy(dst, src), dst, len(dst))
	fmt.Println(copy(dst[4:], src), dst)
	var nilDst []int
	fmt.Println(copy(nilDst, []int{1}))
	grid := make([][]rune, 3)
	backing := make([]rune, 9)
	for i := range grid {
		grid[i] = backing[i*3 : (i+1)*3]
	}
	grid[1][1] = 'x'
	fmt.Println(backing)
	sub := s[2:4]
	sub = append(sub, 99)
	fmt.Println(s, sub, len(sub), cap(sub))
	full := s[2:4:4]
	full = append(full, 77)
	fmt.Println(s, full, cap(full))
	var acc []int
	for i := 0; i < 5; i++ {
		acc = append(acc[:len(acc):len(acc)], i)
	}
	fmt.Println(acc, len(acc), cap(acc))
	b := make([]byte, 0, 4)
	b1 := append(b, 'a')
	b2 := append(b, 'b')
	fmt.Println(string(b1), string(b2))
	twoD := [][]int{{1, 2}, {3, 4}}
	flat := []int{}
	for _, row := range twoD {
		flat = append(flat, row...)
	}
	fmt.Println(flat, len(flat), cap(flat))
}
