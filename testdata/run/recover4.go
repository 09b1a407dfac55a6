package main 

import (
	"errors"
	"fmt"
)

func inner() {
	defer func() {
		if r := recover(); r != nil {
			panic(fmt.Sprintf("inner re-panic: %v", r))
		}
	}()
	panic("original")
}

func middle() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = errors.New(fmt.Sprint(r))
		}
	}()
	inner()
	return nil
}

func recoverReturnsNilOutsidePanic() interface{} {
	defer func() {}()
	return recover()
}

func panicNil() (got interface{}, panicked bool) {
	panicked = true
	defer func() {
		got = recover()
	}()
	panic(nil)
}

func loopRecover() []string {
	var out []string
	for i := 0; i < 4; i++ {
		func() {
			defer func() {
				if r := recover(); r != nil {
					out = append(out, fmt.Sprint("caught ", r))
				}
			}()
			if i%2 == 1 {
				panic(i)
			}
			out = append(out, fmt.Sprint("ok ", i))
		}()
	}
	return out
}

func main() {
	fmt.Println(middle())
	fmt.Println(recoverReturnsNilOutsidePanic())
	fmt.Println(panicNil())
	fmt.Println(loopRecover())
	defer func() {
		r := recover()
		err, ok := r.(error)
		fmt.Println("main recovered:", r, ok, err)
	}()
	var arr [3]int
	idx := 7
	arr[idx%4] = 1
	fmt.Println("unreachable", arr)
}
