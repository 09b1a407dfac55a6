package main

// Key kinds: interfaces (dynamic type is part of the key), structs and arrays (field by field,
// blank fields ignored), pointers (identity), strings; unhashable dynamic types panic with Go's
// runtime error text; comparing uncomparable interface values panics too.

import (
	"errors"
	"fmt"
)

type P struct {
	X, Y int
}

type Named int

type WithBlank struct {
	A int
	_ int
	B string
}

type S struct {
	Name string
	V    interface{}
}

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: panic: %v\n", name, r)
			if e, ok := r.(error); ok {
				fmt.Printf("%s: error text %q\n", name, e.Error())
			}
		}
	}()
	f()
}

func main() {
	im := map[interface{}]string{}
	im[1] = "int 1"
	im[int64(1)] = "int64 1"
	im[Named(1)] = "Named 1"
	im[uint8(1)] = "uint8 1"
	im["1"] = "string 1"
	im[P{1, 2}] = "P{1,2}"
	im[[2]int{1, 2}] = "[2]int{1,2}"
	im[nil] = "nil"
	im[true] = "true"
	fmt.Println(len(im))
	fmt.Println(im[1], "|", im[int64(1)], "|", im[Named(1)], "|", im[uint8(1)], "|", im["1"])
	fmt.Println(im[P{1, 2}], "|", im[[2]int{1, 2}], "|", im[nil], "|", im[true], "|", im[false] == "")
	var e1 error = errors.New("x")
	im[e1] = "error"
	fmt.Println(im[e1], len(im))
	delete(im, Named(1))
	_, ok := im[Named(1)]
	fmt.Println(ok, len(im))

	am := map[[3]string]int{}
	am[[3]string{"a", "b", "c"}] = 1
	am[[3]string{"a", "b", "c"}]++
	am[[3]string{"a", "bc", ""}] = 7
	am[[3]string{"ab", "c", ""}] = 8
	fmt.Println(len(am), am[[3]string{"a", "b", "c"}], am[[3]string{"a", "bc", ""}], am[[3]string{"ab", "c", ""}])

	bm := map[WithBlank]int{}
	bm[WithBlank{A: 1, B: "x"}] = 1
	w := WithBlank{A: 1, B: "x"}
	bm[w] += 10
	fmt.Println(len(bm), bm[w])

	nested := map[S]int{}
	nested[S{"a", 1}] = 1
	nested[S{"a", "1"}] = 2
	nested[S{"a", P{1, 1}}] = 3
	fmt.Println(len(nested), nested[S{"a", 1}], nested[S{"a", "1"}], nested[S{"a", P{1, 1}}])

	pm := map[*P]int{}
	p1, p2 := &P{1, 1}, &P{1, 1}
	pm[p1], pm[p2] = 1, 2
	fmt.Println(len(pm), pm[p1], pm[p2])

	try("slice key", func() { im[[]int{1}] = "x" })
	try("map key", func() { im[map[string]int{}] = "x" })
	try("func key", func() { im[func() {}] = "x" })
	try("struct with slice", func() { nested[S{"b", []byte("x")}] = 1 })
	try("lookup slice", func() { _ = im[[]string{"a"}] })
	try("delete slice", func() { delete(im, []int{}) })
	try("array of iface", func() {
		m := map[[1]interface{}]int{}
		m[[1]interface{}{[]int{}}] = 1
	})
	var x, y interface{} = []int{1}, []int{1}
	try("compare", func() { fmt.Println(x == y) })
	var s1, s2 interface{} = S{"a", map[int]int{}}, S{"a", map[int]int{}}
	try("compare struct", func() { fmt.Println(s1 == s2) })
	// Different dynamic types compare unequal without panicking.
	var a, b interface{} = []int{1}, 1
	fmt.Println(a == b)
	// A nil map of an unhashable key: lookup still hashes and panics.
	var nilm map[interface{}]int
	try("nil map lookup", func() { _ = nilm[[]int{}] })
	fmt.Println(len(im))
}
