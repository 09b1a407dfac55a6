package main

import "fmt"

const N = 5

type Ring struct {
	buf   [N]int
	start int
	size  int
}

func (r *Ring) Push(v int) (dropped int, ok bool) {
	if r.size == N {
		dropped, ok = r.buf[r.start], true
		r.buf[r.start] = v
		r.start = (r.start + 1) % N
		return
	}
	r.buf[(r.start+r.size)%N] = v
	r.size++
	return
}

func (r Ring) Items() []int {
	out := make([]int, r.size)
	for i := 0; i < r.size; i++ {
		out[i] = r.buf[(r.start+i)%N]
	}
	return out
}

func main() {
	var r Ring
	for i := 1; i <= 8; i++ {
		d, ok := r.Push(i * i)
		fmt.Println(i, r.Items(), d, ok)
	}
	snapshot := r
	r.Push(-1)
	fmt.Println(snapshot.Items(), r.Items())
	fmt.Println(r.buf, snapshot.buf == r.buf)
	var hist [10]int
	x := uint32(1)
	for i := 0; i < 1000; i++ {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		hist[x%10]++
	}
	fmt.Println(hist)
}
