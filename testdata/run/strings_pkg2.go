package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Printf("[%s]\n", strings.Trim("xxhixyx", "xy"))
	fmt.Printf("[%s]\n", strings.TrimLeft("xxhixyx", "x"))
	fmt.Printf("[%s]\n", strings.TrimRight("xxhixyx", "xy"))
	fmt.Printf("[%s]\n", strings.TrimPrefix("prefix-body", "prefix-"))
	fmt.Printf("[%s]\n", strings.TrimPrefix("prefix-body", "nope"))
	fmt.Printf("[%s]\n", strings.TrimSuffix("file.go", ".go"))
	fmt.Printf("[%s]\n", strings.TrimSpace("\t\n  x y \r\n"))
	rot13 := func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+13)%26
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+13)%26
		}
		return r
	}
	fmt.Println(strings.Map(rot13, "Hello, World!"))
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'l' {
			return -1
		}
		return r
	}, "hello world"))
	var sb strings.Builder
	for i := 0; i < 5; i++ {
		fmt.Fprintf(&sb, "%d-", i)
		sb.WriteString("x")
		sb.WriteByte(';')
		sb.WriteRune('é')
	}
	fmt.Println(sb.String(), sb.Len())
	sb.Reset()
	sb.WriteString("fresh")
	fmt.Println(sb.String())
	fmt.Println(strings.Title("x") == "X", strings.Fields("  ") == nil, len(strings.Fields("  ")))
	fmt.Println(strings.IndexAny("golang", "nl"), strings.LastIndexByte("golang", 'g'))
	fmt.Println(strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("a", "a"))
	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Println(before, after, found)
}
