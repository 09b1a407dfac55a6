package main 

import "fmt"

type Vec3 [3]float64

func (v Vec3) Dot(o Vec3) float64 { return v[0]*o[0] + v[1]*o[1] + v[2]*o[2] }
func (v *Vec3) Scale(f float64) {
	for i := range v {
		v[i] *= f
	}
}

func rotate(a [5]int, k int) [5]int {
	var out [5]int
	for i, v := range a {
		out[(i+k)%len(a)] = v
	}
	return out
}

func main() {
	v := Vec3{1, 2, 3}
	w := v
	w.Scale(2)
	fmt.Println(v, w, v.Dot(w))
	a := [5]int{1, 2, 3, 4, 5}
	for k := 0; k < 6; k += 2 {
		fmt.Println(k, rotate(a, k))
	}
	var board [3][3]rune
	for i := range board {
		for j := range board[i] {
			board[i][j] = '.'
		}
	}
	board[1][1] = 'X'
	board[0][2] = 'O'
	for _, row := range board {
		fmt.Println(string(row[:]))
	}
	counts := [256]int{}
	for _, c := range []byte("hello world") {
		counts[c]++
	}
	fmt.Println(counts['l'], counts['o'], counts[' '], counts['z'])
	type pair [2]string
	ps := []pair{{"a", "b"}, {"c", "d"}}
	cp := make([]pair, len(ps))
	copy(cp, ps)
	cp[0][0] = "Z"
	fmt.Println(ps, cp)
	arrOfSlices := [2][]int{{1}, {2}}
	dup := arrOfSlices
	dup[0][0] = 100
	dup[1] = append(dup[1], 3)
	fmt.Println(arrOfSlices, dup)
}
