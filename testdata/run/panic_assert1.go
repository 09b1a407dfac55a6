package main 

import "fmt"

func main() {
	var i interface{} = 42
	n := i.(int)
	fmt.Println("int ok", n)
	s := i.(string)
	fmt.Println(s)
}
