package main

import "fmt"

func main() {
	for i := 10; i > 0; i /= 2 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	var i int
	for i = 0; i < 3; i++ {
	}
	fmt.Println("after loop i =", i)
	s := []string{"a", "b", "c"}
	for i := range s {
		s = append(s, "x")
		_ = i
	}
	fmt.Println(len(s))
	m := map[int]int{1: 1}
	for k := range m {
		delete(m, k)
	}
	fmt.Println(len(m))
	var nilSlice []int
	for range nilSlice {
		fmt.Println("never")
	}
	var nilMap map[string]int
	for range nilMap {
		fmt.Println("never")
	}
	for i, c := range "ab" {
		fmt.Print(i, string(c), " ")
	}
	fmt.Println()
	x := 0
	for x < 100 {
		if x%2 == 0 {
			x += 3
		} else {
			x *= 2
		}
	}
	fmt.Println(x)
	arr := [3]int{1, 2, 3}
	for i := range arr {
		arr[i] *= arr[i]
	}
	fmt.Println(arr)
	if v := len(s); v > 5 {
		fmt.Println("long", v)
	} else if w := v * 2; w > 5 {
		fmt.Println("medium", v, w)
	} else {
		fmt.Println("short", v, w)
	}
}
