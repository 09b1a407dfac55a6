package main

import "fmt"

func permutations(s []rune) []string {
	if len(s) <= 1 {
		return []string{string(s)}
	}
	var out []string
	for i := range s {
		rest := make([]rune, 0, len(s)-1)
		rest = append(rest, s[:i]...)
		rest = append(rest, s[i+1:]...)
		for _, p := range permutations(rest) {
			out = append(out, string(s[i])+p)
		}
	}
	return out
}

func subsets(xs []int) [][]int {
	if len(xs) == 0 {
		return [][]int{{}}
	}
	rest := subsets(xs[1:])
	out := rest
	for _, r := range rest {
		out = append(out, append([]int{xs[0]}, r...))
	}
	return out
}

func gcd(a, b int) int {
	if b == 0 {
		return a
	}
	return gcd(b, a%b)
}

func power(b, e, m int) int {
	if e == 0 {
		return 1
	}
	h := power(b, e/2, m)
	h = h * h % m
	if e%2 == 1 {
		h = h * b % m
	}
	return h
}

func main() {
	fmt.Println(permutations([]rune("abc")))
	fmt.Println(len(permutations([]rune("abcdef"))))
	fmt.Println(subsets([]int{1, 2, 3}))
	fmt.Println(gcd(1071, 462), gcd(17, 5), gcd(0, 9))
	fmt.Println(power(2, 100, 1000000007), power(3, 0, 7))
}
