package main

import "fmt"

func remove(s []int, i int) []int {
	return append(s[:i], s[i+1:]...)
}

func insert(s []int, i, v int) []int {
	s = append(s, 0)
	copy(s[i+1:], s[i:])
	s[i] = v
	return s
}

func filter(s []string, keep func(string) bool) []string {
	var out []string
	for _, x := range s {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func main() {
	s := []int{10, 20, 30, 40, 50}
	s = remove(s, 1)
	fmt.Println(s, len(s), cap(s))
	s = insert(s, 2, 99)
	fmt.Println(s, len(s), cap(s))
	s = insert(s, 0, -1)
	fmt.Println(s, len(s), cap(s))
	words := []string{"go", "java", "rust", "c", "python", "js"}
	fmt.Println(filter(words, func(w string) bool { return len(w) > 2 }))
	fmt.Println(filter(words, func(w string) bool { return false }) == nil)
	matrix := make([][]int, 4)
	for i := range matrix {
		matrix[i] = make([]int, i+1)
		for j := range matrix[i] {
			matrix[i][j] = i * j
		}
	}
	fmt.Println(matrix)
	stack := []int{}
	for i := 0; i < 5; i++ {
		stack = append(stack, i*i)
	}
	for len(stack) > 0 {
		top := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		fmt.Print(top, " ")
	}
	fmt.Println()
	sl := []interface{}{1, "a", nil, 2.5, []int{1}}
	fmt.Println(sl...)
	fmt.Println(sl)
}
