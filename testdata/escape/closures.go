package main

var sinkf func() int
var gp *int

func closureByValue() func() int {
	x := 1
	return func() int { return x } // ERROR "func literal escapes to heap"
}

func closureByRef() func() int {
	x := 1 // ERROR "moved to heap: x"
	return func() int { x++; return x } // ERROR "func literal escapes to heap"
}

func closureLocal() int {
	x := 1
	f := func() int { return x + 1 } // ERROR "func literal does not escape"
	return f()
}

func closureLocalModify() int {
	x := 1
	f := func() { x = 2 } // ERROR "func literal does not escape"
	f()
	return x
}

func closureCalledDirectly() int {
	x := 1
	return func() int { return x * 2 }() // ERROR "func literal does not escape"
}

func closureToGlobal() {
	x := 1
	sinkf = func() int { return x } // ERROR "func literal escapes to heap"
}

func closureRefToGlobal() {
	x := 1 // ERROR "moved to heap: x"
	sinkf = func() int { x++; return x } // ERROR "func literal escapes to heap"
}

func bigCapture() func() byte {
	var a [200]byte // ERROR "moved to heap: a"
	return func() byte { return a[0] } // ERROR "func literal escapes to heap"
}

func smallArrayCapture() func() byte {
	var a [100]byte
	return func() byte { return a[0] } // ERROR "func literal escapes to heap"
}

func addrCaptured() func() *int {
	x := 1 // ERROR "moved to heap: x"
	return func() *int { return &x } // ERROR "func literal escapes to heap"
}

func assignedBeforeCapture() func() int {
	x := 1
	x = 2
	return func() int { return x } // ERROR "func literal escapes to heap"
}

func assignedAfterCapture() func() int {
	x := 1 // ERROR "moved to heap: x"
	f := func() int { return x } // ERROR "func literal escapes to heap"
	x = 3
	return f
}

func nested() func() func() int {
	x := 1
	return func() func() int { // ERROR "func literal escapes to heap"
		return func() int { return x } // ERROR "func literal escapes to heap"
	}
}

func closureParam(p *int) func() int { // ERROR "leaking param: p"
	return func() int { return *p } // ERROR "func literal escapes to heap"
}

func closureParamLeak(p *int) { // ERROR "leaking param: p"
	func() { gp = p }() // ERROR "func literal does not escape"
}

func staticCallThroughVar() int {
	x := 1
	f := func(p *int) int { return *p } // ERROR "p does not escape" "func literal does not escape"
	return f(&x)
}

func dynamicCall(f func(*int) int) int { // ERROR "f does not escape"
	x := 1 // ERROR "moved to heap: x"
	return f(&x)
}

func noCapture() func() int {
	return func() int { return 7 } // ERROR "func literal escapes to heap"
}

func loopClosures() []func() int {
	var fs []func() int
	for i := 0; i < 3; i++ { // ERROR "moved to heap: i"
		fs = append(fs, func() int { return i }) // ERROR "func literal escapes to heap"
	}
	return fs
}

func deferClosure() (r int) {
	x := 1
	defer func() { r = x }() // ERROR "func literal does not escape"
	return 0
}

func goClosure(p *int) { // ERROR "leaking param: p"
	go func() { *p = 1 }() // ERROR "func literal escapes to heap"
}

func main() {
	_ = closureByValue()
	_ = closureByRef()
	_ = closureLocal()
	_ = closureLocalModify()
	_ = closureCalledDirectly()
	closureToGlobal()
	closureRefToGlobal()
	_ = bigCapture()
	_ = smallArrayCapture()
	_ = addrCaptured()
	_ = assignedBeforeCapture()
	_ = assignedAfterCapture()
	_ = nested()
	_ = closureParam(nil)
	closureParamLeak(nil)
	_ = staticCallThroughVar()
	_ = dynamicCall(func(p *int) int { return *p }) // ERROR "p does not escape" "func literal does not escape"
	_ = noCapture()
	_ = loopClosures()
	_ = deferClosure()
	goClosure(new(int)) // ERROR "new\(int\) escapes to heap"
}
