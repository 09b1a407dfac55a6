package main 

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("args:", len(os.Args))
	fmt.Println(len(os.Args[1:]) == 0)
	defer fmt.Println("deferred: must not print")
	fmt.Println("exiting with 3")
	os.Exit(3)
}
