package main

import (
	"errors"
	"fmt"
	"strings"
)

type T struct{ v int }

func (t *T) Inc()     { t.v++ } // ERROR "t does not escape"
func (t T) Val() int  { return t.v }
func (t *T) Ptr() *T  { return t } // ERROR "leaking param: t to result ~r0 level=0"
func (t *T) Keep()    { gt = t } // ERROR "leaking param: t"

var gt *T
var gf func() int

func use(p *int) int { return *p } // ERROR "p does not escape"
func keep(p *int)    { gp = p } // ERROR "leaking param: p"

var gp *int

func goCall() {
	x := 1 // ERROR "moved to heap: x"
	go use(&x)
}

func goCallLeak() {
	x := 1 // ERROR "moved to heap: x"
	go keep(&x)
}

func deferTop() {
	x := 1
	defer use(&x)
}

func deferLoop() {
	for i := 0; i < 2; i++ {
		x := i // ERROR "moved to heap: x"
		defer use(&x)
	}
}

func deferMethod() {
	var t T
	defer t.Inc()
}

func goMethod() {
	var t T // ERROR "moved to heap: t"
	go t.Inc()
}

func deferPrint(x int) {
	defer fmt.Println(x) // ERROR "x escapes to heap" "\.\.\. argument does not escape"
}

func methodValue(t *T) func() int { return t.Val } // ERROR "t does not escape" "t\.Val escapes to heap"

func methodValueLocal(t T) int {
	f := t.Val // ERROR "t\.Val does not escape"
	return f()
}

func methodValuePtr() func() {
	var t T // ERROR "moved to heap: t"
	return t.Inc // ERROR "t\.Inc escapes to heap"
}

func methodValueGlobal(t T) { gf = t.Val } // ERROR "t\.Val escapes to heap"

func methodCallAddr() int {
	var t T
	t.Inc()
	return t.v
}

func methodCallKeep() {
	var t T // ERROR "moved to heap: t"
	t.Keep()
}

func methodChain(t *T) *T { return t.Ptr().Ptr() } // ERROR "leaking param: t to result ~r0 level=0"

func methodExpr(t *T) int { // ERROR "t does not escape"
	f := (*T).Ptr
	return f(t).v
}

func stringsCalls(s string) []string { // ERROR "leaking param: s"
	s = strings.TrimSpace(s)
	return strings.Split(s, ",")
}

func builder(parts []string) string { // ERROR "parts does not escape"
	var b strings.Builder
	for _, p := range parts {
		b.WriteString(p)
	}
	return b.String()
}

func newError(msg string) error { return errors.New(msg) } // ERROR "leaking param: msg"

func panicValue(x int) {
	if x > 0 {
		panic(x) // ERROR "x escapes to heap"
	}
}

func panicString() { panic("boom") } // ERROR "\"boom\" escapes to heap"

func recoverIt() (r interface{}) {
	defer func() { r = recover() }() // ERROR "func literal does not escape"
	return nil
}

func multi() (*int, *int) {
	a, b := 1, 2 // ERROR "moved to heap: a" "moved to heap: b"
	return &a, &b
}

func multiUse() int {
	p, q := multi()
	return *p + *q
}

func passMulti(p, q *int) int { return *p + *q } // ERROR "p does not escape" "q does not escape"

func callMulti() int { return passMulti(multi()) }

func main() {
	goCall()
	goCallLeak()
	deferTop()
	deferLoop()
	deferMethod()
	goMethod()
	deferPrint(1)
	_ = methodValue(nil)
	_ = methodValueLocal(T{})
	_ = methodValuePtr()
	methodValueGlobal(T{})
	_ = methodCallAddr()
	methodCallKeep()
	_ = methodChain(&T{}) // ERROR "&T\{\} does not escape"
	_ = methodExpr(&T{}) // ERROR "&T\{\} does not escape"
	_ = stringsCalls("a,b")
	_ = builder(nil)
	_ = newError("x")
	panicValue(0)
	_ = recoverIt()
	_ = multiUse()
	_ = callMulti()
}
