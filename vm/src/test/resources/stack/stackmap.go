package main

func deep(n int) int {
	var pad [8]int
	pad[n%8] = n
	if n == 0 {
		return 0
	}
	return deep(n-1) + pad[n%8] - n + 1
}

func main() {
	m := make(map[int]int)
	for i := 0; i < 6; i++ {
		m[i] = i * 10
	}
	s := 0
	for k, v := range m {
		s += k + v + deep(2000*(k+1)) // the stack moves while the iterator and the map are on it
		m[k] = v + 1
	}
	m[100] = deep(30000)
	t := 0
	for _, v := range m {
		t += v
	}
	println(s, t, len(m), m[3], m[100])
}
