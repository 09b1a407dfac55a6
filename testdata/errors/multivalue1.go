package main

import "strconv"

func two() (int, error) { return 1, nil }

func main() {
	x := two() + 1                   // ERROR "multiple-value two\(\) \(value of type \(int, error\)\) in single-value context"
	var n int = strconv.Atoi("1")    // ERROR "multiple-value strconv.Atoi\(\"1\"\) \(value of type \(int, error\)\) in single-value context"
	_, _ = x, n
}
