package main 

import "fmt"

var trace []string

func t(name string, v int) int {
	trace = append(trace, name)
	return v
}

func tb(name string, v bool) bool {
	trace = append(trace, name)
	return v
}

func main() {
	x := t("a", 1) + t("b", 2)*t("c", 3)
	fmt.Println(x, trace)
	trace = nil
	if tb("p", false) && tb("q", true) {
		fmt.Println("no")
	}
	if tb("r", true) || tb("s", true) {
		fmt.Println("yes")
	}
	fmt.Println(trace)
	trace = nil
	arr := []int{0, 0, 0}
	arr[t("idx", 1)] = t("val", 5)
	fmt.Println(arr, trace)
	i := 0
	i, arr[i] = 2, 9
	fmt.Println(i, arr)
	a, b := 1, 2
	a, b = b, a
	fmt.Println(a, b)
	s := []int{1, 2, 3}
	s[0], s[1], s[2] = s[2], s[0], s[1]
	fmt.Println(s)
	trace = nil
	fmt.Println(t("arg1", 1), t("arg2", 2), trace)
	m := map[string]int{}
	m["k"], m["j"] = t("m1", 1), t("m2", 2)
	fmt.Println(m)
}
