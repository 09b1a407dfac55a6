package main

import (
	"fmt"
	"runtime"
)

// Interface conversions as Go 1.19 makes them (runtime/iface.go convT16/32/64, convTstring,
// convTslice, convT, convTnoptr; the compiler's dataWord): which ones call mallocgc.

var ms runtime.MemStats

func mallocs() uint64 {
	runtime.ReadMemStats(&ms)
	return ms.Mallocs
}

type Small struct{ a, b int32 }
type Big struct{ a, b, c int }
type WithPtr struct {
	p *int
	n int
}
type MyInt int
type Wrapped struct{ s string }
type Empty struct{}
type Bytes [1]byte

var (
	sink  [40]interface{}
	gint  int
	x     = 5
	eq    int
)

//go:noinline
func conv(i int, v interface{}) { sink[i] = v }

func main() {
	var d [40]uint64
	var i16 int16 = 255
	var i16b int16 = 256
	var u32 uint32 = 7
	var u32b uint32 = 1 << 20
	var f32 float32 = 0
	var f32b float32 = 1.5
	var f64 float64 = 0
	var f64b float64 = 2.5
	var mi MyInt = 300
	var by byte = 200
	var sl []int
	sl2 := make([]int, 3)
	str := "s"
	empty := ""
	sm := Small{1, 2}
	bg := Big{1, 2, 3}
	wp := WithPtr{&x, 1}
	wr := Wrapped{"w"}
	var bs Bytes
	p := &gint
	var fn func()
	m := map[int]int{}
	n := 0
	d[n] = mallocs()
	n++
	conv(0, i16) // convT16 < 256: staticuint64s
	d[n] = mallocs()
	n++
	conv(1, i16b) // convT16: 2 bytes
	d[n] = mallocs()
	n++
	conv(2, u32) // convT32 small
	d[n] = mallocs()
	n++
	conv(3, u32b) // convT32
	d[n] = mallocs()
	n++
	conv(4, f32) // float32 bits 0
	d[n] = mallocs()
	n++
	conv(5, f32b)
	d[n] = mallocs()
	n++
	conv(6, f64) // float64 bits 0
	d[n] = mallocs()
	n++
	conv(7, f64b)
	d[n] = mallocs()
	n++
	conv(8, mi) // named int >= 256
	d[n] = mallocs()
	n++
	conv(9, by) // byte: staticuint64s
	d[n] = mallocs()
	n++
	conv(10, sl) // nil slice: zeroVal
	d[n] = mallocs()
	n++
	conv(11, sl2) // convTslice
	d[n] = mallocs()
	n++
	conv(12, str) // convTstring
	d[n] = mallocs()
	n++
	conv(13, empty) // empty string: zeroVal
	d[n] = mallocs()
	n++
	conv(14, sm) // 8-byte struct without pointers: convT64
	d[n] = mallocs()
	n++
	conv(15, bg) // convTnoptr
	d[n] = mallocs()
	n++
	conv(16, wp) // convT
	d[n] = mallocs()
	n++
	conv(17, wr) // sole component string: convTstring
	d[n] = mallocs()
	n++
	conv(18, Empty{}) // zero size: zerobase
	d[n] = mallocs()
	n++
	conv(19, bs) // [1]byte: staticuint64s
	d[n] = mallocs()
	n++
	conv(20, p) // pointer-shaped: no box
	d[n] = mallocs()
	n++
	conv(21, fn) // func: pointer-shaped
	d[n] = mallocs()
	n++
	conv(22, m) // map: pointer-shaped
	d[n] = mallocs()
	n++
	conv(23, 123456) // constant: read-only static
	d[n] = mallocs()
	n++
	conv(24, "constant")
	d[n] = mallocs()
	n++
	conv(25, 2.75)
	d[n] = mallocs()
	n++
	conv(26, MyInt(999))
	d[n] = mallocs()
	n++
	if sink[8] == mi { // mixed interface/concrete comparison: no box
		eq++
	}
	if sink[16] != wp {
		eq++
	}
	d[n] = mallocs()
	n++
	for k := 1; k < n; k++ {
		fmt.Print(d[k]-d[k-1], " ")
	}
	fmt.Println()
	fmt.Println(sink[1], sink[3], sink[5], sink[7], sink[8], sink[9], sink[11], sink[12], sink[14], sink[15], sink[17], sink[18], sink[23], sink[24], sink[25], sink[26], eq)
}
