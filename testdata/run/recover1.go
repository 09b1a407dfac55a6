package main 

import (
	"errors"
	"fmt"
)

func safe(f func()) (r interface{}) {
	defer func() {
		r = recover()
	}()
	f()
	return "no panic"
}

type MyErr struct{ Code int }

func (e MyErr) Error() string { return fmt.Sprintf("myerr %d", e.Code) }

func main() {
	fmt.Println(safe(func() {}))
	fmt.Println(safe(func() { panic("boom") }))
	fmt.Println(safe(func() { panic(42) }))
	fmt.Println(safe(func() { panic(errors.New("an error")) }))
	fmt.Println(safe(func() { panic(MyErr{7}) }))
	fmt.Println(safe(func() {
		var a []int
		i := 5
		_ = a[i]
	}))
	fmt.Println(safe(func() {
		a := []int{1, 2, 3}
		i := 5
		a[i] = 1
	}))
	fmt.Println(safe(func() {
		var m map[string]int
		m["a"] = 1
	}))
	fmt.Println(safe(func() {
		var p *MyErr
		fmt.Println(p.Code)
	}))
	fmt.Println(safe(func() {
		a, b := 1, 0
		fmt.Println(a / b)
	}))
	fmt.Println(safe(func() {
		var i interface{} = "str"
		fmt.Println(i.(int))
	}))
	fmt.Println(safe(func() {
		s := "abc"
		i := 10
		fmt.Println(s[i])
	}))
	r := safe(func() {
		x := []int{1}
		j := -1
		_ = x[j+0:]
	})
	err, ok := r.(error)
	fmt.Println(ok, err)
	r = safe(func() { panic(fmt.Sprintf("formatted %d", 3)) })
	fmt.Printf("%T %v\n", r, r)
}
