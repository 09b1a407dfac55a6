// Defined types declared in terms of each other before the struct they end in is complete
// (Go's test/fixedbugs/bug336.go shape): each has the struct's underlying type.
package main

import "fmt"

type T3 struct {
	Next *T4
	N    int
}

type T4 T5
type T5 T6
type T6 T3

type T18 *[2]T19
type T19 T18

func main() {
	a := &T3{&T4{nil, 2}, 1}
	b := &T5{&T4{}, 3}
	c := T6(*a)
	fmt.Println(a.N, a.Next.N, b.N, c.N, c.Next.N)
	fmt.Printf("%T %T %v\n", *a.Next, c, T4(c).N)
	arr := &[2]T19{}
	p := T18(arr)
	p[1] = T19(arr)
	fmt.Println(p[0] == nil, p[1] != nil)
}
