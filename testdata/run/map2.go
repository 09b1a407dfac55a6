package main

import (
	"fmt"
	"sort"
	"strings"
)

type Emp struct {
	Name string
	Dept string
	Pay  int
}

func main() {
	emps := []Emp{{"ann", "eng", 100}, {"bo", "ops", 80}, {"cy", "eng", 120}, {"di", "hr", 70}, {"ed", "ops", 90}}
	byDept := map[string][]Emp{}
	pay := map[string]int{}
	for _, e := range emps {
		byDept[e.Dept] = append(byDept[e.Dept], e)
		pay[e.Dept] += e.Pay
	}
	keys := make([]string, 0, len(byDept))
	for k := range byDept {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		names := []string{}
		for _, e := range byDept[k] {
			names = append(names, e.Name)
		}
		fmt.Printf("%-4s %3d %s\n", k, pay[k], strings.Join(names, ","))
	}
	fmt.Println(pay)
	nested := map[string]map[string]int{}
	add := func(a, b string) {
		if nested[a] == nil {
			nested[a] = map[string]int{}
		}
		nested[a][b]++
	}
	add("x", "y")
	add("x", "y")
	add("x", "z")
	add("w", "y")
	fmt.Println(nested, len(nested["x"]))
	ms := map[string]Emp{"a": {"ann", "eng", 1}}
	e := ms["a"]
	e.Pay = 500
	fmt.Println(ms["a"].Pay, e.Pay)
	ms["a"] = e
	fmt.Printf("%v %+v\n", ms, ms)
	mp := map[string]*Emp{"a": &emps[0]}
	mp["a"].Pay = 999
	fmt.Println(emps[0])
}
