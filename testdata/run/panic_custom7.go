package main

import "fmt"

type E struct{ code int }

func (e *E) Error() string { return fmt.Sprint("E code ", e.code) }

func main() {
	var err error = &E{7}
	fmt.Println("err:", err)
	panic(err)
}
