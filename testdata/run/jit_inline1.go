// JIT inlining of small callees (get, deref, div): panics inside them, recovered or not, behave as calls.
package main

import "fmt"

type P struct{ x, y int }

func get(a []int, i int) int { return a[i] }

func deref(p *P) int { return p.x + p.y }

func div(a, b int) int { return a / b }

func sum(a []int) (s int) {
	for i := 0; i <= len(a); i++ {
		s += get(a, i)
	}
	return
}

func safe(f func()) (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint(r)
		}
	}()
	f()
	return "ok"
}

func main() {
	a := []int{1, 2, 3}
	t := 0
	for k := 0; k < 100; k++ {
		t += get(a, k%3) + div(k, 3)
		var p *P
		if k < 99 {
			p = &P{k, 1}
		}
		fmt.Println(safe(func() { t += deref(p) }))
		fmt.Println(safe(func() { t += div(k, k%5) }))
	}
	fmt.Println(t)
	fmt.Println(sum(a))
}
