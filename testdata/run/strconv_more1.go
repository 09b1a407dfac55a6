package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False", "yes", "", "tRuE"} {
		b, err := strconv.ParseBool(s)
		fmt.Print(b, " ", err, "; ")
	}
	fmt.Println()
	for _, base := range []int{2, 3, 8, 10, 16, 29, 36} {
		fmt.Println(base, strconv.FormatInt(-255, base), strconv.FormatUint(1<<64-1, base), strconv.FormatInt(-1<<63, base))
	}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		strconv.FormatInt(1, 37)
	}()
	b := []byte("x=")
	b = strconv.AppendInt(b, -42, 10)
	b = strconv.AppendUint(b, 42, 16)
	b = strconv.AppendBool(b, true)
	b = strconv.AppendFloat(b, 3.25, 'e', 2, 64)
	b = strconv.AppendQuote(b, "q\n")
	b = strconv.AppendQuoteRune(b, '☺')
	b = strconv.AppendQuoteToASCII(b, "☺")
	b = strconv.AppendQuoteRuneToASCII(b, '☺')
	b = strconv.AppendQuoteToGraphic(b, "\u00a0\t")
	b = strconv.AppendQuoteRuneToGraphic(b, '\u2028')
	fmt.Println(string(b))
	inputs := []string{"0", "-0", "+7", "123", "-9223372036854775808", "9223372036854775808", "0x1F", "0X1f", "0b101", "0o17", "017", "1_000", "_1", "1__0", "0x_1F", "", "-", "12a", " 1", "١٢"}
	for _, s := range inputs {
		i, err := strconv.ParseInt(s, 0, 64)
		i8, err8 := strconv.ParseInt(s, 10, 8)
		u, erru := strconv.ParseUint(s, 0, 32)
		fmt.Println(s, "|", i, err, "|", i8, err8, "|", u, erru)
	}
	_, err := strconv.ParseInt("5", 1, 64)
	fmt.Println(err)
	_, err = strconv.ParseInt("5", 10, 65)
	fmt.Println(err)
	_, err = strconv.Atoi("99999999999999999999")
	var ne *strconv.NumError
	fmt.Println(err, errors.As(err, &ne), ne.Func, ne.Num, ne.Err == strconv.ErrRange, errors.Is(err, strconv.ErrRange))
	_, err = strconv.Atoi("x1")
	fmt.Println(err, errors.Is(err, strconv.ErrSyntax))
	for _, s := range []string{"1.5", "1e400", "-1e400", "1e-400", "0x1p-2", "inf", "-Infinity", "nan", "1_000.5", ".", "1e", "3.4028236e38"} {
		f64, e64 := strconv.ParseFloat(s, 64)
		f32, e32 := strconv.ParseFloat(s, 32)
		fmt.Println(s, f64, e64, f32, e32)
	}
	for _, s := range []string{`"abc"`, `'a'`, "`raw\\n`", `"\u263a\x41\101\n"`, `"bad`, `'ab'`, `"a"b`, `''`, `"\z"`, "`a\rb`", `"` + "\xff" + `"`} {
		u, err := strconv.Unquote(s)
		p, perr := strconv.QuotedPrefix(s + "tail")
		fmt.Printf("%q %v %q %v\n", u, err, p, perr)
	}
	v, mb, tail, err := strconv.UnquoteChar(`\u00e9rest`, '"')
	fmt.Println(v, mb, tail, err)
	fmt.Println(strconv.Quote("héllo\x00\u2028☺\xff"), strconv.QuoteToASCII("héllo☺\U0001F600"), strconv.QuoteToGraphic("\u00a0x\t"))
	fmt.Println(strconv.QuoteRune('\''), strconv.QuoteRune(0x10FFFF+1), strconv.QuoteRuneToASCII('é'), strconv.QuoteRuneToGraphic('\u00a0'))
	fmt.Println(strconv.CanBackquote("a`b"), strconv.CanBackquote("ab\t"), strconv.CanBackquote("a\nb"), strconv.IsPrint('\u00ad'), strconv.IsGraphic('\u00a0'), strconv.IsPrint('a'))
	fmt.Println(strconv.FormatComplex(complex(1.5, -2), 'f', 2, 128), strconv.FormatComplex(complex(0, 1), 'g', -1, 64))
	for _, f := range []float64{0, 1, -1.5, 123456789, 1e21, 1e-7, 0.000123} {
		fmt.Println(strconv.FormatFloat(f, 'f', -1, 64), strconv.FormatFloat(f, 'e', 3, 64), strconv.FormatFloat(f, 'g', -1, 32), strconv.FormatFloat(f, 'b', -1, 64), strconv.FormatFloat(f, 'x', 2, 64), strconv.FormatFloat(f, 'G', 4, 64))
	}
	fmt.Println(strconv.Itoa(-0), strconv.Itoa(1<<62), strconv.IntSize)
}
