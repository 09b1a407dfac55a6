package main

func name() string {
	return 42 // ERROR "cannot use 42 \(untyped int constant\) as string value in return statement"
}

func ok() bool {
	var x int
	return x // ERROR "cannot use x \(variable of type int\) as type bool in return statement"
}

func main() {
	_, _ = name(), ok()
}
