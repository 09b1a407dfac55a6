// Nested int loops over slices: sieve of Eratosthenes plus prefix sums, repeated.
package main

import "fmt"

func main() {
	const N = 2000000
	var checksum uint64
	for round := 0; round < 3; round++ {
		composite := make([]bool, N+1)
		count := 0
		for i := 2; i <= N; i++ {
			if !composite[i] {
				count++
				for j := i * i; j <= N; j += i {
					composite[j] = true
				}
			}
		}
		prefix := make([]int, N+1)
		for i := 1; i <= N; i++ {
			prefix[i] = prefix[i-1]
			if !composite[i] && i > 1 {
				prefix[i] += i
			}
		}
		checksum = checksum*31 + uint64(count) + uint64(prefix[N]%1000003)
	}
	fmt.Println("sieve checksum", checksum)
}
