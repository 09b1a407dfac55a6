package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"3.14", "-0.5", "1e10", "inf", "NaN", "abc", "1.7976931348623157e309", ".5"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(f, err)
	}
	f32, _ := strconv.ParseFloat("0.1", 32)
	fmt.Println(f32)
	x := 1234.5678
	fmt.Println(strconv.FormatFloat(x, 'f', 2, 64))
	fmt.Println(strconv.FormatFloat(x, 'e', 3, 64))
	fmt.Println(strconv.FormatFloat(x, 'g', -1, 64))
	fmt.Println(strconv.FormatFloat(x, 'f', -1, 32))
	fmt.Println(strconv.FormatFloat(0.000012, 'g', -1, 64))
	fmt.Println(strconv.Quote("hello \"world\"\n\ttab é \x01"))
	fmt.Println(strconv.QuoteToASCII("é日本"))
	fmt.Println(strconv.QuoteRune('☺'))
	s, err := strconv.Unquote(`"a\tb"`)
	fmt.Printf("%q %v\n", s, err)
	_, err = strconv.Unquote("noquotes")
	fmt.Println(err)
	_, err = strconv.Atoi("x1")
	if ne, ok := err.(*strconv.NumError); ok {
		fmt.Println(ne.Func, ne.Num, ne.Err)
	}
}
