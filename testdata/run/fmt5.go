package main

import (
	"errors"
	"fmt"
)

type Money int64

func (m Money) String() string { return fmt.Sprintf("$%d.%02d", m/100, m%100) }

type Acct struct {
	Owner string
	Bal   Money
	Err   error
	Tags  []string
	Meta  map[string]Money
}

type Grid [2][2]Money

type Verbose struct{ n int }

func (v Verbose) Format(f fmt.State, c rune) {
	w, hasW := f.Width()
	if !hasW {
		w = -1
	}
	fmt.Fprintf(f, "V<%c,%d,%v,%v>", c, v.n, w, hasW)
}

type GoStr struct{ a int }

func (g GoStr) GoString() string { return "GoStr!" }

func main() {
	a := Acct{"ann", 12345, errors.New("frozen"), []string{"vip"}, map[string]Money{"fee": 250}}
	fmt.Println(a)
	fmt.Printf("%v\n%+v\n", a, a)
	fmt.Println(Grid{{1, 2}, {300, 4000}})
	fmt.Printf("%s|%d|%v|%x\n", Money(5), Money(5), Money(5), Money(255))
	fmt.Printf("%v %5d %s\n", Verbose{1}, Verbose{2}, Verbose{3})
	fmt.Printf("%v %#v\n", GoStr{1}, GoStr{1})
	var nilErr error
	var nilStr fmt.Stringer
	fmt.Printf("[%v] [%s] [%d]\n", nilErr, nilStr, nilStr)
	fmt.Println(fmt.Sprintf("%v", []error{errors.New("a"), nil}))
	fmt.Printf("%s %v\n", []byte("bytes"), []byte("bytes"))
	fmt.Printf("%q %v %d\n", 'a', 'a', 'a')
	fmt.Printf("%v %v\n", [3]bool{}, struct {
		A *int
		B []int
	}{})
	fmt.Printf("%-8v|%8v|\n", Money(199), Money(1))
	fmt.Printf("%6.2v|%.1s|%5.3s|\n", "abcdef", "xyz", "hello")
}
