package main

import "fmt"

func main() {
	x := 1
	for s := 3; ; s-- {
		fmt.Println(s, x<<s)
	}
}
