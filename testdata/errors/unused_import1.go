package main

import (
	"fmt"
	"os" // ERROR "imported and not used: \"os\""
	"strings" // ERROR "imported and not used: \"strings\""
)

func main() {
	fmt.Println("hi")
}
