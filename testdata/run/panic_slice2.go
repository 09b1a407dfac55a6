package main

import "fmt"

func main() {
	str := "abc"
	for h := 1; h < 10; h++ {
		fmt.Println(str[:h])
	}
}
