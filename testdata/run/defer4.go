package main

import "fmt"

func f(n int) (r int) {
	defer func() {
		r += n
		if n > 0 {
			r += f(n - 1)
		}
	}()
	return n * 10
}

func deferModifiesSlice() []int {
	s := []int{1, 2, 3}
	defer func() { s[0] = 100 }()
	return s
}

func deferModifiesArray() [3]int {
	a := [3]int{1, 2, 3}
	defer func() { a[0] = 100 }()
	return a
}

func deferredPanicValue() (msg string) {
	defer func() {
		msg = fmt.Sprint("got:", recover())
	}()
	defer func() {
		defer func() {
			fmt.Println("inner defer recovered:", recover())
		}()
		panic("from defer")
	}()
	return "normal"
}

func main() {
	for i := 0; i < 4; i++ {
		fmt.Println(i, f(i))
	}
	fmt.Println(deferModifiesSlice(), deferModifiesArray())
	fmt.Println(deferredPanicValue())
	x := 0
	func() {
		for i := 0; i < 5; i++ {
			defer func(i int) { x = x*10 + i }(i)
		}
	}()
	fmt.Println(x)
}
