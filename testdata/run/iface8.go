package main

import (
	"fmt"
	"sort"
	"strings"
)

type Plugin interface {
	Name() string
	Run(input string) string
}

type Upper struct{}
type Reverse struct{}
type Repeat struct{ N int }

func (Upper) Name() string                { return "upper" }
func (Upper) Run(s string) string         { return strings.ToUpper(s) }
func (Reverse) Name() string              { return "reverse" }
func (r Reverse) Run(s string) string {
	b := []byte(s)
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	return string(b)
}
func (r *Repeat) Name() string        { return fmt.Sprintf("repeat%d", r.N) }
func (r *Repeat) Run(s string) string { return strings.Repeat(s, r.N) }

var registry = map[string]Plugin{}

func register(p Plugin) { registry[p.Name()] = p }

func main() {
	register(Upper{})
	register(Reverse{})
	register(&Repeat{2})
	names := make([]string, 0)
	for n := range registry {
		names = append(names, n)
	}
	sort.Strings(names)
	fmt.Println(names)
	pipeline := []string{"reverse", "upper", "repeat2", "missing"}
	s := "go!"
	for _, n := range pipeline {
		p, ok := registry[n]
		if !ok {
			fmt.Println("no plugin", n)
			continue
		}
		s = p.Run(s)
		fmt.Printf("%-8s %-14s %T\n", n, s, p)
	}
	if rp, ok := registry["repeat2"].(*Repeat); ok {
		rp.N = 3
	}
	fmt.Println(registry["repeat2"].Name(), registry["repeat2"].Run("ab"))
}
