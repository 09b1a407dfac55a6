package main

// Float keys: NaN != NaN, so every m[NaN] = v inserts a new entry that no lookup or delete can
// find; iteration still produces them. +0 and -0 are the same key, and an update stores the
// new key's bits (needkeyupdate), so the sign seen by range is the last one written.

import (
	"fmt"
	"math"
	"sort"
)

func main() {
	nan := math.NaN()
	m := map[float64]int{}
	m[nan] = 1
	m[nan] = 2
	m[nan] = 3
	m[1.5] = 4
	fmt.Println("len", len(m))
	v, ok := m[nan]
	fmt.Println("lookup NaN", v, ok)
	delete(m, nan)
	fmt.Println("after delete(NaN)", len(m))
	sum, nans := 0, 0
	for k, v := range m {
		if k != k {
			nans++
		}
		sum += v
	}
	fmt.Println("nans", nans, "sum", sum)

	z := map[float64]string{}
	negZero := math.Copysign(0, -1)
	z[0.0] = "pos"
	z[negZero] = "neg"
	fmt.Println("len", len(z), z[0], z[negZero])
	for k, v := range z {
		fmt.Println("key signbit", math.Signbit(k), v)
	}
	z[0.0] = "pos again"
	for k, v := range z {
		fmt.Println("key signbit", math.Signbit(k), v)
	}

	// float32 and complex keys behave the same way.
	f32 := map[float32]int{}
	n32 := float32(math.NaN())
	f32[n32]++
	f32[n32]++
	fmt.Println("float32 NaN entries", len(f32), f32[n32])
	c := map[complex128]int{}
	c[complex(nan, 0)] = 1
	c[complex(nan, 0)] = 2
	c[complex(0, negZero)] = 3
	c[complex(0, 0)] = 4
	fmt.Println("complex entries", len(c), c[0])

	// NaN inside an interface or a struct key.
	im := map[interface{}]int{}
	im[nan] = 1
	im[nan] = 2
	im[float32(1)] = 3
	im[float64(1)] = 4
	fmt.Println("iface entries", len(im), im[float32(1)], im[float64(1)])
	type pt struct{ x, y float64 }
	sm := map[pt]int{}
	sm[pt{nan, 1}] = 1
	sm[pt{nan, 1}] = 1
	sm[pt{0, 1}] = 5
	sm[pt{negZero, 1}] = 6
	fmt.Println("struct entries", len(sm), sm[pt{0, 1}])

	// Clearing by range+delete removes NaN entries too (mapclear).
	for k := range m {
		delete(m, k)
	}
	fmt.Println("after clear", len(m))

	// Sorted keys with NaN: sort.Float64s puts NaN first.
	keys := []float64{}
	m2 := map[float64]bool{3: true, nan: true, -1: true, math.Inf(1): true, math.Inf(-1): true}
	for k := range m2 {
		keys = append(keys, k)
	}
	sort.Float64s(keys)
	fmt.Println(keys)
}
