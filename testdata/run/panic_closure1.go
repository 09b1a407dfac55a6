package main

import "fmt"

func main() {
	counts := [5]int{}
	inc := func(i int) {
		counts[i]++
	}
	for _, v := range []int{0, 1, 4, 2, 5} {
		inc(v)
		fmt.Println(counts)
	}
}
