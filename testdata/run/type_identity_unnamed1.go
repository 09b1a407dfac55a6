// Unnamed types are identical when structurally identical: byte is uint8, rune is int32, and
// struct, array, func and interface literals written twice are one type at run time.
package main

import "fmt"

func f() interface{} { return struct{ A int }{1} }

type key struct{ a, b int }

func main() {
	v, ok := f().(struct{ A int })
	fmt.Println(v, ok)
	var i interface{} = struct{}{}
	_, ok = i.(struct{})
	fmt.Println(ok, i == struct{}{})
	var x interface{} = []byte("hi")
	b, ok := x.([]uint8)
	fmt.Println(b, ok)
	m := map[interface{}]int{[2]byte{1, 2}: 1, struct{ X, Y int }{1, 2}: 2}
	fmt.Println(m[[2]uint8{1, 2}], m[struct{ X, Y int }{1, 2}], fmt.Sprintf("%T %T %T", x, rune(1), map[rune][]byte{}))
	var fn interface{} = func(byte) rune { return 0 }
	_, ok = fn.(func(uint8) int32)
	fmt.Println(ok)
	var s interface{} = struct{ B byte }{1}
	_, ok = s.(struct{ B uint8 })
	fmt.Println(ok)
	switch s.(type) {
	case struct{ B int8 }:
		fmt.Println("int8")
	case struct{ B uint8 }:
		fmt.Println("uint8")
	}
	var y interface{} = byte(1)
	switch y.(type) {
	case uint8:
		fmt.Println("byte is uint8")
	}
	var r interface{} = 'x'
	_, ok = r.(int32)
	fmt.Println(ok, y == interface{}(uint8(1)))
	var p interface{} = &struct{ k key }{}
	_, ok = p.(*struct{ k key })
	fmt.Println(ok)
}
