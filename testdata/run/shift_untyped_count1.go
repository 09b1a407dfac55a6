// Untyped constant shift counts of float and complex kind are used as uint counts.
package main

import (
	"fmt"
	"math"
)

func main() {
	var x int = 1
	fmt.Println(x<<1., x<<(1+0i), x<<0i, x<<(1.<<x), x<<((1+0i)<<x))
	const M = math.MaxUint
	fmt.Println(x<<(M+0), x<<(M+0.), x<<(M+0.+0i))
	y := int64(-256)
	y >>= 2.0
	fmt.Println(y, y>>(3+0i), uint8(200)>>1.)
	var u uint32 = 1
	u <<= 31.0
	fmt.Println(u, u<<1.)
}
