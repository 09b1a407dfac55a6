package main

import "fmt"

func main() {
	var r rune = 'A'
	var b byte = 'A'
	fmt.Println(r, b, r+1, b+1, string(r+1))
	fmt.Printf("%T %T %c %c %U\n", r, b, r, b, r)
	for _, c := range []rune{'a', 'é', '中', '\n', '\x00', '\u263A', '\U0001F600'} {
		fmt.Printf("%c|%q|%d|%x|%U\n", c, c, c, c, c)
	}
	s := []rune("¡Hola!")
	for i := range s {
		if s[i] >= 'a' && s[i] <= 'z' {
			s[i] -= 32
		}
	}
	fmt.Println(string(s), len(s), len(string(s)))
	digits := "0123456789"
	total := 0
	for _, d := range digits {
		total += int(d - '0')
	}
	fmt.Println(total)
	fmt.Println('a' < 'b', 'Z' < 'a', '9'-'0', 'x'*2)
	var runes []rune
	for c := 'α'; c <= 'ε'; c++ {
		runes = append(runes, c)
	}
	fmt.Println(string(runes), runes)
}
