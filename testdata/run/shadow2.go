package main 

import (
	"errors"
	"fmt"
)

func compute(fail bool) (result int, err error) {
	if fail {
		err := errors.New("shadowed")
		_ = err
		return -1, nil
	}
	result = 10
	{
		result := 20
		_ = result
	}
	return
}

type T struct{ x int }

func (t T) x2() int { x := t.x * 2; return x }

func main() {
	fmt.Println(compute(true))
	fmt.Println(compute(false))
	x := 1
	func() {
		x := 2
		x++
		_ = x
	}()
	fmt.Println(x)
	func() {
		x = 5
	}()
	fmt.Println(x)
	for x := 0; x < 1; x++ {
		x := x + 100
		fmt.Println("inner", x)
	}
	fmt.Println(T{21}.x2())
	fmt := "shadowing the package"
	_ = fmt
	println2(fmt)
}

func println2(s string) { fmt.Println("outer fmt still works:", s) }
