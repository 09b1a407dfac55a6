package main

import (
	"fmt"
	"strings"
)

func main() {
	csv := "name,age,city\nalice,30,paris\nbob,25,berlin\ncarol,,rome"
	lines := strings.Split(csv, "\n")
	header := strings.Split(lines[0], ",")
	for _, l := range lines[1:] {
		fields := strings.Split(l, ",")
		var parts []string
		for i, f := range fields {
			if f == "" {
				f = "?"
			}
			parts = append(parts, header[i]+"="+f)
		}
		fmt.Println(strings.Join(parts, "; "))
	}
	s := "Mississippi"
	fmt.Println(strings.Count(s, "ss"), strings.Count(s, "i"), strings.Index(s, "ssi"), strings.LastIndex(s, "ssi"))
	fmt.Println(strings.Replace(s, "ss", "SS", 1), strings.ToUpper(s[:4]), strings.Repeat(s[:2], 3))
	fmt.Println(strings.TrimLeft("  \tpadded", " \t"), strings.TrimFunc("123abc456", func(r rune) bool { return r >= '0' && r <= '9' }))
	fmt.Println(strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("Σ", "σ"))
	fmt.Printf("%q\n", strings.Fields(" a  b\t\nc "))
	fmt.Printf("%q %q\n", strings.Split("", ","), strings.SplitN("a,b,c", ",", 0))
	fmt.Printf("%q\n", strings.SplitN("a,b,c", ",", -1))
	var b strings.Builder
	b.Grow(64)
	for i := 3; i > 0; i-- {
		fmt.Fprintf(&b, "%d...", i)
	}
	b.WriteString("liftoff")
	fmt.Println(b.String(), b.Len())
	fmt.Println(strings.HasSuffix("", ""), strings.Index("", ""), strings.LastIndex("abc", ""))
	fmt.Println(strings.ToLower("ÀÉÎ"), strings.ToUpper("ß"), len(strings.ToUpper("ß")))
}
