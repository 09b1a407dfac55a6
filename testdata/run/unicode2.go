package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

func capitalize(s string) string {
	if s == "" {
		return s
	}
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

func camelToSnake(s string) string {
	var sb strings.Builder
	for i, r := range s {
		if unicode.IsUpper(r) {
			if i > 0 {
				sb.WriteByte('_')
			}
			sb.WriteRune(unicode.ToLower(r))
		} else {
			sb.WriteRune(r)
		}
	}
	return sb.String()
}

func main() {
	for _, w := range []string{"hello", "élan", "über", "", "1st", "ǆemal"} {
		fmt.Printf("%q -> %q\n", w, capitalize(w))
	}
	for _, w := range []string{"camelCase", "HTTPServer", "simple", "getURLForID"} {
		fmt.Println(w, camelToSnake(w))
	}
	stats := map[string]int{}
	for _, r := range "Hello, Wörld! 123 ٣ Ⅻ\t\u00a0" {
		switch {
		case unicode.IsUpper(r):
			stats["upper"]++
		case unicode.IsLower(r):
			stats["lower"]++
		case unicode.IsDigit(r):
			stats["digit"]++
		case unicode.IsNumber(r):
			stats["number"]++
		case unicode.IsSpace(r):
			stats["space"]++
		case unicode.IsPunct(r):
			stats["punct"]++
		default:
			stats["other"]++
		}
	}
	fmt.Println(stats)
	fmt.Println(unicode.ToTitle('ǆ'), unicode.ToUpper('ǆ'), unicode.IsControl('\x7f'), unicode.IsPrint('\t'), unicode.IsGraphic(' '))
	fmt.Println(unicode.Is(unicode.Han, '世'), unicode.In('α', unicode.Greek, unicode.Latin), unicode.IsLetter('_'))
	fmt.Println(utf8.RuneCountInString("a\xffb"), utf8.RuneLen('\uFFFD'), utf8.Valid([]byte{0xed, 0xa0, 0x80}))
	b := []byte("héllo")
	for len(b) > 0 {
		r, size := utf8.DecodeLastRune(b)
		fmt.Printf("%c%d ", r, size)
		b = b[:len(b)-size]
	}
	fmt.Println()
}
