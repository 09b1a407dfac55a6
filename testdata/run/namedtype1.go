package main 

import (
	"fmt"
	"sort"
	"strings"
)

type Set map[string]struct{}

func (s Set) Add(k string)      { s[k] = struct{}{} }
func (s Set) Has(k string) bool { _, ok := s[k]; return ok }
func (s Set) Keys() []string {
	out := make([]string, 0, len(s))
	for k := range s {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

type Path []string

func (p Path) String() string { return "/" + strings.Join(p, "/") }

type Matrix [2][2]int

func (m Matrix) Mul(o Matrix) (r Matrix) {
	for i := 0; i < 2; i++ {
		for j := 0; j < 2; j++ {
			for k := 0; k < 2; k++ {
				r[i][j] += m[i][k] * o[k][j]
			}
		}
	}
	return
}

type Bits uint8

func (b Bits) Has(f Bits) bool { return b&f != 0 }

const (
	Read Bits = 1 << iota
	Write
	Exec
)

func main() {
	s := Set{}
	s.Add("x")
	s.Add("a")
	s.Add("x")
	fmt.Println(s.Has("x"), s.Has("z"), len(s), s.Keys(), s)
	p := Path{"usr", "local", "bin"}
	fmt.Println(p, p[1:], len(p))
	fib := Matrix{{1, 1}, {1, 0}}
	r := Matrix{{1, 0}, {0, 1}}
	for i := 0; i < 10; i++ {
		r = r.Mul(fib)
	}
	fmt.Println(r, r[0][1])
	perm := Read | Exec
	fmt.Println(perm, perm.Has(Write), perm.Has(Exec), perm&^Read)
	fmt.Printf("%T %03b\n", perm, perm)
}
