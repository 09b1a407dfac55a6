package main

import "fmt"

const (
	Pi2    = 3.14159265358979323846264338327950288 * 2
	Huge   = 1 << 200
	Small  = Huge >> 198
	Str    = "hello" + ", " + "world"
	Len    = len(Str)
	IsTrue = Len > 5 && Small == 4
	Mask   = ^uint8(0)
	Neg    = -5 / 2
	NegMod = -5 % 3
	Typed  int16 = 300
	R      = 'x'
)

func main() {
	fmt.Println(Pi2, Small, Str, Len, IsTrue, Mask, Neg, NegMod, Typed, R)
	fmt.Printf("%T %T %T %T %T\n", Pi2, Small, Str, Mask, R)
	var f32 float32 = Pi2
	fmt.Println(f32)
	const third = 1.0 / 3.0
	fmt.Println(third+third+third == 1, float32(third))
	var i = 7 / 2
	var fl = 7 / 2.0
	fmt.Println(i, fl)
	const c = 10
	var b byte = c * 25
	fmt.Println(b)
	fmt.Println(Huge/Huge, Huge%7)
}
