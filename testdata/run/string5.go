package main

import "fmt"

func main() {
	s := "abcdef"
	fmt.Println(s[1:3], s[:3], s[3:], s[:], s[2:2] == "")
	b := s[1:4]
	fmt.Println(len(b), b[0], b[len(b)-1])
	runes := 0
	bytes := 0
	for i := range "aé世😀" {
		_ = i
		runes++
	}
	for i := 0; i < len("aé世😀"); i++ {
		bytes++
	}
	fmt.Println(runes, bytes)
	x := "x"
	for i := 0; i < 5; i++ {
		x = x + x
	}
	fmt.Println(len(x))
	multi := `raw
string \n with "quotes"`
	fmt.Println(multi, len(multi))
	fmt.Println("\u00e9" == "é", "\xe9" == "é", len("\u00e9"), len("\xe9"))
	fmt.Println("tab:\t|", "nl-escape:\\n", "quote:\"", 'a', '\'')
	var bs []byte
	bs = append(bs, "hello"...)
	bs = append(bs, ' ')
	bs = append(bs, []byte("world")...)
	fmt.Println(string(bs), len(bs))
	str := string(bs)
	bs[0] = 'J'
	fmt.Println(str, string(bs))
	eq := "go" + "pher"
	fmt.Println(eq == "gopher", eq[2:] == "pher")
	fmt.Println(string(rune(0x10FFFF+1)) == "\uFFFD", string(rune(0xD800)))
}
