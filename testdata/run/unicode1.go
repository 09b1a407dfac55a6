package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func main() {
	for _, r := range "aZ5 \tß世!_é\n" {
		fmt.Printf("%q L=%v D=%v S=%v U=%v Lo=%v P=%v up=%q lo=%q\n", r,
			unicode.IsLetter(r), unicode.IsDigit(r), unicode.IsSpace(r), unicode.IsUpper(r),
			unicode.IsLower(r), unicode.IsPunct(r), unicode.ToUpper(r), unicode.ToLower(r))
	}
	s := "Hello, 世界 €"
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.ValidString(s), utf8.ValidString("a\xffb"))
	for _, r := range []rune{'a', 'é', '世', '😀', -1, 0x110000} {
		fmt.Print(utf8.RuneLen(r), " ")
	}
	fmt.Println()
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		fmt.Printf("%c:%d ", r, size)
		i += size
	}
	fmt.Println()
	r, size := utf8.DecodeRuneInString("\xff")
	fmt.Println(r, size, r == utf8.RuneError)
	r, size = utf8.DecodeRuneInString("")
	fmt.Println(r, size)
	buf := make([]byte, 4)
	for _, r := range []rune{'A', 'ß', '€', '𝄞'} {
		n := utf8.EncodeRune(buf, r)
		fmt.Println(r, n, buf[:n])
	}
	lr, ls := utf8.DecodeLastRuneInString(s)
	fmt.Println(string(lr), ls, utf8.RuneCount([]byte(s)), utf8.UTFMax, utf8.RuneSelf)
	fmt.Println(string(utf8.AppendRune(nil, '世')), utf8.FullRune([]byte{0xe4}), utf8.ValidRune(0xD800))
}
