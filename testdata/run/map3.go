package main

import "fmt"

type Key struct {
	X, Y int
}

func main() {
	grid := map[Key]rune{}
	for y := 0; y < 3; y++ {
		for x := 0; x < 3; x++ {
			if (x+y)%2 == 0 {
				grid[Key{x, y}] = '#'
			}
		}
	}
	for y := 0; y < 3; y++ {
		for x := 0; x < 3; x++ {
			if c, ok := grid[Key{x, y}]; ok {
				fmt.Print(string(c))
			} else {
				fmt.Print(".")
			}
		}
		fmt.Println()
	}
	fmt.Println(len(grid), grid[Key{1, 1}])
	im := map[interface{}]int{1: 1, "a": 2, 2.5: 3, Key{1, 2}: 4, true: 5}
	fmt.Println(im[1], im["a"], im[2.5], im[Key{1, 2}], im[true], im[false], len(im))
	counts := map[rune]int{}
	for _, r := range "mississippi" {
		counts[r]++
	}
	fmt.Println(counts)
	m := map[int]int{}
	for i := 0; i < 1000; i++ {
		m[i%37] += i
	}
	sum := 0
	for k, v := range m {
		sum += k * v
	}
	fmt.Println(len(m), sum)
	for k := range m {
		if k%2 == 0 {
			delete(m, k)
		}
	}
	fmt.Println(len(m))
	pm := map[*Key]int{}
	k1, k2 := &Key{1, 1}, &Key{1, 1}
	pm[k1] = 1
	pm[k2] = 2
	fmt.Println(len(pm), pm[k1], pm[k2])
}
