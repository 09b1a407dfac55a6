package main

import "fmt"

func main() {
	list := []string{"banana", "apple", "Apple", "cherry", "app", "", "b", "éclair", "zebra"}
	for i := 0; i < len(list); i++ {
		for j := i + 1; j < len(list); j++ {
			if list[j] < list[i] {
				list[i], list[j] = list[j], list[i]
			}
		}
	}
	fmt.Println(list)
	fmt.Printf("%q\n", list)
	a, b := "go", "gopher"
	fmt.Println(a < b, a > b, a <= b, a >= b, a == b[:2], a != b)
	m := map[string]int{}
	for _, w := range list {
		if len(w) > 0 {
			m[w[:1]]++
		}
	}
	fmt.Println(m)
}
