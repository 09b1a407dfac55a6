package main // skip: glassgo does not pass this yet: type checker messages differ from go build

func main() {
	switch {
	case true:
		continue // ERROR "continue is not in a loop"
	}
}
