package main

import "fmt"

var table [256]int
var small [10]int

func byteIndex(b byte) int { return table[b] } // ERROR "index bounds check elided"

func modIndex(x uint) int { return small[x%10] } // ERROR "index bounds check elided"

func maskIndex(x int) int { return small[x&7] } // ERROR "index bounds check elided"

func shiftIndex(x uint32) int { return table[x>>24] } // ERROR "index bounds check elided"

func signedIndex(i int) int { return small[i] }

func constIndex() int { return small[3] }

func ptrArray(p *[256]int, b uint8) int { return p[b] } // ERROR "p does not escape" "index bounds check elided"

func strIndex(i uint8) byte { return "0123456789abcdef"[i&15] } // ERROR "index bounds check elided"

func multiRet() (int, int) { return 1, 2 }

func printMulti() {
	fmt.Println(multiRet()) // ERROR "\.\.\. argument does not escape" "\.autotmp_0 escapes to heap" "\.autotmp_1 escapes to heap"
}

func main() {
	_ = byteIndex(1)
	_ = modIndex(1)
	_ = maskIndex(1)
	_ = shiftIndex(1)
	_ = signedIndex(1)
	_ = constIndex()
	_ = ptrArray(&table, 1)
	_ = strIndex(1)
	printMulti()
}
