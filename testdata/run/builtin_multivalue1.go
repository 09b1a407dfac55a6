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
func sl() ([]int, int)                { return []int{1}, 2 }
func sl3() ([]int, int, int)          { return []int{1}, 2, 3 }
func ifs() ([]interface{}, int, string) { return nil, 7, "seven" }
func pts() ([]pt, pt)                 { return []pt{{1, 2}}, pt{3, 4} }
func cp() ([]int, []int)              { return make([]int, 3), []int{5, 6} }
func bs() ([]byte, string)            { return []byte("ab"), "xyz" }
func nilp() (*int, error)             { return nil, nil }

var m = map[string]int{"a": 1, "b": 2, "c": 3}

func md() (map[string]int, string) { return m, "a" }

func arr() ([4]byte, int) { return [4]byte{9, 8, 7, 6}, 2 }

var calls int

func counted() (int, int) { calls++; return calls, calls * 10 }

type T struct{ n int }

func (t T) pair() (int, string) { return t.n, "n" }

func ptrLen() (unsafe.Pointer, int) {
	x := &[4]int16{10, 20, 30, 40}
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
	fmt.Println(complex(fl()), complex(fl32()))

	fmt.Println(append(sl()))
	fmt.Println(append(sl3()))
	fmt.Println(append(ifs()))
	fmt.Println(append(pts()))
	fmt.Println(append(bs2()))

	n := copy(cp())
	fmt.Println(n)
	d, s := cp()
	fmt.Println(copy(d, s), d)
	fmt.Println(copy(bs()))

	delete(md())
	fmt.Println(m)

	p := unsafe.Add(ptrLen())
	fmt.Println(*(*int16)(p))
	fmt.Println(unsafe.Slice(ptrOf()))

	// the call is made once, before the builtin
	println(counted())
	fmt.Println(calls)

	// deferred builtins applied to a multi-valued call evaluate the call at the defer
	defer println(counted())
	defer print(mixed())
	defer delete(md2())
	calls = 100
	fmt.Println(calls, len(m))
	b, i := arr()
	fmt.Println(b, i)
}

func bs2() ([]byte, byte, byte) { return []byte("x"), 'y', 'z' }

func ptrOf() (*int8, int) {
	a := [3]int8{1, -2, 3}
	return &a[0], 3
}

func md2() (map[string]int, string) { return m, "b" }
