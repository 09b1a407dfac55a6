package main

// unsafe.Pointer conversions and reinterpretation: *T <-> unsafe.Pointer <-> uintptr, byte-slice
// to string without copying, unsafe.Slice over arrays and strings' bytes, unsafe.Add walks.

import (
	"fmt"
	"unsafe"
)

type hdr struct {
	data unsafe.Pointer
	len  int
	cap  int
}

type pair struct {
	lo, hi uint32
}

func main() {
	b := []byte("hello, world")
	s := *(*string)(unsafe.Pointer(&b))
	fmt.Println(s, len(s))
	b[0] = 'J' // the string shares b's bytes
	fmt.Println(s)

	h := (*hdr)(unsafe.Pointer(&b))
	fmt.Println(h.len, h.cap == cap(b), h.data == unsafe.Pointer(&b[0]))

	// A string's bytes as a slice (read only).
	str := "gopher"
	bs := unsafe.Slice((*byte)(*(*unsafe.Pointer)(unsafe.Pointer(&str))), len(str))
	fmt.Println(bs, string(bs[2:4]))

	// Reinterpret a uint64 as two uint32 halves (little endian).
	x := uint64(0x1122334455667788)
	pr := (*pair)(unsafe.Pointer(&x))
	fmt.Printf("%#x %#x\n", pr.lo, pr.hi)
	pr.hi = 0xAABBCCDD
	fmt.Printf("%#x\n", x)

	// Float bits.
	f := 1.5
	fmt.Printf("%#x\n", *(*uint64)(unsafe.Pointer(&f)))

	// Walk an array with unsafe.Add and uintptr arithmetic.
	arr := [5]int16{10, 20, 30, 40, 50}
	p := unsafe.Pointer(&arr[0])
	sum := int16(0)
	for i := 0; i < len(arr); i++ {
		sum += *(*int16)(unsafe.Add(p, i*int(unsafe.Sizeof(arr[0]))))
	}
	fmt.Println(sum)
	last := (*int16)(unsafe.Pointer(uintptr(p) + 4*unsafe.Sizeof(arr[0])))
	fmt.Println(*last)
	back := unsafe.Add(unsafe.Pointer(last), -2)
	fmt.Println(*(*int16)(back))

	// unsafe.Slice views and their capacity.
	view := unsafe.Slice(&arr[1], 3)
	fmt.Println(view, len(view), cap(view))
	view[0] = 99
	fmt.Println(arr)
	view = append(view, 7) // cap 3: reallocates, arr unchanged
	fmt.Println(arr, view)
	var u8 uint8 = 2
	fmt.Println(unsafe.Slice(&arr[3], u8))
	var np *int
	e := unsafe.Slice(np, 0)
	fmt.Println(e == nil, len(e))

	// Pointers round-trip through uintptr and compare equal.
	q := &arr[2]
	fmt.Println((*int16)(unsafe.Pointer(uintptr(unsafe.Pointer(q)))) == q)

	// Struct field through Offsetof.
	type rec struct {
		a byte
		b int32
		c string
	}
	r := rec{1, 2, "three"}
	cs := (*string)(unsafe.Add(unsafe.Pointer(&r), unsafe.Offsetof(r.c)))
	fmt.Println(*cs)
	*cs = "four"
	fmt.Println(r.c)
}
