package main

import "fmt"

func classify(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		return "zero"
	case n%2 == 0:
		return "even"
	default:
		return "odd"
	}
}

func grade(score int) string {
	switch score / 10 {
	case 10, 9:
		return "A"
	case 8:
		return "B"
	case 7:
		return "C"
	}
	return "F"
}

func fall(n int) []string {
	var out []string
	switch n {
	case 0:
		out = append(out, "zero")
		fallthrough
	case 1:
		out = append(out, "one")
		fallthrough
	case 2:
		out = append(out, "two")
	case 3:
		out = append(out, "three")
		fallthrough
	default:
		out = append(out, "default")
	}
	return out
}

func main() {
	for _, n := range []int{-3, 0, 4, 7} {
		fmt.Println(n, classify(n))
	}
	for _, s := range []int{100, 95, 85, 72, 10} {
		fmt.Print(grade(s), " ")
	}
	fmt.Println()
	for i := 0; i < 5; i++ {
		fmt.Println(i, fall(i))
	}
	switch x := 5; x {
	case 1 + 4:
		fmt.Println("five via expr")
	}
	for i := 0; i < 5; i++ {
		switch {
		case i == 1:
			continue
		case i == 3:
			break
		default:
			fmt.Print("i=", i, " ")
		}
	}
	fmt.Println()
	s := "go"
	switch s + "lang" {
	case "golang":
		fmt.Println("matched golang")
	case "go":
		fmt.Println("no")
	}
L:
	for i := 0; ; i++ {
		switch i {
		case 2:
			break L
		}
		fmt.Println("L", i)
	}
}
