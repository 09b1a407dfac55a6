package main

import (
	"fmt"
	"os"
)

func check(n int) {
	if n > 2 {
		fmt.Fprintln(os.Stderr, "error: n too big:", n)
		os.Exit(1)
	}
	fmt.Println("ok", n)
}

func main() {
	defer fmt.Println("never")
	for i := 0; i < 5; i++ {
		check(i)
	}
}
