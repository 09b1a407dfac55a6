package main

import (
	"fmt"
	"runtime"
)

// Conversions Go does without copying (walk/order.go, walk/switch.go): ranging over
// []byte(s) (OSTR2BYTESTMP), string(b) operands of a concatenation that has a non-empty
// literal operand, of a comparison, a switch tag whose cases are side-effect free, and a map
// index (OBYTES2STRTMP). The conversions here are long (more than the 32-byte stack buffer),
// so each copy would be a heap allocation; the Mallocs deltas are Go's.

var ms runtime.MemStats

func mallocs() uint64 {
	runtime.ReadMemStats(&ms)
	return ms.Mallocs
}

var sink string
var n int

//go:noinline
func rangeBytes(s string) {
	for i, c := range []byte(s) {
		n += i + int(c)
	}
}

//go:noinline
func rangeBytesKeyOnly(s string) {
	for i := range []byte(s) {
		n += i
	}
}

//go:noinline
func concatLit(b []byte) {
	sink = "<" + string(b) + ">" // one allocation: the result
}

//go:noinline
func concatNoLit(b, c []byte) {
	sink = string(b) + string(c) // no non-empty literal: both conversions copy
}

//go:noinline
func concatEmptyLit(b []byte) {
	sink = "" + string(b) // the empty literal does not count
}

//go:noinline
func switchTag(b []byte) {
	switch string(b) {
	case "a":
		n++
	case "this is a rather long case string, longer than 32 bytes":
		n += 2
	}
}

func f() string { n++; return "x" }

//go:noinline
func switchCall(b []byte) {
	switch string(b) { // a case with a call: the conversion copies
	case f():
		n++
	}
}

//go:noinline
func compare(b, c []byte) {
	if string(b) == "x" || string(b) < string(c) {
		n++
	}
}

//go:noinline
func mapIndex(m map[string]int, b []byte) {
	n += m[string(b)]
	if v, ok := m[string(b)]; ok {
		n += v
	}
}

func main() {
	long := "0123456789012345678901234567890123456789-0123456789"
	b := []byte(long)
	c := []byte(long + "!")
	m := map[string]int{long: 1}
	var d [12]uint64
	d[0] = mallocs()
	rangeBytes(long)
	d[1] = mallocs()
	rangeBytesKeyOnly(long)
	d[2] = mallocs()
	concatLit(b)
	d[3] = mallocs()
	concatNoLit(b, c)
	d[4] = mallocs()
	concatEmptyLit(b)
	d[5] = mallocs()
	switchTag(b)
	d[6] = mallocs()
	switchCall(b)
	d[7] = mallocs()
	compare(b, c)
	d[8] = mallocs()
	mapIndex(m, b)
	d[9] = mallocs()
	for i := 1; i <= 9; i++ {
		fmt.Print(d[i]-d[i-1], " ")
	}
	fmt.Println()
	fmt.Println(n, len(sink))
}
