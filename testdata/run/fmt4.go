package main

import "fmt"

func main() {
	fmt.Println(1e100, 1e-100, 123456789012345678.0, 0.1+0.2)
	fmt.Println(float32(0.1), float32(1e10), float32(3.4e38), float32(1e-45))
	fmt.Println(100.0, 1e20, 1e21, 12345678.9, 0.0001, 0.00001)
	var f32 float32 = 16777217
	fmt.Println(f32, float64(f32))
	fmt.Printf("%v %g %e %f\n", float32(2)/3, float32(2)/3, float32(2)/3, float32(2)/3)
	fmt.Printf("%.3g|%.10g|%g|%G\n", 1234567.0, 1234567.0, 1e-7, 1e-7)
	fmt.Printf("%6.1f|%-7.2f|%07.2f|% .2f|%+.2f\n", 9.96, -0.005, 1.5, 2.0, 2.0)
	var zero float64
	negz := -zero
	fmt.Println(negz, 1/negz, zero)
	fmt.Printf("%.2f %.1f %.0f %.0f %.0f\n", 2.675, 0.25, 0.5, 1.5, 2.5)
	fmt.Printf("%5.1f%%|%x|%X\n", 99.5, 1.0, -2.5)
	fmt.Println(2.5e-8, 1.0/3.0*3.0, 9007199254740993.0)
	fmt.Printf("%v %v\n", []float64{1, 2.5, 1e9}, []float32{0.1, 0.2})
	fmt.Printf("%.2v|%10.3e|%-10g|\n", 3.14159, 314.159, 1.5)
}
