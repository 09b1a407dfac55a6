package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	pts := [3]Point{{1, 2}, {3, 4}, {5, 6}}
	for _, p := range pts {
		p.X *= 10
	}
	fmt.Println(pts)
	for i := range pts {
		pts[i].X *= 10
	}
	fmt.Println(pts)
	arr := [4]int{1, 2, 3, 4}
	for i, v := range arr {
		arr[3] = 100
		if i == 3 {
			fmt.Println("range copy sees", v)
		}
	}
	arr2 := [4]int{1, 2, 3, 4}
	for i, v := range &arr2 {
		arr2[3] = 100
		if i == 3 {
			fmt.Println("range ptr sees", v)
		}
	}
	m := map[[2]int]string{{0, 0}: "origin", {1, 0}: "east"}
	fmt.Println(m[[2]int{1, 0}], m[[2]int{5, 5}] == "")
	var z [0]int
	fmt.Println(len(z), z)
	p := &arr
	fmt.Println(p[2], len(p))
	p[2] = 33
	fmt.Println(arr)
	x := [2][2]string{{"a", "b"}, {"c", "d"}}
	y := x
	y[0][0] = "Z"
	fmt.Println(x, y, x == y)
}
