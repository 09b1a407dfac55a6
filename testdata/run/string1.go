package main

import "fmt"

func main() {
	s := "Hello, 世界!"
	fmt.Println(s, len(s))
	for i := 0; i < len(s); i++ {
		fmt.Printf("%d:%02x ", i, s[i])
	}
	fmt.Println()
	for i, r := range s {
		fmt.Printf("%d:%c(%d) ", i, r, r)
	}
	fmt.Println()
	fmt.Println(s[0:5], s[7:], s[:0] == "", s[7:10])
	t := s
	t += " again"
	fmt.Println(s, "|", t)
	fmt.Println("abc" < "abd", "abc" < "ab", "Z" < "a", "" < "a", "abc" == "ab"+"c")
	b := []byte(s)
	b[0] = 'J'
	fmt.Println(string(b), s)
	r := []rune(s)
	fmt.Println(len(r), string(r[7]), string(r[7:9]))
	r[0] = 'Y'
	fmt.Println(string(r))
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)))
	var e string
	fmt.Printf("[%s] %d %q\n", e, len(e), e)
}
