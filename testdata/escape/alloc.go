package main

var gs []int
var gm map[string]int
var gstr string
var gb []byte

type Big struct{ a [70000]byte }

type Pt struct{ x, y int }

func makeNonConst(n int) int {
	s := make([]int, n) // ERROR "make\(\[\]int, n\) escapes to heap"
	return len(s)
}

func makeConstLocal() int {
	s := make([]int, 10) // ERROR "make\(\[\]int, 10\) does not escape"
	return len(s)
}

func makeConstCap() int {
	s := make([]int, 0, 20) // ERROR "make\(\[\]int, 0, 20\) does not escape"
	return cap(s)
}

func makeTooLarge() int {
	s := make([]int, 10000) // ERROR "make\(\[\]int, 10000\) escapes to heap"
	return len(s)
}

func makeReturned() []int { return make([]int, 4) } // ERROR "make\(\[\]int, 4\) escapes to heap"

func makeToGlobal() { gs = make([]int, 4) } // ERROR "make\(\[\]int, 4\) escapes to heap"

func makeMapLocal() int {
	m := make(map[int]int) // ERROR "make\(map\[int\]int\) does not escape"
	m[1] = 2
	return len(m)
}

func makeMapHint(n int) int {
	m := make(map[int]int, n) // ERROR "make\(map\[int\]int, n\) does not escape"
	return len(m)
}

func makeMapReturned() map[string]int { return make(map[string]int) } // ERROR "make\(map\[string\]int\) escapes to heap"

func makeChan() chan int { return make(chan int, 3) }

func sliceLitLocal() int {
	s := []int{1, 2, 3} // ERROR "\[\]int\{\.\.\.\} does not escape"
	return s[0]
}

func sliceLitReturned() []int { return []int{1, 2} } // ERROR "\[\]int\{\.\.\.\} escapes to heap"

func sliceLitEmpty() []int { return []int{} } // ERROR "\[\]int\{\} escapes to heap"

func ptrSliceLit(a, b *int) []*int { return []*int{a, b} } // ERROR "leaking param: a" "leaking param: b" "\[\]\*int\{\.\.\.\} escapes to heap"

func arrayLit(p *int) [2]*int { return [2]*int{p, nil} } // ERROR "leaking param: p to result ~r0 level=0"

func structLit(p *int) Pt { return Pt{x: *p} } // ERROR "p does not escape"

func mapLitLocal() int {
	m := map[string]int{"a": 1} // ERROR "map\[string\]int\{\.\.\.\} does not escape"
	return m["a"]
}

func mapLitReturned() map[string]int { return map[string]int{"a": 1, "b": 2} } // ERROR "map\[string\]int\{\.\.\.\} escapes to heap"

func mapLitPtr(p *int) map[string]*int { return map[string]*int{"p": p} } // ERROR "leaking param: p" "map\[string\]\*int\{\.\.\.\} escapes to heap"

func nestedLit() []*Pt { return []*Pt{{1, 2}, {3, 4}} } // ERROR "\[\]\*Pt\{\.\.\.\} escapes to heap" "&Pt\{\.\.\.\} escapes to heap"

func nestedLitLocal() int {
	ps := []*Pt{{1, 2}} // ERROR "\[\]\*Pt\{\.\.\.\} does not escape" "&Pt\{\.\.\.\} does not escape"
	return ps[0].x
}

func bigNew() *Big { return new(Big) } // ERROR "new\(Big\) escapes to heap"

func bigNewLocal() byte {
	b := new(Big) // ERROR "new\(Big\) escapes to heap"
	return b.a[0]
}

func bigPtrLit() byte {
	b := &Big{} // ERROR "&Big\{\} escapes to heap"
	return b.a[0]
}

func bigVar() byte {
	var a [20 << 20]byte // ERROR "moved to heap: a"
	return a[0]
}

func concat(a, b string) string { return a + b } // ERROR "a does not escape" "b does not escape" "a \+ b escapes to heap"

func concat3(a, b, c string) string { return a + b + c } // ERROR "a does not escape" "b does not escape" "c does not escape" "a \+ b \+ c escapes to heap"

func concatLocal(a, b string) int { // ERROR "a does not escape" "b does not escape"
	s := a + b // ERROR "a \+ b does not escape"
	return len(s)
}

func concatGlobal(a string) { gstr = a + "!" } // ERROR "a does not escape" "a \+ \"!\" escapes to heap"

func bytesOfString(s string) []byte { return []byte(s) } // ERROR "s does not escape" "\(\[\]byte\)\(s\) escapes to heap"

func bytesOfStringLocal(s string) int { // ERROR "s does not escape"
	b := []byte(s) // ERROR "\(\[\]byte\)\(s\) does not escape"
	return len(b)
}

func stringOfBytes(b []byte) string { return string(b) } // ERROR "b does not escape" "string\(b\) escapes to heap"

func stringOfBytesLocal(b []byte) bool { return string(b) == "foo" } // ERROR "b does not escape" "string\(b\) does not escape"

func runesOfString(s string) []rune { return []rune(s) } // ERROR "s does not escape" "\(\[\]rune\)\(s\) escapes to heap"

func stringOfRune(r rune) string { return string(r) } // ERROR "string\(r\) escapes to heap"

func stringOfRunes(rs []rune) string { return string(rs) } // ERROR "rs does not escape" "string\(rs\) escapes to heap"

func mapKeyConv(m map[string]int, b []byte) int { return m[string(b)] } // ERROR "m does not escape" "b does not escape" "string\(b\) does not escape"

func appendPtr(s []*int, p *int) []*int { return append(s, p) } // ERROR "leaking param content: s" "leaking param: s to result ~r0 level=0" "leaking param: p"

func appendInt(s []int, x int) []int { return append(s, x) } // ERROR "leaking param: s to result ~r0 level=0"

func appendLocal() int {
	var s []int
	s = append(s, 1, 2)
	return len(s)
}

func appendSpread(s, t []*int) []*int { return append(s, t...) } // ERROR "leaking param content: s" "leaking param: s to result ~r0 level=0" "leaking param content: t"

func appendToGlobal(x int) { gs = append(gs, x) }

func copyPtrs(dst, src []*int) int { return copy(dst, src) } // ERROR "dst does not escape" "leaking param content: src"

func copyInts(dst, src []int) int { return copy(dst, src) } // ERROR "dst does not escape" "src does not escape"

func copyString(dst []byte, s string) int { return copy(dst, s) } // ERROR "dst does not escape" "s does not escape"

func sliceSlice(s []int) []int { return s[1:] } // ERROR "leaking param: s to result ~r0 level=0"

func main() {
	_ = makeNonConst(3)
	_ = makeConstLocal()
	_ = makeConstCap()
	_ = makeTooLarge()
	_ = makeReturned()
	makeToGlobal()
	_ = makeMapLocal()
	_ = makeMapHint(2)
	_ = makeMapReturned()
	_ = makeChan()
	_ = sliceLitLocal()
	_ = sliceLitReturned()
	_ = sliceLitEmpty()
	_ = ptrSliceLit(nil, nil)
	_ = arrayLit(nil)
	v := 1
	_ = structLit(&v)
	_ = mapLitLocal()
	_ = mapLitReturned()
	_ = mapLitPtr(nil)
	_ = nestedLit()
	_ = nestedLitLocal()
	_ = bigNew()
	_ = bigNewLocal()
	_ = bigPtrLit()
	_ = bigVar()
	_ = concat("a", "b")
	_ = concat3("a", "b", "c")
	_ = concatLocal("a", "b")
	concatGlobal("a")
	_ = bytesOfString("s")
	_ = bytesOfStringLocal("s")
	_ = stringOfBytes(nil)
	_ = stringOfBytesLocal(nil)
	_ = runesOfString("s")
	_ = stringOfRune('a')
	_ = stringOfRunes(nil)
	_ = mapKeyConv(nil, nil)
	_ = appendPtr(nil, nil)
	_ = appendInt(nil, 1)
	_ = appendLocal()
	_ = appendSpread(nil, nil)
	appendToGlobal(1)
	_ = copyPtrs(nil, nil)
	_ = copyInts(nil, nil)
	_ = copyString(nil, "")
	_ = sliceSlice(nil)
}
