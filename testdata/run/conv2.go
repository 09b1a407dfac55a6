package main

import (
	"fmt"
	"strconv"
)

type Score int
type Scores []Score

func (s Scores) Avg() float64 {
	if len(s) == 0 {
		return 0
	}
	t := 0
	for _, v := range s {
		t += int(v)
	}
	return float64(t) / float64(len(s))
}

type StrAlias = string

func main() {
	raw := []int{90, 85, 77}
	var sc Scores
	for _, r := range raw {
		sc = append(sc, Score(r))
	}
	fmt.Printf("%.3f %T %T\n", sc.Avg(), sc, sc[0])
	var a StrAlias = "alias"
	var s string = a
	fmt.Printf("%T %v\n", a, s)
	f := 3.999
	fmt.Println(int(f), int(-f), uint8(int(f)), float32(f))
	fmt.Println(strconv.Itoa(int(Score(5))), string(rune(Score(65))))
	var x uint8 = 255
	fmt.Println(int8(x), int(int8(x)), uint32(int8(x)))
	big := 1e19
	fmt.Println(uint64(big))
	ch := byte('0' + 7)
	fmt.Println(ch, string(ch), int(ch-'0'))
	hex := fmt.Sprintf("%x", 48879)
	v, _ := strconv.ParseInt(hex, 16, 64)
	fmt.Println(hex, v)
	type Pt struct{ X, Y int }
	type Pt2 struct{ X, Y int }
	p := Pt{1, 2}
	q := Pt2(p)
	fmt.Println(q, Pt(q) == p)
	ss := []byte{104, 105}
	fmt.Println(string(ss), []byte(string(ss)))
}
