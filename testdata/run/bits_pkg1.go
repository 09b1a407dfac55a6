package main

import (
	"fmt"
	"math/bits"
)

func main() {
	hi, lo := bits.Mul64(1<<63+5, 1<<40+3)
	fmt.Println(hi, lo)
	s, c := bits.Add64(1<<63, 1<<63, 1)
	fmt.Println(s, c)
	d, b := bits.Sub(0, 1, 0)
	fmt.Println(d, b)
	q, r := bits.Div64(1, 5, 7)
	fmt.Println(q, r, bits.Rem64(9, 9, 7), bits.ReverseBytes16(0x1234), bits.Len(255), bits.OnesCount64(1<<64-1))
	q32, r32 := bits.Div32(0, 100, 7)
	hi32, lo32 := bits.Mul32(1<<31, 6)
	fmt.Println(q32, r32, hi32, lo32)
	for _, f := range []func(){func() { bits.Div64(0, 1, 0) }, func() { bits.Div64(5, 1, 3) }, func() { bits.Div32(0, 1, 0) }} {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			f()
		}()
	}
	bits.Div(1, 0, 1)
}
