package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "  The quick brown fox jumps over the lazy dog  "
	fmt.Printf("[%s]\n", strings.TrimSpace(s))
	fmt.Println(strings.Contains(s, "fox"), strings.Contains(s, "cat"), strings.ContainsRune(s, 'q'), strings.ContainsAny(s, "xyz"))
	fmt.Println(strings.Index(s, "o"), strings.LastIndex(s, "o"), strings.Index(s, "cat"), strings.IndexByte(s, 'q'), strings.IndexRune(s, 'j'))
	fmt.Println(strings.Count(s, "o"), strings.Count("five", ""))
	fmt.Println(strings.ToUpper(s), strings.ToLower("HeLLo ÄÖ"))
	fmt.Println(strings.HasPrefix("golang", "go"), strings.HasSuffix("golang", "ng"), strings.HasPrefix("go", "golang"))
	fields := strings.Fields(s)
	fmt.Println(len(fields), fields)
	fmt.Printf("%q\n", strings.Split("a,b,,c,", ","))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Println(strings.Join(fields, "_"))
	fmt.Println(strings.Repeat("ab", 3), strings.Repeat("-", 0) == "")
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2))
	fmt.Println(strings.Replace("oink oink oink", "oink", "moo", -1))
	fmt.Println(strings.ReplaceAll("banana", "a", "o"))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.EqualFold("Go", "Goo"))
}
