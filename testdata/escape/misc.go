package main

import "fmt"

type Buf struct {
	buf  []byte
	x, y *int
	arr  [4]*int
}

func (b *Buf) Shrink(n, m int) { b.buf = b.buf[n:m] } // ERROR "\(\*Buf\)\.Shrink ignoring self-assignment in b\.buf = b\.buf\[n:m\]" "b does not escape"

func (b *Buf) Swap() { b.x = b.y } // ERROR "\(\*Buf\)\.Swap ignoring self-assignment in b\.x = b\.y" "b does not escape"

func (b *Buf) ArrSelf(i, j int) { b.arr[i] = b.arr[j] } // ERROR "\(\*Buf\)\.ArrSelf ignoring self-assignment in b\.arr\[i\] = b\.arr\[j\]" "b does not escape"

var gm = map[string]int{"a": 1} // ERROR "map\[string\]int\{\.\.\.\} escapes to heap"
var gsl = []*int{new(int)} // ERROR "new\(int\) escapes to heap"
var gfn = func() int { return 1 }

var sink interface{}
var gp *int

func rangeSlice(s []*int) *int { // ERROR "leaking param: s to result ~r0 level=1"
	var last *int
	for _, p := range s {
		last = p
	}
	return last
}

func rangeArray(a [3]*int) *int { // ERROR "leaking param: a to result ~r0 level=0"
	for _, p := range a {
		return p
	}
	return nil
}

func rangeMap(m map[string]*int) *int { // ERROR "leaking param: m to result ~r0 level=1"
	for _, v := range m {
		return v
	}
	return nil
}

func rangeAddr(s []int) *int { // ERROR "leaking param: s to result ~r0 level=0"
	for i := range s {
		return &s[i]
	}
	return nil
}

func rangeValueAddr(s []int) *int { // ERROR "leaking param content: s"
	for _, v := range s { // ERROR "moved to heap: v"
		return &v
	}
	return nil
}

func rangeString(s string) int { // ERROR "s does not escape"
	n := 0
	for _, r := range s {
		n += int(r)
	}
	return n
}

func rangeChan(c chan *int) *int { // ERROR "c does not escape"
	for p := range c {
		return p
	}
	return nil
}

func switchTag(x int, p *int) *int { // ERROR "leaking param: p to result ~r0 level=0"
	switch x {
	case 1:
		return p
	}
	return nil
}

func selectRecv(c chan *int, d chan int) *int { // ERROR "c does not escape" "d does not escape"
	select {
	case p := <-c:
		return p
	case d <- 1:
	}
	return nil
}

func gotoLoop() *int {
	var last *int
	i := 0
loop:
	v := i // ERROR "moved to heap: v"
	last = &v
	i++
	if i < 3 {
		goto loop
	}
	return last
}

func mapRead(m map[*int]int, k *int) int { return m[k] } // ERROR "m does not escape" "k does not escape"

func mapDelete(m map[*int]int, k *int) { delete(m, k) } // ERROR "m does not escape" "k does not escape"

func mapIfaceKey(m map[interface{}]int, k int) int { return m[k] } // ERROR "m does not escape" "k does not escape"

func lenCap(s []int, m map[int]int, c chan int) int { return len(s) + cap(s) + len(m) + len(c) } // ERROR "s does not escape" "m does not escape" "c does not escape"

func closeChan(c chan int) { close(c) } // ERROR "c does not escape"

func printBuiltin(p *int, s string) { println(p, s) } // ERROR "p does not escape" "s does not escape"

func compareIface(i interface{}, x int) bool { return i == x } // ERROR "i does not escape"

func stringIndex(s string) byte { return s[0] } // ERROR "s does not escape"

func ptrArrayIndex(p *[4]*int) *int { return p[1] } // ERROR "leaking param: p to result ~r0 level=1"

func ptrArraySlice(p *[4]int) []int { return p[:] } // ERROR "leaking param: p to result ~r0 level=0"

func fieldOfPtr(b *Buf) *int { return b.x } // ERROR "leaking param: b to result ~r0 level=1"

func fieldAssign(b *Buf, p *int) { b.x = p } // ERROR "b does not escape" "leaking param: p"

func localStructField() int {
	x := 1
	var b Buf
	b.x = &x
	return *b.x
}

func localStructFieldLeak() *int {
	x := 1 // ERROR "moved to heap: x"
	var b Buf
	b.x = &x
	return b.x
}

func starAssign(pp **int) { // ERROR "pp does not escape"
	x := 1 // ERROR "moved to heap: x"
	*pp = &x
}

func multiAssign(p, q *int) (*int, *int) { // ERROR "leaking param: p to result ~r1 level=0" "leaking param: q to result ~r0 level=0"
	a, b := p, q
	return b, a
}

func swapParams(p, q *int) (*int, *int) { // ERROR "leaking param: p to result ~r0 level=0" "leaking param: p to result ~r1 level=0" "leaking param: q to result ~r0 level=0" "leaking param: q to result ~r1 level=0"
	p, q = q, p
	return p, q
}

func incrPtr(p *int) { *p++ } // ERROR "p does not escape"

func opAssign(s string) string { // ERROR "leaking param: s to result ~r0 level=0"
	s += "x"
	return s
}

func nilStuff() *int {
	var p *int
	p = nil
	return p
}

func unusedResult(p *int) (r *int) { // ERROR "leaking param: p to result r level=0"
	r = p
	return
}

func printLoop(xs []int) { // ERROR "xs does not escape"
	for _, x := range xs {
		fmt.Println(x) // ERROR "\.\.\. argument does not escape" "x escapes to heap"
	}
}

func main() {
	var b Buf
	b.Shrink(0, 0)
	b.Swap()
	b.ArrSelf(0, 1)
	_ = rangeSlice(nil)
	_ = rangeArray([3]*int{})
	_ = rangeMap(nil)
	_ = rangeAddr(nil)
	_ = rangeValueAddr(nil)
	_ = rangeString("")
	_ = rangeChan(nil)
	_ = switchTag(0, nil)
	_ = selectRecv(nil, nil)
	_ = gotoLoop()
	_ = mapRead(nil, nil)
	mapDelete(nil, nil)
	_ = mapIfaceKey(nil, 1)
	_ = lenCap(nil, nil, nil)
	printBuiltin(nil, "")
	_ = compareIface(nil, 1)
	_ = stringIndex("a")
	_ = ptrArrayIndex(nil)
	_ = ptrArraySlice(nil)
	_ = fieldOfPtr(&b)
	fieldAssign(&b, nil)
	_ = localStructField()
	_ = localStructFieldLeak()
	starAssign(new(*int)) // ERROR "new\(\*int\) does not escape"
	_, _ = multiAssign(nil, nil)
	_, _ = swapParams(nil, nil)
	incrPtr(new(int)) // ERROR "new\(int\) does not escape"
	_ = opAssign("")
	_ = nilStuff()
	_ = unusedResult(nil)
	printLoop(nil)
	_ = gfn()
}
