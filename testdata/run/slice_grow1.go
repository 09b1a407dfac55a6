package main

// growslice capacities (Go 1.19: double below 256, then +(cap+768)/4, then size-class
// rounding) for several element sizes, appends of several elements at once, and zero-size elements.

import "fmt"

type b3 struct{ a, b, c byte }
type b12 struct{ a, b, c int32 }
type b24 struct{ a, b, c int64 }
type b40 struct{ a [5]int64 }
type b100 struct{ a [100]byte }

func main() {
	var s1 []byte
	var s2 []int16
	var s3 []b3
	var s4 []int32
	var s8 []int
	var s12 []b12
	var s16 []string
	var s24 []b24
	var s40 []b40
	var s100 []b100
	var z []struct{}
	caps := func(name string, n int, app func() int) {
		fmt.Print(name, ":")
		last := -1
		for i := 0; i < n; i++ {
			if c := app(); c != last {
				fmt.Print(" ", c)
				last = c
			}
		}
		fmt.Println()
	}
	caps("byte", 6000, func() int { s1 = append(s1, 1); return cap(s1) })
	caps("int16", 3000, func() int { s2 = append(s2, 1); return cap(s2) })
	caps("b3", 1000, func() int { s3 = append(s3, b3{}); return cap(s3) })
	caps("int32", 2000, func() int { s4 = append(s4, 1); return cap(s4) })
	caps("int", 3000, func() int { s8 = append(s8, 1); return cap(s8) })
	caps("b12", 1000, func() int { s12 = append(s12, b12{}); return cap(s12) })
	caps("string", 1000, func() int { s16 = append(s16, ""); return cap(s16) })
	caps("b24", 1000, func() int { s24 = append(s24, b24{}); return cap(s24) })
	caps("b40", 600, func() int { s40 = append(s40, b40{}); return cap(s40) })
	caps("b100", 400, func() int { s100 = append(s100, b100{}); return cap(s100) })
	caps("struct{}", 10, func() int { z = append(z, struct{}{}); return cap(z) })
	fmt.Println(len(z))

	a := append([]int{1, 2, 3}, 4, 5, 6, 7)
	fmt.Println(len(a), cap(a))
	b := append([]int(nil), make([]int, 5)...)
	fmt.Println(len(b), cap(b))
	c := append(make([]int, 300), 1)
	fmt.Println(len(c), cap(c))
	d := append(make([]byte, 5), "hello world!"...)
	fmt.Println(len(d), cap(d), string(d[5:]))
	e := append([]byte(nil), "x"...)
	fmt.Println(len(e), cap(e))
	f := append(make([]int, 256), make([]int, 1000)...)
	fmt.Println(len(f), cap(f))
	g := append(make([]int64, 10, 10), make([]int64, 11)...)
	fmt.Println(len(g), cap(g))
	h := append(make([]b24, 600), b24{})
	fmt.Println(len(h), cap(h))
	var nilS []int
	nilS = append(nilS)
	fmt.Println(nilS == nil, len(nilS), cap(nilS))
	nilS = append(nilS, []int{}...)
	fmt.Println(nilS == nil)
	m := make([]int, 3, 10)
	fmt.Println(len(m), cap(m), len(m[:10]), cap(m[2:]))
}
