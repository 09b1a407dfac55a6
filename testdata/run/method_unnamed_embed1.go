// Unnamed struct types with embedded fields have method sets (promoted methods) and satisfy
// interfaces; a method with a pointer receiver promoted through an embedded nil pointer gets nil.
package main

import (
	"fmt"
	"strings"
)

type S string
type P int

func (s S) val() int  { return len(s) }
func (p *P) val() int {
	if p == nil {
		return -1
	}
	return int(*p)
}

type Val interface{ val() int }

func val(v Val) int { return v.val() }

type Named struct{ *P }

func main() {
	zs := struct{ S }{"abc"}
	var zp struct{ *P }
	fmt.Println(val(zs), val(zp), val(&zs), val(&zp), zp.val(), val(Named{}))
	p := P(7)
	zp.P = &p
	fmt.Println(val(zp))
	var w fmt.Stringer = struct{ *strings.Builder }{&strings.Builder{}}
	fmt.Printf("%q %T\n", w.String(), w)
	var sv Val = struct {
		S
		n int
	}{"hello", 1}
	fmt.Println(sv.val())
	_, ok := sv.(fmt.Stringer)
	fmt.Println(ok)
	defer func() { fmt.Println("recovered:", recover()) }()
	var zsp struct{ *S }
	fmt.Println(val(zsp))
}
