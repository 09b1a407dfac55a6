// sort.Ints on pseudo-random ints from an LCG, plus a hand-written quicksort.
package main

import (
	"fmt"
	"sort"
)

func quicksort(a []int) {
	for len(a) > 16 {
		p := a[len(a)/2]
		i, j := 0, len(a)-1
		for i <= j {
			for a[i] < p {
				i++
			}
			for a[j] > p {
				j--
			}
			if i <= j {
				a[i], a[j] = a[j], a[i]
				i++
				j--
			}
		}
		if j+1 < len(a)-i {
			quicksort(a[:j+1])
			a = a[i:]
		} else {
			quicksort(a[i:])
			a = a[:j+1]
		}
	}
	for i := 1; i < len(a); i++ {
		for k := i; k > 0 && a[k] < a[k-1]; k-- {
			a[k], a[k-1] = a[k-1], a[k]
		}
	}
}

func main() {
	const N = 300000
	seed := uint64(42)
	a := make([]int, N)
	for i := range a {
		seed = seed*6364136223846793005 + 1442695040888963407
		a[i] = int(seed >> 33)
	}
	b := append([]int(nil), a...)
	sort.Ints(a)
	quicksort(b)
	sum := uint64(0)
	for i := range a {
		if a[i] != b[i] {
			panic("mismatch")
		}
		sum = sum*31 + uint64(a[i])
	}
	fmt.Println("sorted", N, "checksum", sum, a[0], a[N/2], a[N-1])
}
