package main

import "fmt"

type Cache struct {
	data map[string]int
}

func (c *Cache) Put(k string, v int) { c.data[k] = v }

func main() {
	c := &Cache{}
	fmt.Println(c.data["missing"], len(c.data))
	c.Put("a", 1)
	fmt.Println("unreachable")
}
