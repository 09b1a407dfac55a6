package main

import (
	"fmt"
	"strings"
)

func caesar(s string, k int) string {
	out := make([]byte, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z':
			c = 'a' + byte((int(c-'a')+k+26)%26)
		case c >= 'A' && c <= 'Z':
			c = 'A' + byte((int(c-'A')+k+26)%26)
		}
		out[i] = c
	}
	return string(out)
}

func wordWrap(text string, width int) []string {
	var lines []string
	line := ""
	for _, w := range strings.Fields(text) {
		if len(line)+len(w)+1 > width && line != "" {
			lines = append(lines, line)
			line = ""
		}
		if line != "" {
			line += " "
		}
		line += w
	}
	if line != "" {
		lines = append(lines, line)
	}
	return lines
}

func main() {
	enc := caesar("Hello, World! xyz", 3)
	fmt.Println(enc, caesar(enc, -3))
	for i, l := range wordWrap("Go is an open source programming language that makes it simple to build secure, scalable systems.", 20) {
		fmt.Printf("%2d |%-20s|\n", i, l)
	}
	s := "a,b;c d"
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ';' || r == ' ' })
	fmt.Println(parts, len(parts))
	var sb strings.Builder
	for i := 0; i < 3; i++ {
		sb.WriteString(strings.ToUpper(parts[i]))
	}
	fmt.Println(sb.String())
	fmt.Println(strings.Index("chicken", "ken"), strings.Index("chicken", "dmr"), strings.Index("日本語", "語"))
	fmt.Println(strings.LastIndex("go gopher", "go"), strings.IndexFunc("Hello, 世界", func(r rune) bool { return r > 127 }))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Println(strings.Title("hello world"), strings.ToTitle("loud"))
	fmt.Println(strings.ContainsAny("hi", ""), strings.Contains("", ""), strings.Count("cheese", "e"))
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("<b>bold</b>"))
}
