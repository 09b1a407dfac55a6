package main

import "fmt"

func main() {
	bad := "a\xffb\xc0\x80c\xe4\xb8"
	fmt.Println(len(bad))
	for i, r := range bad {
		fmt.Printf("%d:%U ", i, r)
	}
	fmt.Println()
	rs := []rune(bad)
	fmt.Println(len(rs), rs)
	fmt.Printf("%q\n", bad)
	fmt.Printf("%x\n", bad)
	fmt.Printf("% x\n", bad)
	fmt.Printf("%X\n", []byte("hi"))
	s := "héllo"
	count := 0
	for range s {
		count++
	}
	fmt.Println(count, len(s))
	fmt.Println(string([]byte{0xe4, 0xb8, 0x96}))
	fmt.Println([]byte("€"))
	fmt.Printf("%q %+q %#q\n", "tab\there", "é", "back`tick")
	fmt.Printf("%c %c %q %q\n", 'A', 0x1F600, 'x', '\n')
}
