// Panics in compiled functions without deferred calls (their cached registers are not written
// back when a panic leaves them): callers that recover must see their own values intact, named
// results set before a panic in the recovering function itself must be returned, and values
// allocated while panics run deferred calls must stay intact.
package main

import "fmt"

type node struct {
	val  int
	next *node
}

// Many live values, a pointer among them, then a fault (no defers here).
func walk(n *node, k int) int {
	a, b, c, d := k, k*2, k*3, k*4
	s := 0
	for i := 0; i < 1000; i++ {
		s += a + b*i - c + d
		a, b, c, d = b, c, d, a+1
		if i == 999 && k%5 == 0 {
			n = nil
		}
	}
	return s + n.val // nil dereference when k%5 == 0
}

func idx(xs []int, i int) int { return xs[i] } // small: expanded into its caller

func sumAt(xs []int, is []int) int {
	t := 0
	for _, i := range is {
		t += idx(xs, i) // index out of range inside the expanded callee
	}
	return t
}

func div(a, b int) int { return a / b }

// The recovering function's own named result, set before the panic, is what it returns.
func safe(n *node, k int) (r int, err error) {
	r = k * 100
	defer func() {
		if e := recover(); e != nil {
			err = fmt.Errorf("recovered: %v", e)
		}
	}()
	r = walk(n, k)
	return r, nil
}

func safeSum(xs, is []int) (t int, msg string) {
	t = -1
	defer func() {
		if e := recover(); e != nil {
			msg = fmt.Sprint(e)
		}
	}()
	return sumAt(xs, is), "ok"
}

func safeDiv(a, b int) (q int, ok bool) {
	defer func() { recover() }()
	q = div(a, b)
	ok = true
	return
}

func main() {
	var list *node
	for i := 0; i < 50; i++ {
		list = &node{i, list}
	}
	keep := make([]*node, 0, 64)
	total := 0
	for k := 1; k <= 60; k++ {
		r, err := safe(list, k)
		if err != nil {
			total += k
			keep = append(keep, &node{k, list})
		} else {
			total += r % 1000
		}
		if k%20 == 0 {
			fmt.Println(k, r, err, total)
		}
	}
	xs := []int{1, 2, 3, 4, 5}
	for j := 0; j < 60; j++ {
		is := []int{0, 1, 2, j % 7}
		t, msg := safeSum(xs, is)
		if j%10 == 3 || j%10 == 5 {
			fmt.Println(j, t, msg)
		}
	}
	for j := 0; j < 60; j++ {
		q, ok := safeDiv(100, j%4)
		if j%15 == 0 || j%15 == 1 {
			fmt.Println(j, q, ok)
		}
	}
	s := 0
	for _, n := range keep {
		for m := n; m != nil; m = m.next {
			s += m.val
		}
	}
	fmt.Println(len(keep), s)
	fmt.Println(walk(list, 3) == walk(list, 3))
	fmt.Println(walk(list, 10))
}
