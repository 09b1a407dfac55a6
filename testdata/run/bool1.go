package main

import "fmt"

func xor(a, b bool) bool { return a != b }

func main() {
	vals := []bool{false, true}
	fmt.Println("a     b     and   or    xor   nand")
	for _, a := range vals {
		for _, b := range vals {
			fmt.Printf("%-5t %-5t %-5t %-5t %-5t %-5t\n", a, b, a && b, a || b, xor(a, b), !(a && b))
		}
	}
	var z bool
	fmt.Println(z, !z, z == false)
	type Flag bool
	var f Flag = true
	fmt.Printf("%v %T\n", f, f)
	n := 5
	isBig := n > 3 && n < 10
	fmt.Println(isBig, n == 5 || n/(n-5) == 1)
	m := map[string]bool{"a": true}
	if m["b"] {
		fmt.Println("missing key true?")
	} else {
		fmt.Println("missing key false")
	}
	count := 0
	for _, b := range []bool{true, false, true, true} {
		if b {
			count++
		}
	}
	fmt.Println(count)
}
