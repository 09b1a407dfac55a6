package main 

import "fmt"

func main() {
	s := []int{1, 2, 3}
	p := (*[2]int)(s)
	fmt.Println(*p)
	q := (*[4]int)(s)
	fmt.Println(q)
}
