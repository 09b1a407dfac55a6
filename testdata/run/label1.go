package main

import "fmt"

func main() {
	matrix := [][]int{{1, 2, 3}, {4, -5, 6}, {7, 8, 9}}
	sum := 0
rows:
	for i, row := range matrix {
		for j, v := range row {
			if v < 0 {
				fmt.Println("negative at", i, j, "skip row")
				continue rows
			}
			sum += v
		}
	}
	fmt.Println("sum", sum)
	n := 0
outer:
	for {
		for {
			n++
			if n%7 == 0 {
				break outer
			}
			if n%3 == 0 {
				continue outer
			}
		}
	}
	fmt.Println("n", n)
	primes := []int{}
next:
	for c := 2; len(primes) < 10; c++ {
		for _, p := range primes {
			if c%p == 0 {
				continue next
			}
		}
		primes = append(primes, c)
	}
	fmt.Println(primes)
sw:
	switch {
	case true:
		for i := 0; i < 3; i++ {
			if i == 1 {
				break sw
			}
			fmt.Println("sw", i)
		}
	}
	fmt.Println("done")
}
