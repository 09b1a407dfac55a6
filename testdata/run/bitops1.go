package main

import "fmt"

func main() {
	a, b := 0b1100_1010, 0b1010_0110
	fmt.Printf("a=%08b b=%08b\n", a, b)
	fmt.Printf("a&b =%08b\n", a&b)
	fmt.Printf("a|b =%08b\n", a|b)
	fmt.Printf("a^b =%08b\n", a^b)
	fmt.Printf("a&^b=%08b\n", a&^b)
	fmt.Printf("^a  =%b\n", ^a)
	var u uint8 = 0xF0
	fmt.Printf("^u  =%08b %d\n", ^u, ^u)
	fmt.Println(1<<10, 1<<62, -1<<3, 255>>4)
	var s uint = 3
	x := 5
	fmt.Println(x<<s, x>>s, x<<(s*10))
	var i32 int32 = 1
	fmt.Println(i32<<31, i32<<32)
	var u64 uint64 = 1
	fmt.Println(u64<<63, u64<<64, (u64<<63)>>62)
	var neg int16 = -32768
	fmt.Println(neg>>15, neg>>3, uint16(neg)>>15)
	count := 0
	for v := uint32(0xDEADBEEF); v != 0; v &= v - 1 {
		count++
	}
	fmt.Println("popcount", count)
	fmt.Printf("%x %X %o %O\n", 0xDEADBEEF, 0xdeadbeef, 0755, 0755)
}
