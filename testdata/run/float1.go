package main

import "fmt"

func main() {
	var f32 float32 = 0.1
	var f64 float64 = 0.1
	fmt.Println(f32, f64, float64(f32))
	fmt.Println(f32*3, f64*3)
	fmt.Println(1.0/3.0, float32(1.0)/3)
	fmt.Println(1e21, 1e20, 1e-7, 123456789.0, 0.000001)
	fmt.Println(float32(16777216.0)+1, 16777216.0+1)
	x := 2.5
	fmt.Println(x, -x, x*x, x/0.5)
	var z float64
	fmt.Println(1/z, -1/z, z/z == z/z)
	t := 3.99
	fmt.Println(int(t), int(-t), int64(1e18))
	fmt.Printf("%v %g %f %.3f %e %E\n", 1234.5678, 1234.5678, 1234.5678, 1234.5678, 1234.5678, 1234.5678)
	fmt.Printf("%8.2f|%-8.2f|%08.2f\n", 3.14159, 3.14159, -3.14159)
	fmt.Printf("%g %g %g %g\n", 100000.0, 1000000.0, 1e21, 1e-5)
	fmt.Printf("%v %v\n", float32(2.5e10), float32(1)/float32(7))
	sum := 0.0
	for i := 0; i < 10; i++ {
		sum += 0.1
	}
	fmt.Println(sum, sum == 1.0)
}
