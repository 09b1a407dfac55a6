// Duplicate boolean (and complex) case constants are not errors: cmd/compile checks only
// integer, float and string cases for duplicates.
package main

import "fmt"

func main() {
	const a, b = 1, 2
	switch {
	case a != 1:
		fmt.Println("x")
	case b != 2:
		fmt.Println("y")
	case a == 1:
		fmt.Println("z")
	}
	switch true {
	case false, false:
	}
	switch 1i {
	case 1i, 1i:
	}
}
