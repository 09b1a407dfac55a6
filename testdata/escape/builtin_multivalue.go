package main

import (
	"fmt"
	"unsafe"
)

type pt struct{ x, y int }

func two() (int, int)                 { return 3, 4 }
func mixed() (bool, string, float64)  { return true, "s", 2.5 }
func fl() (float64, float64)          { return 1.5, 2 }
func fl32() (float32, float32)        { return 0.25, -8 }
func sl() ([]int, int)                { return []int{1}, 2 } // ERROR "\[\]int\{\.\.\.\} escapes to heap"
func sl3() ([]int, int, int)          { return []int{1}, 2, 3 } // ERROR "\[\]int\{\.\.\.\} escapes to heap"
func ifs() ([]interface{}, int, string) { return nil, 7, "seven" }
func pts() ([]pt, pt)                 { return []pt{{1, 2}}, pt{3, 4} } // ERROR "\[\]pt\{\.\.\.\} escapes to heap"
func cp() ([]int, []int)              { return make([]int, 3), []int{5, 6} } // ERROR "make\(\[\]int, 3\) escapes to heap" "\[\]int\{\.\.\.\} escapes to heap"
func bs() ([]byte, string)            { return []byte("ab"), "xyz" } // ERROR "\(\[\]byte\)\(\"ab\"\) escapes to heap"
func nilp() (*int, error)             { return nil, nil }

var m = map[string]int{"a": 1, "b": 2, "c": 3} // ERROR "map\[string\]int\{\.\.\.\} escapes to heap"

func md() (map[string]int, string) { return m, "a" }

func arr() ([4]byte, int) { return [4]byte{9, 8, 7, 6}, 2 }

var calls int

func counted() (int, int) { calls++; return calls, calls * 10 }

type T struct{ n int }

func (t T) pair() (int, string) { return t.n, "n" }

func ptrLen() (unsafe.Pointer, int) {
	x := &[4]int16{10, 20, 30, 40} // ERROR "&\[4\]int16\{\.\.\.\} escapes to heap"
	return unsafe.Pointer(&x[0]), 3
}

func main() {
	print(two())
	println()
	println(two())
	println(mixed())
	println(nilp())
	println(T{5}.pair())
	println(complex(fl()))
	c64 := complex(fl32())
	println(c64, real(c64), imag(c64))
	fmt.Println(complex(fl()), complex(fl32())) // ERROR "\.\.\. argument does not escape" "complex\(\.autotmp_16, \.autotmp_17\) escapes to heap" "complex\(\.autotmp_18, \.autotmp_19\) escapes to heap"

	fmt.Println(append(sl())) // ERROR "\.\.\. argument does not escape" "append\(sl\(\)\) escapes to heap"
	fmt.Println(append(sl3())) // ERROR "\.\.\. argument does not escape" "append\(sl3\(\)\) escapes to heap"
	fmt.Println(append(ifs())) // ERROR "\.\.\. argument does not escape" "append\(ifs\(\)\) escapes to heap" "\.autotmp_26 escapes to heap" "\.autotmp_27 escapes to heap"
	fmt.Println(append(pts())) // ERROR "\.\.\. argument does not escape" "append\(pts\(\)\) escapes to heap"
	fmt.Println(append(bs2())) // ERROR "\.\.\. argument does not escape" "append\(bs2\(\)\) escapes to heap"

	n := copy(cp())
	fmt.Println(n) // ERROR "\.\.\. argument does not escape" "n escapes to heap"
	d, s := cp()
	fmt.Println(copy(d, s), d) // ERROR "\.\.\. argument does not escape" "copy\(d, s\) escapes to heap" "d escapes to heap"
	fmt.Println(copy(bs())) // ERROR "\.\.\. argument does not escape" "copy\(\.autotmp_38, \.autotmp_39\) escapes to heap"

	delete(md())
	fmt.Println(m) // ERROR "\.\.\. argument does not escape"

	p := unsafe.Add(ptrLen())
	fmt.Println(*(*int16)(p)) // ERROR "\.\.\. argument does not escape" "\*\(\*int16\)\(p\) escapes to heap"
	fmt.Println(unsafe.Slice(ptrOf())) // ERROR "\.\.\. argument does not escape" "unsafe\.Slice\(\.autotmp_45, \.autotmp_46\) escapes to heap"

	// the call is made once, before the builtin
	println(counted())
	fmt.Println(calls) // ERROR "\.\.\. argument does not escape" "calls escapes to heap"

	// deferred builtins applied to a multi-valued call evaluate the call at the defer
	defer println(counted())
	defer print(mixed())
	defer delete(md2())
	calls = 100
	fmt.Println(calls, len(m)) // ERROR "\.\.\. argument does not escape" "calls escapes to heap" "len\(m\) escapes to heap"
	b, i := arr()
	fmt.Println(b, i) // ERROR "\.\.\. argument does not escape" "b escapes to heap" "i escapes to heap"
}

func bs2() ([]byte, byte, byte) { return []byte("x"), 'y', 'z' } // ERROR "\(\[\]byte\)\(\"x\"\) escapes to heap"

func ptrOf() (*int8, int) {
	a := [3]int8{1, -2, 3} // ERROR "moved to heap: a"
	return &a[0], 3
}

func md2() (map[string]int, string) { return m, "b" }
