package main

import "fmt"

func main() {
	var a int8 = 127
	a++
	fmt.Println("int8 127+1 =", a)
	var b int8 = -128
	b--
	fmt.Println("int8 -128-1 =", b)
	var c uint8 = 255
	c++
	fmt.Println("uint8 255+1 =", c)
	var d uint8 = 0
	d--
	fmt.Println("uint8 0-1 =", d)
	var e int16 = 32767
	e += 10
	fmt.Println("int16 32767+10 =", e)
	var f uint16 = 65535
	f *= 3
	fmt.Println("uint16 65535*3 =", f)
	var g int32 = 2147483647
	g++
	fmt.Println("int32 max+1 =", g)
	var h uint32 = 1 << 31
	h *= 2
	fmt.Println("uint32 2^31*2 =", h)
	var i int64 = 9223372036854775807
	i++
	fmt.Println("int64 max+1 =", i)
	var j uint64 = 0
	j--
	fmt.Println("uint64 0-1 =", j)
	var k int8 = -128
	k = -k
	fmt.Println("-(-128) int8 =", k)
	var m int8 = 100
	m = m * 3
	fmt.Println("int8 100*3 =", m)
	for _, v := range []int{200, 300, -1, -129, 1000} {
		fmt.Println(v, int8(v), uint8(v), int16(v), uint16(v))
	}
}
