package main

import "fmt"

func main() {
	arr := [3]int{1, 2, 3}
	h := 2
	fmt.Println(arr[:h])
	h = 4
	fmt.Println(arr[:h])
}
