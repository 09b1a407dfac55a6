package main

import "fmt"

type Conf struct{ Name string }

func (c *Conf) Describe() string { return "conf " + c.Name }

func load(ok bool) *Conf {
	if ok {
		return &Conf{"x"}
	}
	return nil
}

func main() {
	fmt.Println(load(true).Describe())
	fmt.Println(load(false).Describe())
}
