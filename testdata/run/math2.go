package main

import (
	"fmt"
	"math"
)

func newton(x float64) float64 {
	z := 1.0
	for i := 0; i < 20; i++ {
		z -= (z*z - x) / (2 * z)
	}
	return z
}

func main() {
	for _, x := range []float64{2, 10, 1e6} {
		fmt.Printf("%.10f %.10f %v\n", newton(x), math.Sqrt(x), math.Abs(newton(x)-math.Sqrt(x)) < 1e-9)
	}
	for _, x := range []float64{-2.5, -1.5, -0.5, 0.5, 1.5, 2.5, 3.49} {
		fmt.Println(x, math.Round(x), math.RoundToEven(x), math.Floor(x), math.Ceil(x), math.Trunc(x))
	}
	fmt.Println(math.MaxInt8, math.MinInt8, math.MaxUint8, math.MaxUint16, math.MaxInt32+1)
	fmt.Println(math.MaxFloat32, math.SmallestNonzeroFloat32)
	fmt.Println(math.Inf(1)-math.Inf(1), math.Inf(1)*0, -math.Inf(1)/2, math.Sqrt(math.Inf(1)))
	fmt.Println(math.IsInf(-math.Inf(1), -1), math.IsInf(math.Inf(1), -1), math.NaN() == math.NaN())
	fmt.Println(math.Pow(0, 0), math.Pow(2, -2), math.Pow(10, 15), math.Pow(-2, 3), math.Pow(1.0001, 10000))
	fmt.Println(math.Mod(-10, 3), math.Remainder(10, 3), math.Mod(5.5, -2))
	fmt.Printf("%.4f %.4f %.4f %.4f\n", math.Log1p(0.5), math.Expm1(0.5), math.Asin(1), math.Acos(0))
	fmt.Println(math.Float64frombits(0x7FF0000000000000), math.Nextafter(1, 2)-1)
	x := 0.0
	for i := 1; i <= 100; i++ {
		x += 1 / float64(i*i)
	}
	fmt.Printf("%.12f %.12f\n", x, math.Pi*math.Pi/6)
	var i64 int64 = math.MaxInt64
	fmt.Println(float64(i64), int64(float64(1<<53)+1), uint64(math.Pow(2, 63)))
}
