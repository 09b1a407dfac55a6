// Float matrix multiply over [][]float64 (cache-friendly i-k-j order).
package main

import "fmt"

func main() {
	const n = 240
	a := make([][]float64, n)
	b := make([][]float64, n)
	c := make([][]float64, n)
	for i := 0; i < n; i++ {
		a[i] = make([]float64, n)
		b[i] = make([]float64, n)
		c[i] = make([]float64, n)
		for j := 0; j < n; j++ {
			a[i][j] = float64((i*j)%7) / 7
			b[i][j] = float64((i+j)%5) / 5
		}
	}
	for rep := 0; rep < 3; rep++ {
		for i := 0; i < n; i++ {
			ci := c[i]
			for k := 0; k < n; k++ {
				aik := a[i][k]
				bk := b[k]
				for j := 0; j < n; j++ {
					ci[j] += aik * bk[j]
				}
			}
		}
	}
	tr := 0.0
	for i := 0; i < n; i++ {
		tr += c[i][i] + c[i][n-1-i]
	}
	fmt.Printf("matmul %.6f\n", tr)
}
