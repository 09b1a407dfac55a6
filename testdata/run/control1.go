package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		fmt.Print(i, " ")
	}
	fmt.Println()
	n := 0
	for n < 5 {
		n += 2
	}
	fmt.Println("n", n)
	k := 0
	for {
		k++
		if k == 3 {
			continue
		}
		if k > 5 {
			break
		}
		fmt.Print("k", k, " ")
	}
	fmt.Println()
outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j == 2 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			fmt.Print(i, j, ";")
		}
	}
	fmt.Println()
	i := 0
loop:
	if i < 4 {
		fmt.Print("goto", i, " ")
		i++
		goto loop
	}
	fmt.Println()
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		fmt.Print(i, ",", j, " ")
	}
	fmt.Println()
	var count int
	for range [5]struct{}{} {
		count++
	}
	fmt.Println(count)
	if x := 10; x > 5 {
		fmt.Println("big", x)
	} else if x > 2 {
		fmt.Println("medium")
	} else {
		fmt.Println("small")
	}
}
