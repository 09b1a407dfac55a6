package main

import "fmt"

type Status int

func (s Status) String() string { return fmt.Sprintf("Status<%d>", int(s)) }

func main() {
	fmt.Println(Status(3))
	panic(Status(404))
}
