// strconv.FormatFloat(v, 'f', prec, 64|32) and %.3f over random bit patterns, ratios, eighths and
// powers of ten, with the ties (0.5, 2.5, 0.125) and values beyond a long's reach: the 128-bit
// fixed-precision path and the exact decimal path must print what Go prints.
package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	seed := uint64(7)
	next := func() uint64 {
		seed ^= seed << 13
		seed ^= seed >> 7
		seed ^= seed << 17
		return seed
	}
	h := uint32(2166136261)
	add := func(s string) {
		for i := 0; i < len(s); i++ {
			h ^= uint32(s[i])
			h *= 16777619
		}
	}
	vals := []float64{0, 0.5, 1.5, 2.5, -0.5, -2.5, 0.125, 0.375, 1e-300, 5e-324, 1e15, 1e16, 9007199254740993, 123456789.125, 0.045, 1.005, 2.675, math.MaxFloat64, -0.0, 1.0 / 3, 2.0 / 3}
	for i := 0; i < 3000; i++ {
		var v float64
		switch i % 4 {
		case 0:
			v = math.Float64frombits(next())
		case 1:
			v = float64(next()%2000000) / float64(next()%1000+1)
		case 2:
			v = float64(int64(next()%100000)-50000) / 8
		case 3:
			v = float64(next()%1000000) * math.Pow(10, float64(int(next()%40)-20))
		}
		vals = append(vals, v)
	}
	for i, v := range vals {
		for p := 0; p <= 16; p += 1 + i%3 {
			s := strconv.FormatFloat(v, 'f', p, 64)
			add(s)
			if i < 21 {
				fmt.Println(s)
			}
		}
		add(strconv.FormatFloat(v, 'f', i%7, 32))
		add(fmt.Sprintf("%.3f", v))
	}
	fmt.Println(h)
}
