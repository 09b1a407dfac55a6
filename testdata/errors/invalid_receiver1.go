package main

type P *int

func (p P) M() {} // ERROR "invalid receiver type P \(pointer or interface type\)"

type I interface{ F() }

func (i I) G() {} // ERROR "invalid receiver type I \(pointer or interface type\)"

func main() {}
