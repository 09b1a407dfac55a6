package main 

import "fmt"

type T struct{ n int }

func main() {
	var e error
	var x interface{} = e
	fmt.Println(x == nil)
	t := x.(T)
	fmt.Println(t)
}
