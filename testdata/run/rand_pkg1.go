package main

import (
	"fmt"
	"math/rand"
)

func main() {
	// The global source is seeded with 1 in Go 1.19 unless Seed is called.
	fmt.Println(rand.Int(), rand.Intn(100), rand.Int63(), rand.Int31(), rand.Uint32(), rand.Uint64())
	fmt.Println(rand.Float64(), rand.Float32(), rand.Int63n(1e12), rand.Int31n(7), rand.Perm(10))
	fmt.Println(rand.NormFloat64(), rand.ExpFloat64())
	xs := []string{"a", "b", "c", "d", "e", "f"}
	rand.Shuffle(len(xs), func(i, j int) { xs[i], xs[j] = xs[j], xs[i] })
	fmt.Println(xs)
	rand.Seed(7)
	fmt.Println(rand.Intn(1000), rand.Intn(1000), rand.Intn(1<<40))

	r := rand.New(rand.NewSource(42))
	hist := make([]int, 6)
	for i := 0; i < 600; i++ {
		hist[r.Intn(6)]++
	}
	fmt.Println(hist)
	b := make([]byte, 10)
	n, err := r.Read(b)
	fmt.Println(n, err, b)
	z := rand.NewZipf(r, 1.5, 2, 100)
	for i := 0; i < 10; i++ {
		fmt.Print(z.Uint64(), " ")
	}
	fmt.Println()
	sum := 0.0
	for i := 0; i < 1000; i++ {
		sum += r.NormFloat64()*2 + 10
	}
	fmt.Printf("%.6f %v %v\n", sum/1000, r.Int63n(1), r.Uint64())
	src := rand.NewSource(-5)
	fmt.Println(src.Int63(), rand.New(src).Perm(5))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		rand.Intn(0)
	}()
}
