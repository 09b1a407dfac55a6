package main

import "fmt"

type Counter struct {
	name  string
	count int
}

func (c *Counter) Inc()          { c.count++ }
func (c Counter) Get() int       { return c.count }
func (c Counter) String() string { return fmt.Sprintf("%s=%d", c.name, c.count) }

type Registry struct {
	counters map[string]*Counter
	order    []string
}

func NewRegistry() *Registry {
	return &Registry{counters: map[string]*Counter{}}
}

func (r *Registry) Get(name string) *Counter {
	if c, ok := r.counters[name]; ok {
		return c
	}
	c := &Counter{name: name}
	r.counters[name] = c
	r.order = append(r.order, name)
	return c
}

func main() {
	r := NewRegistry()
	for _, w := range []string{"a", "b", "a", "c", "a", "b"} {
		r.Get(w).Inc()
	}
	for _, n := range r.order {
		fmt.Println(r.counters[n], r.counters[n].Get())
	}
	c := Counter{"solo", 0}
	c.Inc()
	c.Inc()
	fmt.Println(c, &c, c.Get())
	fmt.Printf("%v %s %d\n", c, c, c.count)
	cs := []Counter{{"x", 1}, {"y", 2}}
	fmt.Println(cs)
	cps := []*Counter{{"p", 5}}
	fmt.Println(cps[0], len(cps))
}
