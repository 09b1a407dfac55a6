// Map keys of interface type with different dynamic types print in the order of
// their type descriptors (internal/fmtsort), which Go's linker sorts by size, then name.
package main

import "fmt"

type T struct{ A, B int }

func (T) M()  {}
func (T) N()  {}
func (*T) P() {}

type U int

type S struct{ X string }

type F func(int) int

func main() {
	t := &T{1, 2}
	m := map[interface{}]int{
		1: 1, "a": 2, 2.5: 3, true: 4, int8(5): 5, uint(6): 6, U(7): 7,
		T{1, 2}: 8, S{"s"}: 9, [2]int{1, 2}: 10, struct{}{}: 11, t: 12,
		[3]string{"x"}: 13, complex(1, 2): 14, 'r': 15, byte(16): 16,
		struct{ A, B, C int }{1, 2, 3}: 17, [1]T{}: 18, int64(19): 19,
	}
	fmt.Println(len(m))
	// the pointer key's address differs from run to run: print the others
	delete(m, t)
	fmt.Println(m)
	var e error
	m2 := map[any]string{nil: "nil", e: "nil2", 0: "zero", "": "empty", false: "f"}
	fmt.Println(m2)
}
