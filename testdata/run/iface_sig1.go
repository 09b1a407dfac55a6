package main

import (
	"errors"
	"fmt"
)

type I interface{ M(int) int }

type Good struct{}

func (Good) M(x int) int { return x + 1 }

type Bad struct{}

func (Bad) M(x string) int { return len(x) }

type BadRes struct{}

func (BadRes) M(x int) int64 { return int64(x) }

// Format with a different signature: not a fmt.Formatter.
type F struct{ n int }

func (f F) Format(s string) string { return "F:" + s }

// String with a parameter: not a fmt.Stringer.
type S int

func (s S) String(n int) string { return "S" }

// Error with a wrong result: not an error.
type E struct{ msg string }

func (e E) Error() []byte { return []byte(e.msg) }

// A real Formatter next to the fakes.
type RF struct{}

func (RF) Format(st fmt.State, verb rune) { fmt.Fprintf(st, "RF<%c>", verb) }

// byte and uint8 are identical; rune and int32 too.
type BI interface{ B([]byte, rune) }
type BT struct{}

func (BT) B([]uint8, int32) {}

// Two local types named T in different functions.
func local1() any {
	type T int
	return T(1)
}

type Ker interface{ K() }

func local2() any {
	type T int
	return T(2)
}

type withUnexp interface{ m() }
type U struct{}

func (U) m() {}

func classify(v any) string {
	switch v.(type) {
	case I:
		return "I"
	case fmt.Formatter:
		return "Formatter"
	case fmt.Stringer:
		return "Stringer"
	case error:
		return "error"
	default:
		return "default"
	}
}

func main() {
	vals := []any{Good{}, Bad{}, BadRes{}, F{1}, S(3), E{"e"}, RF{}, BT{}, U{}}
	for _, v := range vals {
		_, isI := v.(I)
		_, isF := v.(fmt.Formatter)
		_, isS := v.(fmt.Stringer)
		_, isE := v.(error)
		_, isB := v.(BI)
		_, isU := v.(withUnexp)
		fmt.Printf("%T: I=%v Formatter=%v Stringer=%v error=%v BI=%v unexp=%v switch=%s\n", v, isI, isF, isS, isE, isB, isU, classify(v))
	}
	fmt.Println(F{7}, S(3), E{"boom"}, RF{})
	fmt.Printf("%v %d %s %x\n", F{7}, S(3), E{"x"}, RF{})
	fmt.Println(fmt.Sprint(F{2}), fmt.Sprintf("%+v", F{3}), fmt.Sprintf("%#v", S(4)))
	var err error = errors.New("real")
	fmt.Println(classify(err))
	fmt.Println(local1(), local2())
	_, k := local1().(Ker)
	fmt.Println(k)

	defer func() {
		fmt.Println("recovered:", recover())
		defer func() { fmt.Println("recovered:", recover()) }()
		var v any = F{1}
		_ = v.(fmt.Formatter)
	}()
	var x any = Bad{}
	_ = x.(I).M(1)
}
