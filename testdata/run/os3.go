package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Fprintln(os.Stderr, "this goes to stderr")
	fmt.Println("stdout only")
	fmt.Fprintf(os.Stderr, "more stderr %d\n", 2)
	os.Exit(0)
}
