package main // skip: glassgo does not pass this yet: type checker messages differ from go build

func main() {
	break // ERROR "break is not in a loop, switch, or select"
}
