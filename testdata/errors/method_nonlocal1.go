package main // skip: glassgo does not pass this yet: type checker messages differ from go build

func (i int) Double() int { return i * 2 } // ERROR "cannot define new methods on non-local type int"

func main() {}
