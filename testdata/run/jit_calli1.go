// JIT: interface calls expanded in place for the one dynamic type seen so far (a guarded
// speculation); later calls with other types, nil receivers and panics inside the expanded
// method must behave exactly as ordinary calls.
package main

import (
	"fmt"
	"sort"
)

type Shape interface{ Area() int }

type Sq struct{ s int }

func (q Sq) Area() int { return q.s * q.s }

type Rect struct{ w, h int }

func (r *Rect) Area() int { return r.w * r.h }

type Tab []int

func (t Tab) Area() int { return t[len(t)-1] }

func total(xs []Shape) int {
	n := 0
	for _, x := range xs {
		n += x.Area()
	}
	return n
}

func try(xs []Shape) (n int, err string) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Sprint(r)
		}
	}()
	return total(xs), ""
}

func main() {
	var xs []Shape
	for i := 0; i < 50; i++ {
		xs = append(xs, Sq{i})
	}
	for k := 0; k < 20; k++ {
		fmt.Println(try(xs))
	}
	xs = append(xs, &Rect{3, 4}, Tab{1, 2, 3})
	fmt.Println(try(xs))
	xs = append(xs, Tab{})
	fmt.Println(try(xs))
	var np *Sq
	xs = []Shape{Sq{2}, np}
	fmt.Println(try(xs))
	a := sort.IntSlice{5, 2, 8, 1, 9, 3}
	for k := 0; k < 30; k++ {
		sort.Sort(sort.Reverse(a))
		sort.Sort(a)
	}
	fmt.Println(a)
	var nilRect *Rect
	fmt.Println(total([]Shape{Sq{1}, Sq{2}, nilRect}))
}
