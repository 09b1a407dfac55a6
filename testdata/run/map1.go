package main

import "fmt"

func main() {
	m := make(map[string]int)
	m["one"] = 1
	m["two"] = 2
	m["three"] = 3
	fmt.Println(m, len(m))
	v, ok := m["two"]
	fmt.Println(v, ok)
	v, ok = m["four"]
	fmt.Println(v, ok)
	delete(m, "two")
	delete(m, "nothing")
	fmt.Println(m, len(m))
	m["one"] += 10
	m["new"]++
	fmt.Println(m)
	var nm map[string]int
	fmt.Println(nm == nil, len(nm), nm["x"], nm)
	delete(nm, "x")
	ages := map[string]int{"alice": 31, "bob": 25, "carol": 40}
	total := 0
	for _, a := range ages {
		total += a
	}
	fmt.Println("total", total)
	im := map[int]string{3: "c", 1: "a", 2: "b", -5: "neg"}
	fmt.Println(im)
	bm := map[bool]int{true: 1, false: 0}
	fmt.Println(bm)
	fm := map[float64]string{2.5: "x", -1: "y", 0: "z"}
	fmt.Println(fm)
	fmt.Printf("%v %d\n", m, map[string]int{"z": 26, "a": 1})
}
