package main

import (
	"fmt"
	"sort"
	"strings"
)

type Index map[string]map[int]bool

func build(docs []string) Index {
	idx := Index{}
	for i, d := range docs {
		for _, w := range strings.Fields(strings.ToLower(d)) {
			w = strings.Trim(w, ".,!?")
			if idx[w] == nil {
				idx[w] = map[int]bool{}
			}
			idx[w][i] = true
		}
	}
	return idx
}

func (idx Index) Query(words ...string) []int {
	counts := map[int]int{}
	for _, w := range words {
		for d := range idx[w] {
			counts[d]++
		}
	}
	var out []int
	for d, c := range counts {
		if c == len(words) {
			out = append(out, d)
		}
	}
	sort.Ints(out)
	return out
}

func main() {
	docs := []string{
		"The cat sat on the mat.",
		"The dog sat on the log!",
		"Cats and dogs, living together?",
		"A cat is not a dog.",
	}
	idx := build(docs)
	fmt.Println(len(idx))
	fmt.Println(idx.Query("the"), idx.Query("sat", "on"), idx.Query("cat"), idx.Query("cat", "dog"), idx.Query("zebra"))
	fmt.Println(idx["cat"], idx["sat"])
	words := make([]string, 0, len(idx))
	for w := range idx {
		words = append(words, w)
	}
	sort.Strings(words)
	fmt.Println(words)
}
