package main

import (
	"fmt"
	"runtime"
)

func level3() {
	panic("deep problem")
}

func level2() {
	defer fmt.Println("level2 defer runs")
	level3()
	fmt.Println("unreachable")
}

func level1() (result string) {
	defer func() {
		if r := recover(); r != nil {
			result = fmt.Sprint("recovered: ", r)
		}
	}()
	level2()
	return "normal"
}

func rethrow() (err error) {
	defer func() {
		if r := recover(); r != nil {
			if re, ok := r.(runtime.Error); ok {
				err = re
				return
			}
			panic(r)
		}
	}()
	var arr []int
	_ = arr[len(arr)]
	return nil
}

func noRecoverInNested() (s string) {
	defer func() {
		s = fmt.Sprint("outer got: ", recover())
	}()
	defer func() {
		func() {
			if r := recover(); r != nil {
				fmt.Println("nested recover should not catch")
			}
		}()
	}()
	panic("p")
}

func main() {
	fmt.Println(level1())
	err := rethrow()
	fmt.Println("rethrow:", err)
	fmt.Println(noRecoverInNested())
	fmt.Println(recover())
	func() {
		defer func() {
			r := recover()
			fmt.Println("second recover:", r)
		}()
		defer func() {
			r := recover()
			fmt.Println("first recover:", r)
			panic("again")
		}()
		panic("once")
	}()
	fmt.Println("done")
}
