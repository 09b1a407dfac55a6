package main

import "fmt"

func main() {
	grid := [3][3]int{}
	fns := []func(){}
	for i := 0; i < 4; i++ {
		j := i
		fns = append(fns, func() {
			grid[j][j] = j + 1
			fmt.Println("set", j, grid)
		})
	}
	for _, f := range fns {
		f()
	}
}
