package main 

import "fmt"

func find(grid [][]int, target int) (int, int, bool) {
	for i, row := range grid {
		for j, v := range row {
			if v == target {
				return i, j, true
			}
		}
	}
	return -1, -1, false
}

func collatz(n int) (steps int) {
top:
	if n == 1 {
		return
	}
	steps++
	if n%2 == 0 {
		n /= 2
	} else {
		n = 3*n + 1
	}
	goto top
}

func main() {
	grid := [][]int{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	fmt.Println(find(grid, 6))
	fmt.Println(find(grid, 10))
	for _, n := range []int{1, 6, 7, 27, 97} {
		fmt.Println(n, collatz(n))
	}
	i := 0
	sum := 0
again:
	sum += i
	i++
	if i <= 10 {
		goto again
	}
	fmt.Println(sum)
	found := false
search:
	for a := 1; a < 30; a++ {
		for b := a; b < 30; b++ {
			for c := b; c < 30; c++ {
				if a*a+b*b == c*c && a+b+c == 24 {
					fmt.Println("triple", a, b, c)
					found = true
					break search
				}
			}
		}
	}
	fmt.Println(found)
}
