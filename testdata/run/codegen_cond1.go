// Conditions and loops as the code generator fuses them: compare-and-jump with register and
// immediate operands (constants on either side, boundaries of the immediate range), unsigned
// ordering with the high bit set, && / || / ! chains with side effects, nil comparisons, NaN,
// rotated for loops with continue/break/labels, and temporaries moved straight into variables.
package main

import (
	"fmt"
	"math"
)

var trace []string

func t(name string, v bool) bool { trace = append(trace, name); return v }

func ints(a, b int) string {
	s := ""
	if a < b {
		s += "<"
	}
	if a <= b {
		s += "<="
	}
	if a > b {
		s += ">"
	}
	if a >= b {
		s += ">="
	}
	if a == b {
		s += "=="
	}
	if a != b {
		s += "!="
	}
	return s
}

func consts(a int) string {
	s := ""
	if a < 1073741823 {
		s += "a"
	}
	if a <= 1073741823 {
		s += "b"
	}
	if a > -1073741824 {
		s += "c"
	}
	if a >= -1073741824 {
		s += "d"
	}
	if 5 < a {
		s += "e"
	}
	if 5 >= a {
		s += "f"
	}
	if a == 7 {
		s += "g"
	}
	if -7 != a {
		s += "h"
	}
	if a <= 1<<40 {
		s += "i"
	}
	if !(a > 3) {
		s += "j"
	}
	return s
}

func unsigned(a, b uint64) string {
	s := ""
	if a < b {
		s += "<"
	}
	if a <= b {
		s += "<="
	}
	if a > 0 {
		s += ">0"
	}
	if 1 < a {
		s += "1<"
	}
	if a >= 1<<63 {
		s += "hi"
	}
	return s
}

func small(x int8, y uint8, z uint32) string {
	s := ""
	if x < 0 {
		s += "x<0 "
	}
	if y > 127 {
		s += "y>127 "
	}
	if z >= 1<<31 {
		s += "z>=2^31 "
	}
	if uint8(x) == y {
		s += "eq "
	}
	return s
}

type node struct{ next *node }

func nils(p *node, sl []int, m map[int]int, f func(), e error, i interface{}) string {
	s := ""
	if p == nil {
		s += "p"
	}
	if sl != nil {
		s += "s"
	}
	if nil == m {
		s += "m"
	}
	if f != nil {
		s += "f"
	}
	if e == nil {
		s += "e"
	}
	if i != nil {
		s += "i"
	}
	return s
}

func floats(a, b float64) string {
	s := ""
	if a < b {
		s += "<"
	}
	if !(a < b) {
		s += "!<"
	}
	if a >= b {
		s += ">="
	}
	if a != b {
		s += "!="
	}
	if !(a == b) {
		s += "!=="
	}
	return s
}

func main() {
	for _, p := range [][2]int{{1, 2}, {2, 1}, {3, 3}, {-5, 5}, {math.MinInt64, math.MaxInt64}} {
		fmt.Println("ints", p[0], p[1], ints(p[0], p[1]))
	}
	for _, a := range []int{-1073741825, -1073741824, 0, 3, 4, 5, 6, 7, -7, 1073741822, 1073741823, 1073741824, 1 << 40, 1<<40 + 1} {
		fmt.Println("consts", a, consts(a))
	}
	for _, p := range [][2]uint64{{0, 1}, {1, 0}, {1 << 63, 1}, {1, 1 << 63}, {math.MaxUint64, 2}, {2, 2}} {
		fmt.Println("unsigned", p[0], p[1], unsigned(p[0], p[1]))
	}
	fmt.Println("small", small(-1, 255, 1<<31), small(1, 1, 5), small(-128, 128, math.MaxUint32))
	var e error
	fmt.Println("nils", nils(nil, nil, nil, nil, nil, nil), nils(&node{}, []int{}, map[int]int{}, func() {}, fmt.Errorf("x"), 0), nils(nil, make([]int, 0), nil, nil, e, e))
	nan := math.NaN()
	fmt.Println("floats", floats(1, 2), floats(2, 1), floats(nan, 1), floats(1, nan), floats(nan, nan))

	// && || ! chains: order and short-circuit
	for i := 0; i < 8; i++ {
		a, b, c := i&1 != 0, i&2 != 0, i&4 != 0
		trace = trace[:0]
		r1 := t("a", a) && t("b", b) || t("c", c)
		var r2 bool
		if t("a", a) || !t("b", b) && t("c", c) {
			r2 = true
		}
		r3 := false
		if !(t("a", a) && (t("b", b) || t("c", c))) {
			r3 = true
		}
		for j := 0; t("a", a) && j < 2 || t("c", c) && j < 1; j++ {
			trace = append(trace, "body")
		}
		fmt.Println(a, b, c, r1, r2, r3, trace)
	}

	// rotated loops: continue, break, labels, no condition, constant conditions
	sum := 0
outer:
	for i := 0; i < 10; i++ {
		if i == 2 {
			continue
		}
		for j := i; ; j++ {
			if j > i+3 {
				continue outer
			}
			if i*j > 40 {
				break outer
			}
			sum += i * j
		}
	}
	for false {
		sum = -1
	}
	n := 0
	for true {
		n++
		if n >= 3 {
			break
		}
	}
	k := 0
	for k < 100 {
		k += 7
	}
	fmt.Println("loops", sum, n, k)

	// range: the body changing the key variable does not change the iteration
	xs := []int{10, 20, 30, 40}
	visits := 0
	for i, x := range xs {
		visits++
		i += 2
		_ = x
	}
	for i := range "héllo" {
		visits += i
	}
	fmt.Println("range", visits)

	// temporaries moved into variables: swaps, op-assign, conversions
	a, b := 1, 2
	a, b = b, a
	a, b = a+b, a-b
	var u8 uint8 = 250
	u8 += 10
	i16 := int16(-32768)
	i16--
	f := 1.5
	f *= f
	x := int64(a) * 3
	y := x
	x++
	fmt.Println("temps", a, b, u8, i16, f, x, y)
}
