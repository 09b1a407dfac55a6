package main

import "fmt"

type Handler func(string) string

func chain(hs ...Handler) Handler {
	return func(s string) string {
		for _, h := range hs {
			s = h(s)
		}
		return s
	}
}

func main() {
	prefix := ">"
	h := chain(
		func(s string) string { return prefix + s },
		func(s string) string { return s + "!" },
	)
	fmt.Println(h("go"))
	prefix = ">>"
	fmt.Println(h("go"))
	total := 0
	for i := 1; i <= 3; i++ {
		func() {
			total += i
		}()
	}
	fmt.Println(total)
	var ptrs []*int
	for i := 0; i < 3; i++ {
		ptrs = append(ptrs, &i)
	}
	for _, p := range ptrs {
		fmt.Print(*p, " ")
	}
	fmt.Println()
	m := map[string]func(int, int) int{
		"add": func(a, b int) int { return a + b },
		"sub": func(a, b int) int { return a - b },
		"mul": func(a, b int) int { return a * b },
	}
	for _, k := range []string{"add", "sub", "mul"} {
		fmt.Println(k, m[k](7, 3))
	}
	var nilf func()
	fmt.Println(nilf == nil, m["div"] == nil)
	x := 0
	incr := func() int { x++; return x }
	fmt.Println(incr()+incr()*10, x)
}
