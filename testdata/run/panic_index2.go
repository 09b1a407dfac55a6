package main

import "fmt"

func main() {
	var arr [4]string
	for i := range arr {
		arr[i] = fmt.Sprint("v", i)
	}
	fmt.Println(arr)
	idx := len(arr) + 1
	arr[idx] = "boom"
	fmt.Println("unreachable")
}
