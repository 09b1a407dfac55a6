package main 

import "fmt"

type Counter struct{ n int }

func (c Counter) Value() int { return c.n }
func (c *Counter) Add(d int) { c.n += d }

type Wrapper struct {
	Counter
	label string
}

func main() {
	c := Counter{1}
	val := c.Value
	add := c.Add
	add(10)
	fmt.Println(c.n, val(), c.Value())
	fv := Counter.Value
	fa := (*Counter).Add
	fa(&c, 5)
	fmt.Println(fv(c))
	w := Wrapper{Counter{100}, "w"}
	w.Add(1)
	fmt.Println(w.Value(), w.n, w.Counter.n)
	wv := Wrapper.Value
	fmt.Println(wv(w))
	wp := (*Wrapper).Add
	wp(&w, 9)
	fmt.Println(w.n)
	fs := []func() int{c.Value, w.Value, w.Counter.Value}
	c.n, w.n = -1, -1
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	cs := []Counter{{1}, {2}, {3}}
	for i := range cs {
		cs[i].Add(i * 100)
	}
	fmt.Println(cs)
	fmt.Printf("%T\n%T\n", Counter.Value, (*Counter).Add)
}
