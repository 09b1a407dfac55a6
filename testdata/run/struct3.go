package main

import "fmt"

type Node struct {
	Val   int
	Left  *Node
	Right *Node
}

type Pair struct {
	K string
	V interface{}
}

type Inner struct{ A, B int }
type Outer struct {
	I   Inner
	P   *Inner
	S   []int
	M   map[string]int
	F   float64
	Str string
	Ok  bool
	E   error
}

func main() {
	n := &Node{Val: 1, Left: &Node{Val: 2}}
	fmt.Println(n.Val, n.Left.Val, n.Right == nil, n.Left.Left == nil)
	ps := []Pair{{"a", 1}, {"b", "two"}, {"c", nil}, {"d", 3.5}, {"e", []string{"x"}}}
	for _, p := range ps {
		fmt.Printf("%v|%+v\n", p, p)
	}
	o := Outer{I: Inner{1, 2}, S: []int{1, 2}, M: map[string]int{"k": 1}, F: 2.5, Str: "s", Ok: true}
	fmt.Printf("%v\n%+v\n", o, o)
	var o2 Outer
	fmt.Printf("%v\n%+v\n", o2, o2)
	type T struct {
		a int
		b string
	}
	t := T{1, "x"}
	fmt.Printf("%v %+v %#v\n", t, t, t)
	arr := [2]T{}
	fmt.Printf("%v %+v\n", arr, arr)
	fmt.Printf("%#v %#v %#v\n", []int{1, 2}, map[string]int{"a": 1}, "q")
}
