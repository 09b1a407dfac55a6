package main

import "fmt"

func sieve(n int) []int {
	composite := make([]bool, n+1)
	var primes []int
	for i := 2; i <= n; i++ {
		if composite[i] {
			continue
		}
		primes = append(primes, i)
		for j := i * i; j <= n; j += i {
			composite[j] = true
		}
	}
	return primes
}

func main() {
	p := sieve(200)
	fmt.Println(len(p), p)
	big := sieve(100000)
	fmt.Println(len(big), big[len(big)-1])
	gaps := map[int]int{}
	for i := 1; i < len(big); i++ {
		gaps[big[i]-big[i-1]]++
	}
	fmt.Println(gaps[2], gaps[4], gaps[6], len(gaps))
	sum := 0
	for _, x := range big {
		sum += x
	}
	fmt.Println("sum", sum)
}
