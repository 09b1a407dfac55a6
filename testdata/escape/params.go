package main

var gp *int
var gpp **int
var gs []*int
var gi interface{}

type T struct {
	p    *int
	next *T
	s    []int
	name string
}

func leakToGlobal(p *int) { gp = p } // ERROR "leaking param: p"

func leakContent(pp **int) { gp = *pp } // ERROR "leaking param content: pp"

func noEscape(p *int) int { return *p } // ERROR "p does not escape"

func toResult(p *int) *int { return p } // ERROR "leaking param: p to result ~r0 level=0"

func toResultDeref(pp **int) *int { return *pp } // ERROR "leaking param: pp to result ~r0 level=1"

func toResultTwice(ppp ***int) *int { return **ppp } // ERROR "leaking param: ppp to result ~r0 level=2"

func twoResults(p, q *int) (*int, *int) { return q, p } // ERROR "leaking param: p to result ~r1 level=0" "leaking param: q to result ~r0 level=0"

func namedResults(s []int) (r0 *int, r1 []int) { return &s[0], s } // ERROR "leaking param: s to result r0 level=0" "leaking param: s to result r1 level=0"

func mixed(p *int) *int { // ERROR "leaking param: p"
	gp = p
	return p
}

func contentAndResult(pp **int) *int { // ERROR "leaking param content: pp"
	gp = *pp
	return *pp
}

func fieldLeak(t *T) { gp = t.p } // ERROR "leaking param content: t"

func fieldOfValue(t T) *int { return t.p } // ERROR "leaking param: t to result ~r0 level=0"

func sliceElem(s []*int) *int { return s[0] } // ERROR "leaking param: s to result ~r0 level=1"

func sliceToGlobal(s []*int) { gs = s } // ERROR "leaking param: s"

func scalarParams(a, b int, f float64) int { return a + b + int(f) }

func stringParam(s string) string { return s } // ERROR "leaking param: s to result ~r0 level=0"

func stringLen(s string) int { return len(s) } // ERROR "s does not escape"

func unnamed(*int, string) {}

func blank(_ *int) {}

func (t *T) Get() *int { return t.p } // ERROR "leaking param: t to result ~r0 level=1"

func (t *T) SetGlobal() { gp = t.p } // ERROR "leaking param content: t"

func (t T) ValueRecv() *int { return t.p } // ERROR "leaking param: t to result ~r0 level=0"

func (t *T) Next() *T { return t.next } // ERROR "leaking param: t to result ~r0 level=1"

func (t *T) Chain() *T { return t.next.next } // ERROR "leaking param: t to result ~r0 level=2"

func storeIntoParam(t *T, p *int) { t.p = p } // ERROR "t does not escape" "leaking param: p"

func iface(x interface{}) { gi = x } // ERROR "leaking param: x"

func ifaceResult(x interface{}) interface{} { return x } // ERROR "leaking param: x to result ~r0 level=0"

func ptrToPtr(p *int) **int { return &p } // ERROR "moved to heap: p"

func recursive(p *int, n int) *int { // ERROR "leaking param: p to result ~r0 level=0"
	if n == 0 {
		return p
	}
	return recursive(p, n-1)
}

func mutualA(p *int, n int) *int { // ERROR "leaking param: p"
	if n == 0 {
		return p
	}
	return mutualB(p, n-1)
}

func mutualB(p *int, n int) *int { return mutualA(p, n) } // ERROR "leaking param: p"

func variadic(xs ...*int) *int { return xs[0] } // ERROR "leaking param: xs to result ~r0 level=1"

func variadicLeak(xs ...*int) { gs = xs } // ERROR "leaking param: xs"

func mapParam(m map[string]*int, k string) *int { return m[k] } // ERROR "m does not escape" "k does not escape"

func mapStore(m map[*int]*int, k, v *int) { m[k] = v } // ERROR "m does not escape" "leaking param: k" "leaking param: v"

func chanSend(c chan *int, p *int) { c <- p } // ERROR "c does not escape" "leaking param: p"

func chanRecv(c chan *int) *int { return <-c } // ERROR "c does not escape"

func funcParam(f func(*int) int, p *int) int { return f(p) } // ERROR "f does not escape" "leaking param: p"

func main() {
	x := 1 // ERROR "moved to heap: x"
	leakToGlobal(&x)
	y := 2
	_ = noEscape(&y)
	z := 3
	_ = toResult(&z)
	a, b := 4, 5
	_ = variadic(&a, &b) // ERROR "\.\.\. argument does not escape"
	_ = scalarParams(1, 2, 3)
}
