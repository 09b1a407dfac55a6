// Copyright The Go Authors (BSD license): Go 1.19's math/cmplx/abs.go, unchanged.
package cmplx

import "math"

// Abs returns the absolute value (also called the modulus) of x.
func Abs(x complex128) float64 { return math.Hypot(real(x), imag(x)) }
