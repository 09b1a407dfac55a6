package main

import (
	"fmt"
	"unsafe"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		err, isErr := r.(error)
		fmt.Println(name, r, isErr, err != nil)
	}()
	f()
}

func main() {
	var arr [4]int64
	n := -1
	var np *int64
	var big uint64 = 1 << 63
	try("neg", func() { _ = unsafe.Slice(&arr[0], n) })
	try("nilptr", func() { _ = unsafe.Slice(np, 2) })
	try("unsigned", func() { _ = unsafe.Slice(&arr[0], big) })
	try("overflow", func() { _ = unsafe.Slice(&arr[0], 1<<61) })
	try("ok", func() { fmt.Println(len(unsafe.Slice(np, 0))) })
	_ = unsafe.Slice(np, n+2)
}
