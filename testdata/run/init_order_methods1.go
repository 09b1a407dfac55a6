package main

import "fmt"

// Package initialization follows dependencies through function and method bodies
// (method values and method expressions included), as the spec requires.

var a = f()

func f() int { return g() }

func g() int { return b[2] }

var b = [3]int{1, 2, 3}

type T struct{ x int }

func (t *T) m() int { return c }

func (t T) v() int { return e + 1 }

var d = (&T{}).m()

var c = 42

var h = T.v(T{})

var mv = T{}.v

var e = c * 2

var k = mv()

func main() { fmt.Println(a, d, h, k, e) }
