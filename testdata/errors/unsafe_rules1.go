package main

import "unsafe"

type E struct{ x int }

type T struct {
	a int
	*E
}

func main() {
	var i int
	var p *int = &i
	var t T
	_ = unsafe.Pointer(i)                // ERROR "cannot convert i \(variable of type int\) to type unsafe.Pointer"
	_ = string(unsafe.Pointer(p))        // ERROR "cannot convert unsafe.Pointer\(p\) \(value of type unsafe.Pointer\) to type string"
	_ = int(unsafe.Pointer(p))           // ERROR "cannot convert unsafe.Pointer\(p\) \(value of type unsafe.Pointer\) to type int"
	_ = unsafe.Pointer(int64(8))         // ERROR "cannot convert int64\(8\) \(constant 8 of type int64\) to type unsafe.Pointer"
	_ = unsafe.Add(p, 1)                 // ERROR "cannot use p \(variable of type \*int\) as type unsafe.Pointer in argument to unsafe.Add"
	_ = unsafe.Add(unsafe.Pointer(p), 1.5) // ERROR "1.5 \(untyped float constant\) truncated to int"
	_ = unsafe.Slice(i, 1)               // ERROR "invalid argument: i \(variable of type int\) is not a pointer"
	_ = unsafe.Slice(p, -1)              // ERROR "invalid argument: length -1 \(constant of type int\) must not be negative"
	_ = uintptr(unsafe.Pointer(p))
	_ = unsafe.Pointer(uintptr(8))
	_ = unsafe.Add(unsafe.Pointer(p), -8)
	_ = unsafe.Offsetof(t.a)
}
