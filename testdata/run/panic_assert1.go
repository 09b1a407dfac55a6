package main // skip: glassgo does not pass this yet: panic: interface conversion: interface{} is int, not string  goroutine 1 [running]: main.main(...) 	./panic_assert1.go:9 runtime.main(...) 	

import "fmt"

func main() {
	var i interface{} = 42
	n := i.(int)
	fmt.Println("int ok", n)
	s := i.(string)
	fmt.Println(s)
}
