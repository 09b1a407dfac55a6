package main

import (
	"fmt"
	"sort"
)

func main() {
	graph := map[string][]string{}
	edges := [][2]string{{"a", "b"}, {"a", "c"}, {"b", "c"}, {"c", "a"}}
	for _, e := range edges {
		graph[e[0]] = append(graph[e[0]], e[1])
	}
	fmt.Println(graph, len(graph["z"]))
	m := map[int]bool{}
	for i := 0; i < 50; i++ {
		m[i*i%17] = true
	}
	keys := []int{}
	for k := range m {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	fmt.Println(keys)
	inv := map[string]int{"x": 1, "y": 2, "z": 3}
	rev := make(map[int]string, len(inv))
	for k, v := range inv {
		rev[v] = k
	}
	fmt.Println(rev)
	m2 := map[string]int{"a": 1}
	m3 := m2
	m3["b"] = 2
	fmt.Println(m2, len(m2))
	clear := func(mm map[string]int) {
		for k := range mm {
			delete(mm, k)
		}
	}
	clear(m2)
	fmt.Println(m3, len(m3), m3 == nil)
	type point struct{ x, y int }
	visited := map[point]int{}
	p := point{0, 0}
	for _, d := range "RRULLDDR" {
		switch d {
		case 'R':
			p.x++
		case 'L':
			p.x--
		case 'U':
			p.y++
		case 'D':
			p.y--
		}
		visited[p]++
	}
	fmt.Println(visited, len(visited))
	ms := map[string][]int{}
	ms["a"] = append(ms["a"], 1, 2)
	s := ms["a"]
	s[0] = 100
	fmt.Println(ms)
	big := map[int]int{}
	for i := 0; i < 10000; i++ {
		big[i] = i * 2
	}
	for i := 0; i < 10000; i += 2 {
		delete(big, i)
	}
	sum := 0
	for _, v := range big {
		sum += v
	}
	fmt.Println(len(big), sum)
}
