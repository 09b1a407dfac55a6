package main

func main() {
	var b bool = true
	var c complex128 = complex(1, 2)
	_ = c
	defer func() {
		panic(c)
	}()
	panic(b)
}
