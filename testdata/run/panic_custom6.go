package main

type Str string
type MyInt int

func main() {
	defer func() {
		panic(MyInt(5))
	}()
	panic(Str("typed"))
}
