// Returns as the code generator emits them without defers: values moved straight into the result
// registers, which overlap the parameters (swaps, mixed widths, results that are parameters).
package main

import "fmt"

func swap(a, b int) (int, int)              { return b, a }
func rot(a, b, c int) (int, int, int)       { return c, a, b }
func mixed(s string, n int) (int, string)   { return n, s }
func mixed2(n int, s string) (string, int)  { return s, n + len(s) }
func same(a, b int) (int, int)              { return a, a + b }
func named(a, b int) (x, y int)             { x, y = b, a; return }
func namedExpr(a, b int) (x, y int)         { x = 1; return b, x + a }
func pair() (int, int)                      { return 1, 2 }
func fwd() (int, int)                       { return pair() }
func slices(a, b []int) ([]int, []int, int) { return b[:1], a, len(a) + len(b) }
func deferred(a, b int) (x, y int) {
	defer func() { x *= 10 }()
	return b, a
}

func main() {
	fmt.Println(swap(1, 2))
	fmt.Println(rot(1, 2, 3))
	fmt.Println(mixed("s", 5))
	fmt.Println(mixed2(5, "str"))
	fmt.Println(same(3, 4))
	fmt.Println(named(1, 2))
	fmt.Println(namedExpr(5, 6))
	fmt.Println(fwd())
	fmt.Println(slices([]int{1, 2}, []int{3, 4, 5}))
	fmt.Println(deferred(1, 2))
}
