package main

import (
	"fmt"
	"strings"
)

type Token int

const (
	Plus Token = iota
	Minus
	Star
	Num
)

func lex(s string) []Token {
	var out []Token
	for _, c := range s {
		switch c {
		case '+':
			out = append(out, Plus)
		case '-':
			out = append(out, Minus)
		case '*':
			out = append(out, Star)
		case ' ':
		default:
			if c >= '0' && c <= '9' {
				out = append(out, Num)
			}
		}
	}
	return out
}

func season(m int) string {
	switch m {
	case 12, 1, 2:
		return "winter"
	case 3, 4, 5:
		return "spring"
	case 6, 7, 8:
		return "summer"
	case 9, 10, 11:
		return "autumn"
	default:
		return "invalid"
	}
}

func main() {
	fmt.Println(lex("1 + 2 * 3 - x"))
	for m := 0; m <= 13; m += 3 {
		fmt.Print(season(m), " ")
	}
	fmt.Println()
	x := 15
	switch {
	case x%15 == 0:
		fmt.Println("fizzbuzz")
		fallthrough
	case x%5 == 0:
		fmt.Println("buzz (via fallthrough)")
	case x%3 == 0:
		fmt.Println("fizz")
	}
	for i := 1; i <= 15; i++ {
		var s string
		switch {
		case i%15 == 0:
			s = "FizzBuzz"
		case i%3 == 0:
			s = "Fizz"
		case i%5 == 0:
			s = "Buzz"
		default:
			s = fmt.Sprint(i)
		}
		fmt.Print(s, " ")
	}
	fmt.Println()
	switch s := strings.ToLower("HeLLo"); {
	case strings.HasPrefix(s, "he"):
		fmt.Println("prefix he", s)
	}
	var v interface{} = 2.0
	switch v {
	case 2:
		fmt.Println("int 2")
	case 2.0:
		fmt.Println("float 2")
	}
	calls := 0
	check := func(n int) int { calls++; return n }
	switch 3 {
	case check(1), check(3), check(5):
		fmt.Println("matched, calls =", calls)
	}
}
