package main

import "fmt"

type I interface{ M() int }

type V struct{ a, b int }

func (v V) M() int { return v.a }

type P struct{ x int }

func (p *P) M() int { return p.x } // ERROR "p does not escape"

type W struct{ p *int }

func (w W) M() int { return *w.p } // ERROR "w does not escape"

var sink interface{}
var si I

func intToIface(x int) { sink = x } // ERROR "x escapes to heap"

func stringToIface(s string) { sink = s } // ERROR "leaking param: s" "s escapes to heap"

func structToIface(v V) { sink = v } // ERROR "v escapes to heap"

func ptrToIface(p *P) { sink = p } // ERROR "leaking param: p"

func directIface(w W) { sink = w } // ERROR "leaking param: w"

func localIface(x int) int {
	var i interface{} = x // ERROR "x does not escape"
	_ = i
	return 0
}

func returnIface(x int) interface{} { return x } // ERROR "x escapes to heap"

func returnIfaceParam(v V) I { return v } // ERROR "v escapes to heap"

func explicitConv(x int) interface{} { return interface{}(x) } // ERROR "\(interface \{\}\)\(x\) escapes to heap"

func namedConv(v V) I { return I(v) } // ERROR "I\(v\) escapes to heap"

func constToIface() { sink = 42 } // ERROR "42 escapes to heap"

func stringConstToIface() { sink = "hello" } // ERROR "\"hello\" escapes to heap"

func boolToIface(b bool) { sink = b } // ERROR "b escapes to heap"

func ifaceMethodCall(i I) int { return i.M() } // ERROR "leaking param: i"

func ifaceArg(i I, p *int) int { // ERROR "leaking param: i" "p does not escape"
	_ = p
	return i.M()
}

type Doer interface{ Do(*int) }

func callDo(d Doer, p *int) { d.Do(p) } // ERROR "leaking param: d" "leaking param: p"

func typeAssert(i interface{}) *int { return i.(*int) } // ERROR "leaking param: i to result ~r0 level=0"

func typeAssertValue(i interface{}) int { return i.(int) } // ERROR "i does not escape"

func typeSwitch(i interface{}) *int { // ERROR "leaking param: i to result ~r0 level=0"
	switch v := i.(type) {
	case *int:
		return v
	case string:
		return nil
	}
	return nil
}

func commaOk(i interface{}) *P { // ERROR "leaking param: i to result ~r0 level=0"
	p, ok := i.(*P)
	if ok {
		return p
	}
	return nil
}

func sliceOfIface(a, b int) []interface{} { return []interface{}{a, b} } // ERROR "\[\]interface \{\}\{\.\.\.\} escapes to heap" "a escapes to heap" "b escapes to heap"

func sliceOfIfaceLocal(a, b int) int {
	s := []interface{}{a, b} // ERROR "\[\]interface \{\}\{\.\.\.\} does not escape" "a does not escape" "b does not escape"
	return len(s)
}

func mapOfIface(k string, v int) map[string]interface{} { // ERROR "leaking param: k"
	return map[string]interface{}{k: v} // ERROR "map\[string\]interface \{\}\{\.\.\.\} escapes to heap" "v escapes to heap"
}

func structWithIface(x int) interface{} {
	type box struct{ v interface{} }
	b := box{v: x} // ERROR "x escapes to heap"
	return b.v
}

func printArgs(x int, s string) { // ERROR "leaking param: s"
	fmt.Println(x, s) // ERROR "\.\.\. argument does not escape" "x escapes to heap" "s escapes to heap"
}

func printPtr(p *int) { // ERROR "leaking param: p"
	fmt.Println(p) // ERROR "\.\.\. argument does not escape"
}

func printfArgs(x int) {
	fmt.Printf("%d %s\n", x, "str") // ERROR "\.\.\. argument does not escape" "x escapes to heap" "\"str\" escapes to heap"
}

func sprintf(x int) string {
	return fmt.Sprintf("%d", x) // ERROR "\.\.\. argument does not escape" "x escapes to heap"
}

func errorf(x int) error {
	return fmt.Errorf("bad %d", x) // ERROR "\.\.\. argument does not escape" "x escapes to heap"
}

func assignIface(v V) {
	si = v // ERROR "v escapes to heap"
}

func ifaceToIface(i I) interface{} { return i } // ERROR "leaking param: i to result ~r0 level=0"

func main() {
	intToIface(1)
	stringToIface("a")
	structToIface(V{})
	ptrToIface(&P{}) // ERROR "&P\{\} escapes to heap"
	x := 1 // ERROR "moved to heap: x"
	directIface(W{p: &x})
	_ = localIface(1)
	_ = returnIface(1)
	_ = returnIfaceParam(V{})
	_ = explicitConv(1)
	_ = namedConv(V{})
	constToIface()
	stringConstToIface()
	boolToIface(true)
	_ = ifaceMethodCall(V{}) // ERROR "V\{\} escapes to heap"
	_ = typeAssert(nil)
	_ = typeAssertValue(1) // ERROR "1 does not escape"
	_ = typeSwitch(nil)
	_ = commaOk(nil)
	_ = sliceOfIface(1, 2)
	_ = sliceOfIfaceLocal(1, 2)
	_ = mapOfIface("k", 1)
	_ = structWithIface(1)
	printArgs(1, "s")
	printPtr(nil)
	printfArgs(1)
	_ = sprintf(1)
	_ = errorf(1)
	assignIface(V{})
	_ = ifaceToIface(nil)
}
