package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, base := range []int{2, 8, 10, 16, 36} {
		fmt.Print(strconv.FormatInt(-1234567, base), " ")
	}
	fmt.Println()
	for _, s := range []string{"0b1010", "0o17", "0x_1F", "1_000", "017", "-0x10"} {
		v, err := strconv.ParseInt(s, 0, 64)
		fmt.Println(s, v, err)
	}
	v, err := strconv.ParseInt("128", 10, 8)
	fmt.Println(v, err)
	v, err = strconv.ParseInt("-129", 10, 8)
	fmt.Println(v, err)
	u, err := strconv.ParseUint("256", 10, 8)
	fmt.Println(u, err)
	_, err = strconv.ParseInt("12", 1, 64)
	fmt.Println(err)
	for _, f := range []float64{0, 1, -1.5, 1e21, 1e-7, 123456.789, 0.1} {
		fmt.Print(strconv.FormatFloat(f, 'g', -1, 64), "|", strconv.FormatFloat(f, 'f', -1, 64), "|", strconv.FormatFloat(f, 'e', 2, 64), " ")
	}
	fmt.Println()
	b := []byte{}
	b = strconv.AppendBool(b, true)
	b = strconv.AppendFloat(b, 2.5, 'f', 3, 64)
	b = strconv.AppendUint(b, 42, 16)
	b = strconv.AppendQuoteRune(b, 'λ')
	fmt.Println(string(b))
	fmt.Println(strconv.Quote("\a\b\f\v\x7f"), strconv.Quote("\u2028"), strconv.IsPrint('\u00a0'))
	r, mb, tail, err := strconv.UnquoteChar(`\u00e9xyz`, '"')
	fmt.Println(string(r), mb, tail, err)
	fmt.Println(strconv.Itoa(int(^uint(0)>>1)), strconv.Itoa(-1<<63))
}
