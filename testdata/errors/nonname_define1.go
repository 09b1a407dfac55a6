package main

type T struct{ f int }

func main() {
	var t T
	t.f := 1 // ERROR "non-name t.f on left side of :="
}
