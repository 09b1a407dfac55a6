package main

var sink interface{}
var gp *int

type S struct {
	a, b int
	p    *int
}

func retAddr() *int {
	x := 42 // ERROR "moved to heap: x"
	return &x
}

func addrLocal() int {
	x := 1
	p := &x
	return *p
}

func addrToGlobal() {
	y := 7 // ERROR "moved to heap: y"
	gp = &y
}

func paramMoved(v int) *int { return &v } // ERROR "moved to heap: v"

func structAddr() *S {
	s := S{a: 1} // ERROR "moved to heap: s"
	return &s
}

func fieldAddr() *int {
	var s S // ERROR "moved to heap: s"
	return &s.b
}

func arrayElemAddr() *int {
	var a [4]int // ERROR "moved to heap: a"
	return &a[2]
}

func sliceOfArray() []int {
	var a [4]int // ERROR "moved to heap: a"
	return a[:]
}

func sliceOfArrayLocal() int {
	var a [4]int
	s := a[:]
	return len(s)
}

func newReturned() *int { return new(int) } // ERROR "new\(int\) escapes to heap"

func newLocal() int {
	p := new(int) // ERROR "new\(int\) does not escape"
	*p = 3
	return *p
}

func ptrLitReturned() *S { return &S{a: 1} } // ERROR "&S\{\.\.\.\} escapes to heap"

func ptrLitLocal() int {
	p := &S{a: 2} // ERROR "&S\{\.\.\.\} does not escape"
	return p.a
}

func ptrLitEmpty() *S { return &S{} } // ERROR "&S\{\} escapes to heap"

func loopNew() *int {
	var last *int
	for i := 0; i < 3; i++ {
		last = new(int) // ERROR "new\(int\) escapes to heap"
	}
	return last
}

func loopAddr() int {
	var last *int
	for i := 0; i < 3; i++ {
		v := i // ERROR "moved to heap: v"
		last = &v
	}
	return *last
}

func loopNoLeak() int {
	sum := 0
	for i := 0; i < 3; i++ {
		p := new(int) // ERROR "new\(int\) does not escape"
		*p = i
		sum += *p
	}
	return sum
}

func storeInStruct() *S {
	x := 5 // ERROR "moved to heap: x"
	s := &S{p: &x} // ERROR "&S\{\.\.\.\} escapes to heap"
	return s
}

func doublePtr() **int {
	x := 1 // ERROR "moved to heap: x"
	p := &x // ERROR "moved to heap: p"
	return &p
}

func derefOnly() int {
	x := 1
	p := &x
	pp := &p
	return **pp
}

func toSink() {
	v := 3 // ERROR "moved to heap: v"
	sink = &v
}

func main() {
	_ = retAddr()
	_ = addrLocal()
	addrToGlobal()
	_ = paramMoved(1)
	_ = structAddr()
	_ = fieldAddr()
	_ = arrayElemAddr()
	_ = sliceOfArray()
	_ = sliceOfArrayLocal()
	_ = newReturned()
	_ = newLocal()
	_ = ptrLitReturned()
	_ = ptrLitLocal()
	_ = ptrLitEmpty()
	_ = loopNew()
	_ = loopAddr()
	_ = loopNoLeak()
	_ = storeInStruct()
	_ = doublePtr()
	_ = derefOnly()
	toSink()
}
