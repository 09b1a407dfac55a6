package main

import "fmt"

func modify(a [5]int) [5]int {
	a[0] = 100
	return a
}

func modifyPtr(a *[5]int) {
	a[0] = 100
}

func main() {
	var a [5]int
	fmt.Println(a, len(a))
	b := [5]int{1, 2, 3}
	c := b
	c[1] = 20
	fmt.Println(b, c)
	d := modify(b)
	fmt.Println(b, d)
	modifyPtr(&b)
	fmt.Println(b)
	e := [...]string{2: "two", 0: "zero", 4: "four"}
	fmt.Println(len(e), e)
	fmt.Printf("%q\n", e)
	fmt.Println(b == d, b != c, [2]bool{true} == [2]bool{true, false})
	var grid [3][4]int
	for i := 0; i < 3; i++ {
		for j := 0; j < 4; j++ {
			grid[i][j] = i*10 + j
		}
	}
	fmt.Println(grid)
	row := grid[1]
	row[0] = -1
	fmt.Println(grid[1], row)
	s := b[1:4]
	s[0] = 77
	fmt.Println(b, s, len(s), cap(s))
	for i, v := range e {
		if v != "" {
			fmt.Print(i, "=", v, " ")
		}
	}
	fmt.Println()
}
