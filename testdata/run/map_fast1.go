// The map families cmd/compile picks by key and elem type (walk.mapfast): 8-byte keys
// (mapassign_fast64, pointer keys as fast64ptr), string keys (faststr), and the generic path for
// other keys and for elems over 128 bytes. Each map is hot enough to be compiled, grows and
// shrinks, and is updated, looked up and deleted from in the same loops, one kind after another,
// so that every family runs both before and after the others have been compiled.
package main

import (
	"fmt"
	"sort"
	"strconv"
)

type big struct {
	a [17]int64 // 136 bytes: stored indirectly, generic path
}

type node struct{ id int }

func ints(n int) (int, int, int) {
	m := make(map[int64]int)
	for i := 0; i < n; i++ {
		m[int64(i*7919%(n/2+1))] += i
	}
	hits, sum := 0, 0
	for i := 0; i < n; i++ {
		if v, ok := m[int64(i)]; ok {
			hits++
			sum += v
		}
	}
	for i := 0; i < n; i += 3 {
		delete(m, int64(i))
	}
	return len(m), hits, sum
}

func strs(n int) (int, int) {
	m := make(map[string]int)
	keys := make([]string, n)
	for i := range keys {
		keys[i] = "k" + strconv.Itoa(i*31%(n/3+1))
	}
	for r := 0; r < 3; r++ {
		for i, k := range keys {
			m[k] += i + r
		}
	}
	for i := 0; i < n; i += 5 {
		delete(m, keys[i])
	}
	m[""] = -1
	sum := 0
	for _, k := range keys {
		sum += m[k]
	}
	return len(m), sum + m[""]
}

func ptrs(n int) (int, int) {
	nodes := make([]*node, n)
	for i := range nodes {
		nodes[i] = &node{i}
	}
	m := make(map[*node]string)
	for i, p := range nodes {
		if i%4 != 0 {
			m[p] = strconv.Itoa(p.id)
		}
	}
	for i := 0; i < n; i += 8 {
		delete(m, nodes[i+1])
	}
	total := 0
	for _, p := range nodes {
		if s, ok := m[p]; ok {
			v, _ := strconv.Atoi(s)
			total += v
		}
	}
	var nilp *node
	m[nilp] = "nil"
	return len(m), total + len(m[nilp])
}

func bigs(n int) (int, int64) {
	m := make(map[int]big)
	for i := 0; i < n; i++ {
		var b big
		b.a[16] = int64(i)
		m[i%(n/2)] = b
	}
	var s int64
	for i := 0; i < n; i++ {
		s += m[i].a[16]
	}
	delete(m, 0)
	return len(m), s
}

func runes(s string) []string {
	m := make(map[rune]int)
	for _, r := range s {
		m[r]++
	}
	var out []string
	for r, c := range m {
		out = append(out, fmt.Sprintf("%c=%d", r, c))
	}
	sort.Strings(out)
	return out
}

func main() {
	for round := 0; round < 3; round++ {
		a, b, c := ints(3000)
		d, e := strs(2000)
		f, g := ptrs(1600)
		h, i := bigs(600)
		fmt.Println(round, a, b, c, d, e, f, g, h, i)
	}
	fmt.Println(runes("héllo, wörld — 你好, 世界!"))
	var nilmap map[string]int
	fmt.Println(nilmap["x"], len(nilmap))
	delete(nilmap, "x")
	defer func() { fmt.Println("recovered:", recover()) }()
	nilmap["x"] = 1
}
