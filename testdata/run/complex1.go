package main

import "fmt"

func main() {
	c := complex(1, 2)
	d := 3 - 4i
	fmt.Println(c, d, c+d, c*d, c/d)
	fmt.Println(real(c), imag(d))
	var c64 complex64 = complex64(c)
	fmt.Println(c64, c64*c64)
	fmt.Printf("%v %.2f %T %T\n", c, d, c, c64)
	fmt.Println(c == complex(1, 2), c != d)
	z := 0i
	for i := 0; i < 4; i++ {
		z = z*z + c
		fmt.Println(i, z)
	}
}
