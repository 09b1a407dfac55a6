package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) String() string { return fmt.Sprint(c.n) }

func show(s fmt.Stringer) { fmt.Println(s.String()) }

func main() {
	c := Counter{}
	show(&c)
	show(c) // ERROR "cannot use c \(variable of type Counter\) as type fmt.Stringer in argument to show:"
}
