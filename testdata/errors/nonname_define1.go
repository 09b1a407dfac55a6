package main // skip: glassgo does not pass this yet: type checker messages differ from go build

type T struct{ f int }

func main() {
	var t T
	t.f := 1 // ERROR "non-name t.f on left side of :="
}
