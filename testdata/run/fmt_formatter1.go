package main

import (
	"errors"
	"fmt"
	"io"
)

type Flags struct{}

func (Flags) Format(f fmt.State, verb rune) {
	w, wok := f.Width()
	p, pok := f.Precision()
	fmt.Fprintf(f, "[%c w=%d,%v p=%d,%v", verb, w, wok, p, pok)
	for _, c := range "-+# 0x" {
		if f.Flag(int(c)) {
			fmt.Fprintf(f, " %c", c)
		}
	}
	io.WriteString(f, "]")
}

type Point struct{ X, Y int }

func (p Point) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v':
		if f.Flag('+') {
			fmt.Fprintf(f, "Point{X:%d, Y:%d}", p.X, p.Y)
			return
		}
		fmt.Fprintf(f, "(%d,%d)", p.X, p.Y)
	case 's':
		f.Write([]byte("point"))
	default:
		fmt.Fprintf(f, "%%!%c(Point=%d,%d)", verb, p.X, p.Y)
	}
}

type PtrFmt struct{ n int }

func (p *PtrFmt) Format(f fmt.State, verb rune) { fmt.Fprintf(f, "ptr<%d>", p.n) }

type Boom struct{}

func (Boom) Format(f fmt.State, verb rune) {
	f.Write([]byte("partial|"))
	panic("boom")
}

type BoomErr struct{}

func (BoomErr) Format(f fmt.State, verb rune) { panic(errors.New("err-boom")) }

type GS struct{ a int }

func (GS) GoString() string { return "GS{...}" }

type GSP struct{ a int }

func (*GSP) GoString() string { return "&GSP!" }

type GSBoom struct{}

func (GSBoom) GoString() string { panic("gs") }

type Both struct{}

func (Both) Format(f fmt.State, verb rune) { io.WriteString(f, "fmt-wins") }
func (Both) String() string                 { return "string" }
func (Both) GoString() string               { return "gostring" }

type Wrapper struct {
	P   Point
	G   GS
	Ptr *PtrFmt
	Any any
}

type StateType struct{}

func (StateType) Format(f fmt.State, verb rune) { fmt.Fprintf(f, "%T", f) }

type ErrFmt struct{}

func (ErrFmt) Error() string                    { return "errfmt" }
func (ErrFmt) Format(f fmt.State, verb rune) { io.WriteString(f, "formatted-error") }


func main() {
	fmt.Printf("%v|%+v|%#v|%d|%5.2x|%-8s|% d|%+08.3f|%#o\n", Flags{}, Flags{}, Flags{}, Flags{}, Flags{}, Flags{}, Flags{}, Flags{}, Flags{})
	fmt.Printf("%*d|%.*f|%[1]v\n", 7, Flags{}, 3, Flags{})
	p := Point{1, 2}
	fmt.Println(p, &p, []Point{{3, 4}, {5, 6}}, map[string]Point{"a": {7, 8}})
	fmt.Printf("%v %+v %s %d %q\n", p, p, p, p, p)
	fmt.Printf("%v %+v\n", Wrapper{P: p, Ptr: &PtrFmt{9}, Any: Point{0, 0}}, Wrapper{})
	fmt.Printf("%#v\n", Wrapper{P: p, Ptr: &PtrFmt{9}})
	fmt.Println(&PtrFmt{3}, PtrFmt{4})
	var nilp *PtrFmt
	fmt.Printf("[%v] [%s]\n", nilp, []*PtrFmt{nil})
	fmt.Println(Boom{}, "after")
	fmt.Printf("%d|%x\n", Boom{}, BoomErr{})
	fmt.Printf("%v %#v %#v %#v %#v\n", GS{1}, GS{1}, &GS{2}, GSP{3}, &GSP{4})
	fmt.Printf("%#v %#v\n", []GS{{1}}, map[GS]int{{1}: 1})
	fmt.Printf("%#v|%10v|%-10s|\n", GSBoom{}, GS{}, GS{})
	fmt.Printf("%v %s %#v %d\n", Both{}, Both{}, Both{}, Both{})
	fmt.Println(StateType{}, fmt.Sprint(StateType{}), fmt.Sprintf("%x", StateType{}))
	fmt.Println(ErrFmt{}, fmt.Errorf("wrap: %w", ErrFmt{}), errors.Unwrap(fmt.Errorf("wrap: %w", ErrFmt{})) == ErrFmt{})
	fmt.Printf("%T %T\n", Flags{}, GS{})
	var fm fmt.Formatter = p
	var gs fmt.GoStringer = GS{}
	fmt.Println(fm, gs.GoString())
	fmt.Printf("%v %v\n", fmt.Sprintf("%6v|", p), fmt.Sprintf("%-6v|", p))
	s := fmt.Sprintf("%v and %v", Point{-1, -2}, fmt.Sprintf("%+v", Point{3, 3}))
	fmt.Println(s, len(s))
}

func init() {
	// Go's fast path for simple verbs keeps the previous width; zero precision pads with it.
	fmt.Printf("%5d|%.0d|%d|%.0d|\n", 1, 0, 2, 0)
	fmt.Printf("%6.2f|%v|%.0d|\n", 1.0, Flags{}, 0)
}
