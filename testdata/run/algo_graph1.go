package main

import (
	"fmt"
	"sort"
)

type Graph map[string][]string

func (g Graph) AddEdge(a, b string) {
	g[a] = append(g[a], b)
	g[b] = append(g[b], a)
}

func (g Graph) BFS(start string) map[string]int {
	dist := map[string]int{start: 0}
	queue := []string{start}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		nb := append([]string(nil), g[cur]...)
		sort.Strings(nb)
		for _, n := range nb {
			if _, seen := dist[n]; !seen {
				dist[n] = dist[cur] + 1
				queue = append(queue, n)
			}
		}
	}
	return dist
}

func (g Graph) DFS(v string, seen map[string]bool, order *[]string) {
	seen[v] = true
	*order = append(*order, v)
	nb := append([]string(nil), g[v]...)
	sort.Strings(nb)
	for _, n := range nb {
		if !seen[n] {
			g.DFS(n, seen, order)
		}
	}
}

func topo(deps map[string][]string) []string {
	indeg := map[string]int{}
	for k, vs := range deps {
		if _, ok := indeg[k]; !ok {
			indeg[k] = 0
		}
		for _, v := range vs {
			indeg[v]++
		}
	}
	var ready, out []string
	for k, d := range indeg {
		if d == 0 {
			ready = append(ready, k)
		}
	}
	for len(ready) > 0 {
		sort.Strings(ready)
		n := ready[0]
		ready = ready[1:]
		out = append(out, n)
		for _, v := range deps[n] {
			indeg[v]--
			if indeg[v] == 0 {
				ready = append(ready, v)
			}
		}
	}
	return out
}

func main() {
	g := Graph{}
	for _, e := range [][2]string{{"a", "b"}, {"a", "c"}, {"b", "d"}, {"c", "d"}, {"d", "e"}, {"f", "g"}} {
		g.AddEdge(e[0], e[1])
	}
	fmt.Println(g.BFS("a"))
	var order []string
	g.DFS("a", map[string]bool{}, &order)
	fmt.Println(order)
	fmt.Println(topo(map[string][]string{
		"shirt": {"tie", "belt"}, "tie": {"jacket"}, "pants": {"shoes", "belt"},
		"belt": {"jacket"}, "socks": {"shoes"}, "undershorts": {"pants", "shoes"},
	}))
}
