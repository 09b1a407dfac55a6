package main

import "fmt"

// A panic inside a deferred call that runs for an earlier panic. The earlier panic is aborted
// only when the new one unwinds past that deferred call (runtime/panic.go: d.started); while
// the call is still running (the new panic is recovered inside it) the earlier one continues.

func recoveredThenPanics() {
	defer func() {
		fmt.Println("recovered:", recover())
		defer func() { fmt.Println("recovered:", recover()) }()
		panic("two")
	}()
	panic("one")
}

func earlierContinues() {
	defer func() { fmt.Println("outer recovered:", recover()) }()
	defer func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		panic("two")
	}()
	panic("one")
}

func f() (r int) {
	defer func() {
		if e := recover(); e != nil {
			r = -1
		}
	}()
	defer func() {
		defer func() { fmt.Println("inner:", recover()) }()
		panic("two")
	}()
	panic("one")
}

func g() {
	defer func() { fmt.Println("g outer:", recover()) }()
	defer func() {
		panic("three") // unwinds past the deferred call of "one": one is aborted
	}()
	panic("one")
}

func h() {
	defer func() {
		fmt.Println("h:", recover())
	}()
	defer func() {
		fmt.Println("h1:", recover())
		defer func() { fmt.Println("h2:", recover()) }()
		panic("five")
	}()
	panic("four")
}

func main() {
	recoveredThenPanics()
	earlierContinues()
	fmt.Println(f())
	g()
	h()
	defer func() {
		defer func() { fmt.Println("m:", recover()) }()
		panic("seven")
	}()
	panic("six")
}
