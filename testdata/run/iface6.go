package main 

import "fmt"

type Animal interface {
	Sound() string
	Name() string
}

type base struct{ name string }

func (b base) Name() string  { return b.name }
func (b base) Sound() string { return "..." }

type Dog struct{ base }
type Cat struct{ base }
type Fish struct{ base }

func (Dog) Sound() string { return "woof" }
func (Cat) Sound() string { return "meow" }

type Named interface{ Name() string }

func main() {
	zoo := []Animal{Dog{base{"rex"}}, Cat{base{"tom"}}, Fish{base{"nemo"}}}
	for _, a := range zoo {
		fmt.Printf("%-5s %-5s %T\n", a.Name(), a.Sound(), a)
	}
	var n Named = zoo[1]
	if a, ok := n.(Animal); ok {
		fmt.Println("named is animal:", a.Sound())
	}
	counts := map[string]int{}
	for _, a := range zoo {
		switch a.(type) {
		case Dog, Cat:
			counts["mammal"]++
		default:
			counts["other"]++
		}
	}
	fmt.Println(counts)
	var x interface{} = zoo[0]
	_, isNamed := x.(Named)
	_, isStr := x.(fmt.Stringer)
	fmt.Println(isNamed, isStr)
	fmt.Println(zoo[0] == Dog{base{"rex"}}, zoo[0] == zoo[1])
}
