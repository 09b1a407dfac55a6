package main

import "fmt"

func main() {
	var u8 uint8 = 200
	var i8 int8 = int8(u8)
	fmt.Println(u8+u8, u8*2, i8, -i8, i8/3, i8%7)
	var u uint = 3
	var v uint = 5
	fmt.Println(u-v, int(u-v), u-v+10)
	var u32 uint32 = 0xFFFFFFFF
	fmt.Println(u32+1, u32*u32, u32>>16, u32<<4)
	var i16 int16 = -300
	fmt.Println(uint8(i16), int8(i16), uint16(i16), i16*i16)
	x := int64(1) << 62
	fmt.Println(x*2, x*4, -x*2)
	var b byte = 'a'
	b += 25
	fmt.Println(b, string(b), b+10)
	var r rune = 0x7FFFFFFF
	r++
	fmt.Println(r)
	fmt.Println(^uint(0)>>1 == uint(int(^uint(0)>>1)), ^0, ^uint16(1))
	var acc uint16
	for i := 0; i < 1000; i++ {
		acc += uint16(i * i)
	}
	fmt.Println(acc)
	m := -7
	fmt.Println(m>>1, uint(m)>>60, m<<60)
}
