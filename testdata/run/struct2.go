package main

import "fmt"

type Animal struct {
	Name string
	Legs int
}

func (a Animal) Describe() string {
	return fmt.Sprintf("%s has %d legs", a.Name, a.Legs)
}

func (a *Animal) Rename(n string) { a.Name = n }

type Dog struct {
	Animal
	Breed string
}

type Loud struct {
	*Dog
	Volume int
}

func (d Dog) Speak() string { return d.Name + " says woof" }

func main() {
	d := Dog{Animal{"rex", 4}, "lab"}
	fmt.Println(d.Name, d.Legs, d.Animal.Name, d.Breed)
	fmt.Println(d.Describe())
	d.Rename("max")
	fmt.Println(d.Describe(), d.Speak())
	fmt.Printf("%v %+v\n", d, d)
	l := Loud{&d, 11}
	l.Rename("loudmax")
	fmt.Println(l.Name, d.Name, l.Speak(), l.Volume)
	d2 := d
	d2.Name = "copy"
	fmt.Println(d.Name, d2.Name, d == d2)
	d2.Name = d.Name
	fmt.Println(d == d2)
}
