package main 

import "fmt"

func lcs(a, b string) (int, string) {
	dp := make([][]int, len(a)+1)
	for i := range dp {
		dp[i] = make([]int, len(b)+1)
	}
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			if a[i-1] == b[j-1] {
				dp[i][j] = dp[i-1][j-1] + 1
			} else if dp[i-1][j] >= dp[i][j-1] {
				dp[i][j] = dp[i-1][j]
			} else {
				dp[i][j] = dp[i][j-1]
			}
		}
	}
	var out []byte
	for i, j := len(a), len(b); i > 0 && j > 0; {
		switch {
		case a[i-1] == b[j-1]:
			out = append([]byte{a[i-1]}, out...)
			i--
			j--
		case dp[i-1][j] >= dp[i][j-1]:
			i--
		default:
			j--
		}
	}
	return dp[len(a)][len(b)], string(out)
}

func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur := make([]int, len(b)+1)
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min3(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return prev[len(b)]
}

func min3(a, b, c int) int {
	if b < a {
		a = b
	}
	if c < a {
		a = c
	}
	return a
}

func coins(amount int, denoms []int) (int, map[int]int) {
	best := make([]int, amount+1)
	from := make([]int, amount+1)
	for i := 1; i <= amount; i++ {
		best[i] = 1 << 30
		for _, d := range denoms {
			if d <= i && best[i-d]+1 < best[i] {
				best[i] = best[i-d] + 1
				from[i] = d
			}
		}
	}
	used := map[int]int{}
	for a := amount; a > 0; a -= from[a] {
		used[from[a]]++
	}
	return best[amount], used
}

func main() {
	fmt.Println(lcs("AGGTAB", "GXTXAYB"))
	fmt.Println(lcs("kitten", "sitting"))
	for _, p := range [][2]string{{"kitten", "sitting"}, {"", "abc"}, {"flaw", "lawn"}, {"intention", "execution"}} {
		fmt.Println(p[0], p[1], editDistance(p[0], p[1]))
	}
	fmt.Println(coins(63, []int{1, 5, 10, 21, 25}))
	fmt.Println(coins(99, []int{1, 7, 13}))
}
