package main

// String conversions and UTF-8: string(rune) with invalid code points, []rune and []byte
// round trips of invalid UTF-8, range over invalid sequences (U+FFFD, width 1), strings.Builder
// growth seen through Cap().

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

func main() {
	for _, r := range []rune{'a', 'é', '世', 0x1F600, -1, 0xD800, 0xDFFF, 0x10FFFF, 0x110000} {
		s := string(r)
		fmt.Printf("%U %q %d %v\n", r, s, len(s), []byte(s))
	}
	var i64 int64 = 0x100000041 // string(int64) uses the full value: invalid
	fmt.Printf("%q\n", string(rune(i64)))
	var b byte = 0xe9
	fmt.Printf("%q\n", string(b)) // byte as rune: é

	bad := "a\xffb\xe4\xb8c\xed\xa0\x80d\xf4\x90\x80\x80e\xc0\xaf"
	fmt.Println(len(bad), utf8.RuneCountInString(bad), utf8.ValidString(bad))
	for i, r := range bad {
		fmt.Printf("%d:%U ", i, r)
	}
	fmt.Println()
	rs := []rune(bad)
	fmt.Println(len(rs), rs)
	back := string(rs)
	fmt.Printf("%q %d\n", back, len(back))
	bs := []byte(bad)
	fmt.Println(string(bs) == bad, len(bs))
	fmt.Printf("%q\n", string([]rune{0x61, -5, 0x10FFFF + 1, 0xD7FF, 0xE000}))
	// index by byte, not rune
	s := "héllo"
	fmt.Println(len(s), s[1], s[2], s[1:3], utf8.RuneLen('é'))
	for i := range s {
		fmt.Print(i, " ")
	}
	fmt.Println()
	n := 0
	for range "\xff\xfe\xfd" {
		n++
	}
	fmt.Println(n)
	// conversions between named types
	type MyStr string
	type MyBytes []byte
	ms := MyStr("xyz")
	mb := MyBytes(ms)
	fmt.Println(string(mb), MyStr(mb) == ms, len(mb))
	// concatenation and comparison
	x := "ab"
	y := x + "c"
	fmt.Println(y, y > x, x < "b", "" < "a", strings.Compare(y, "abc"))

	// strings.Builder: Cap grows like append's growslice on []byte.
	var sb strings.Builder
	last := -1
	for i := 0; i < 3000; i++ {
		sb.WriteByte('x')
		if sb.Cap() != last {
			fmt.Print(sb.Cap(), " ")
			last = sb.Cap()
		}
	}
	fmt.Println(sb.Len())
	var sb2 strings.Builder
	sb2.Grow(10)
	fmt.Print(sb2.Cap(), " ")
	sb2.WriteString("0123456789")
	fmt.Print(sb2.Cap(), " ")
	sb2.WriteString("a")
	fmt.Print(sb2.Cap(), " ")
	sb2.Grow(100)
	fmt.Println(sb2.Cap(), sb2.Len())
	var sb3 strings.Builder
	for i := 0; i < 10; i++ {
		sb3.WriteString("hello, ")
		fmt.Print(sb3.Cap(), " ")
	}
	fmt.Println()
	var sb4 strings.Builder
	sb4.WriteRune('世')
	sb4.WriteRune(-1)
	fmt.Printf("%q %d %d\n", sb4.String(), sb4.Len(), sb4.Cap())
}
