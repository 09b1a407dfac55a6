package main

import (
	"errors"
	"fmt"
)

func main() {
	defer fmt.Println("deferred runs before crash")
	panic(errors.New("an error value"))
}
