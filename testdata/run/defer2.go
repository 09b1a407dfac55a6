package main

import (
	"errors"
	"fmt"
)

type Resource struct {
	id     int
	closed bool
}

var log []string

func open(id int) *Resource {
	log = append(log, fmt.Sprint("open ", id))
	return &Resource{id: id}
}

func (r *Resource) Close() error {
	log = append(log, fmt.Sprint("close ", r.id))
	r.closed = true
	if r.id == 2 {
		return errors.New("close 2 failed")
	}
	return nil
}

func work(ids ...int) (err error) {
	for _, id := range ids {
		r := open(id)
		defer func() {
			if cerr := r.Close(); cerr != nil && err == nil {
				err = cerr
			}
		}()
	}
	log = append(log, "working")
	return nil
}

func counter() (i int) {
	defer func() { i++ }()
	defer func() { i *= 10 }()
	return 4
}

func main() {
	err := work(1, 2, 3)
	fmt.Println(err)
	for _, l := range log {
		fmt.Println(l)
	}
	fmt.Println(counter())
	for i := 0; i < 3; i++ {
		defer func(n int) { fmt.Println("arg", n, "captured", i) }(i)
	}
	x := []int{1, 2, 3}
	defer fmt.Println("slice at defer", x)
	x[0] = 100
	defer fmt.Println(len(x))
	x = append(x, 4)
}
