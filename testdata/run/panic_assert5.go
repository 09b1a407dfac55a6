package main // skip: glassgo does not pass this yet: panic: interface conversion: interface{} is nil, not main.T  goroutine 1 [running]: main.main(...) 	./panic_assert5.go:11 runtime.main(...) 

import "fmt"

type T struct{ n int }

func main() {
	var e error
	var x interface{} = e
	fmt.Println(x == nil)
	t := x.(T)
	fmt.Println(t)
}
