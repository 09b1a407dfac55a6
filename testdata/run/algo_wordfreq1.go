package main 

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

const text = `It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness.`

func main() {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r)
	})
	fmt.Println(len(words))
	freq := map[string]int{}
	for _, w := range words {
		freq[w]++
	}
	type kv struct {
		k string
		v int
	}
	var list []kv
	for k, v := range freq {
		list = append(list, kv{k, v})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].v != list[j].v {
			return list[i].v > list[j].v
		}
		return list[i].k < list[j].k
	})
	for _, e := range list[:8] {
		fmt.Printf("%-12s %2d %s\n", e.k, e.v, strings.Repeat("*", e.v))
	}
	fmt.Println(len(freq))
	lengths := map[int][]string{}
	for k := range freq {
		lengths[len(k)] = append(lengths[len(k)], k)
	}
	for l := 1; l <= 12; l++ {
		if ws, ok := lengths[l]; ok {
			sort.Strings(ws)
			fmt.Println(l, ws)
		}
	}
}
