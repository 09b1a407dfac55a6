package main

import (
	"fmt"
	"os"
)

type P struct{ X, Y int }

func main() {
	fmt.Print("a", "b", 1, 2, "c", 3.5, "\n")
	fmt.Print(1, 2, 3, "\n")
	fmt.Print("x", 1, "\n")
	fmt.Print(P{1, 2}, P{3, 4}, "\n")
	fmt.Print(true, false, "\n")
	fmt.Println("a", "b", 1, 2)
	fmt.Println()
	s := fmt.Sprint("x", 1, 2, "y")
	fmt.Println(s, len(s))
	s2 := fmt.Sprintln("x", 1)
	fmt.Printf("%q\n", s2)
	s3 := fmt.Sprintf("%d-%s", 7, "seven")
	fmt.Println(s3)
	n, err := fmt.Println("count me")
	fmt.Println(n, err)
	fmt.Fprintln(os.Stdout, "to stdout", 1)
	fmt.Fprintf(os.Stdout, "%s=%d\n", "k", 9)
	fmt.Fprint(os.Stdout, "no newline", 5, "\n")
	var ip *int
	fmt.Println(ip == nil)
	var e error
	fmt.Println(e)
	fmt.Printf("%v %d\n", e, []int{1, 2})
	fmt.Println(int8(-5), uint16(7), 'x', byte('x'), 1e6, 1e-3, float32(1.5))
	fmt.Println([]byte("hi"), [3]byte{1, 2, 3}, []rune("hi"))
	fmt.Println(3+4i, complex64(1))
	fmt.Println(fmt.Sprint(), fmt.Sprint(nil), fmt.Sprint("a", nil, "b"))
	fmt.Println(fmt.Sprint(1.0, 2.0), fmt.Sprint("1.0", 2.0))
}
