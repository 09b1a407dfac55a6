package main

import "fmt"

func main() {
	s := make([]byte, 2, 5)
	m := 6
	fmt.Println(len(s[:2:5]))
	fmt.Println(s[:1:m])
}
