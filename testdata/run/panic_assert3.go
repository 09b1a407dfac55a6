package main

import "fmt"

type Reader interface{ Read() string }
type Closer interface{ Close() }
type F struct{}

func (F) Read() string { return "data" }

func main() {
	var r Reader = F{}
	fmt.Println(r.Read())
	c := r.(Closer)
	c.Close()
}
