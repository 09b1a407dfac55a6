package main

import (
	"fmt"
	"math"
)

// Every function of package math over inputs that hit its special cases and its
// polynomial ranges; results are printed as bit patterns, so a last-ulp difference shows.

var inputs = []float64{
	0, math.Copysign(0, -1), 1, -1, 0.5, -0.5, 2, -2, 3.7, -3.7, 0.1, 1e-10, -1e-10, 1e-300,
	5e-324, 0.9999999, 1.0000001, 10, 100, 709.7, 710, -745, 1e10, 1e300, -1e300,
	math.Pi, math.Pi / 2, 0.75, 0.25, 1.5, 20.5, 171.5, 172, -0.1, -171.5, -20.5,
	math.Inf(1), math.Inf(-1), math.NaN(),
}

func bits(f float64) string {
	if math.IsNaN(f) {
		return "NaN"
	}
	return fmt.Sprintf("%016x", math.Float64bits(f))
}

func main() {
	f1 := []struct {
		name string
		f    func(float64) float64
	}{
		{"Abs", math.Abs}, {"Acos", math.Acos}, {"Acosh", math.Acosh}, {"Asin", math.Asin},
		{"Asinh", math.Asinh}, {"Atan", math.Atan}, {"Atanh", math.Atanh}, {"Cbrt", math.Cbrt},
		{"Ceil", math.Ceil}, {"Cos", math.Cos}, {"Cosh", math.Cosh}, {"Erf", math.Erf},
		{"Erfc", math.Erfc}, {"Erfcinv", math.Erfcinv}, {"Erfinv", math.Erfinv}, {"Exp", math.Exp},
		{"Exp2", math.Exp2}, {"Expm1", math.Expm1}, {"Floor", math.Floor}, {"Gamma", math.Gamma},
		{"J0", math.J0}, {"J1", math.J1}, {"Log", math.Log}, {"Log10", math.Log10},
		{"Log1p", math.Log1p}, {"Log2", math.Log2}, {"Logb", math.Logb}, {"Round", math.Round},
		{"RoundToEven", math.RoundToEven}, {"Sin", math.Sin}, {"Sinh", math.Sinh}, {"Sqrt", math.Sqrt},
		{"Tan", math.Tan}, {"Tanh", math.Tanh}, {"Trunc", math.Trunc}, {"Y0", math.Y0}, {"Y1", math.Y1},
	}
	for _, fn := range f1 {
		fmt.Print(fn.name, ":")
		for _, x := range inputs {
			fmt.Print(" ", bits(fn.f(x)))
		}
		fmt.Println()
	}
	f2 := []struct {
		name string
		f    func(float64, float64) float64
	}{
		{"Atan2", math.Atan2}, {"Copysign", math.Copysign}, {"Dim", math.Dim}, {"Hypot", math.Hypot},
		{"Max", math.Max}, {"Min", math.Min}, {"Mod", math.Mod}, {"Nextafter", math.Nextafter},
		{"Pow", math.Pow}, {"Remainder", math.Remainder},
	}
	ys := []float64{0, math.Copysign(0, -1), 1, -1, 0.5, 2, -3, 3.5, 1e-5, 1e5, math.Inf(1), math.Inf(-1), math.NaN()}
	for _, fn := range f2 {
		fmt.Print(fn.name, ":")
		for _, x := range inputs[:24] {
			for _, y := range ys {
				fmt.Print(" ", bits(fn.f(x, y)))
			}
		}
		fmt.Println()
	}
	for _, x := range inputs {
		fr, e := math.Frexp(x)
		ip, fp := math.Modf(x)
		lg, sign := math.Lgamma(x)
		s, c := math.Sincos(x)
		fmt.Println(bits(fr), e, bits(ip), bits(fp), bits(lg), sign, bits(s), bits(c), math.Ilogb(x),
			math.Signbit(x), math.IsInf(x, 0), math.IsNaN(x), bits(math.Ldexp(x, 3)), bits(math.Ldexp(x, -1070)),
			bits(math.Jn(3, x)), bits(math.Yn(2, x)), bits(math.Jn(-2, x)), bits(math.FMA(x, 3, 0.1)))
	}
	for _, n := range []int{-324, -323, -10, 0, 1, 15, 308, 309} {
		fmt.Print(math.Pow10(n), " ")
	}
	fmt.Println()
	fmt.Println(math.Nextafter32(1, 2), math.Nextafter32(0, -1), math.Float32bits(math.Nextafter32(1, 0)),
		math.Float32frombits(0x7f7fffff), math.Float64frombits(0x3ff8000000000000))
	fmt.Println(math.MaxInt, math.MinInt, math.MaxInt16, math.MinInt16, math.MaxInt32, math.MinInt32,
		math.MaxInt64, math.MinInt64, uint64(math.MaxUint), uint64(math.MaxUint64), math.MaxUint32)
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64, math.E, math.Pi, math.Phi, math.Sqrt2,
		math.SqrtE, math.SqrtPi, math.SqrtPhi, math.Ln2, math.Log2E, math.Ln10, math.Log10E)
	fmt.Println(math.Inf(0), math.Inf(-5), math.IsInf(math.Inf(1), 1), math.IsInf(math.Inf(1), 0), math.IsInf(1, 0))
}
