package main

import "fmt"

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func isPalin(s string) bool {
	for i := 0; i < len(s)/2; i++ {
		if s[i] != s[len(s)-1-i] {
			return false
		}
	}
	return true
}

func main() {
	words := []string{"racecar", "hello", "level", "Go", "", "ab"}
	for _, w := range words {
		fmt.Printf("%-8q rev=%-8q palin=%v\n", w, reverse(w), isPalin(w))
	}
	fmt.Println(reverse("日本語"))
	s := ""
	for i := 0; i < 10; i++ {
		s += string(rune('a' + i))
	}
	fmt.Println(s, s[3:7], s[len(s)-1:])
	var counts [26]int
	for _, c := range "the quick brown fox jumps over the lazy dog" {
		if c >= 'a' && c <= 'z' {
			counts[c-'a']++
		}
	}
	fmt.Println(counts)
	x := "abc"
	y := x[1:]
	fmt.Println(y, len(y), x[1] == y[0])
	fmt.Println(x[0], x[0]+1, string(x[0]+1))
}
