package main 

import (
	"fmt"
	"sort"
	"strings"
)

type Middleware func(func(string) string) func(string) string

func logging(log *[]string) Middleware {
	return func(next func(string) string) func(string) string {
		return func(s string) string {
			*log = append(*log, "in:"+s)
			r := next(s)
			*log = append(*log, "out:"+r)
			return r
		}
	}
}

func upper(next func(string) string) func(string) string {
	return func(s string) string { return next(strings.ToUpper(s)) }
}

func main() {
	var log []string
	h := func(s string) string { return "<" + s + ">" }
	for _, m := range []Middleware{upper, logging(&log)} {
		h = m(h)
	}
	fmt.Println(h("hi"), h("yo"))
	fmt.Println(log)
	people := []struct {
		name string
		age  int
	}{{"a", 30}, {"b", 20}, {"c", 25}}
	by := func(less func(i, j int) bool) { sort.Slice(people, less) }
	by(func(i, j int) bool { return people[i].age < people[j].age })
	fmt.Println(people)
	by(func(i, j int) bool { return people[i].name > people[j].name })
	fmt.Println(people)
	var stack []func()
	for i := 0; i < 3; i++ {
		stack = append(stack, func() { fmt.Print("i=", i, " ") })
	}
	for _, f := range stack {
		f()
	}
	fmt.Println()
	x := 10
	double := func() { x *= 2 }
	double()
	func() { x++ }()
	fmt.Println(x)
	gen := func() func() (int, bool) {
		data := []int{3, 1, 4}
		i := 0
		return func() (int, bool) {
			if i >= len(data) {
				return 0, false
			}
			i++
			return data[i-1], true
		}
	}()
	for v, ok := gen(); ok; v, ok = gen() {
		fmt.Print(v, ",")
	}
	fmt.Println()
}
