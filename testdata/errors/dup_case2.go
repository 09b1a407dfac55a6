package main

import "fmt"

func main() {
	var v interface{} = 1
	switch v.(type) {
	case int, string:
	case nil:
	case fmt.Stringer, int: // ERROR "duplicate case int in type switch"
	case nil: // ERROR "duplicate case nil in type switch"
	}
	s := "a"
	switch s {
	case "a", "b":
	case "c", "a": // ERROR "duplicate case \"a\" \(constant of type string\) in expression switch"
	}
	switch {
	case true:
	}
}
