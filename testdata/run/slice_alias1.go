package main

// Sharing: re-slicing, append within capacity writes through to the parent and to siblings,
// the 3-index form limits capacity, copy handles overlap like memmove.

import "fmt"

func main() {
	base := make([]int, 5, 8)
	for i := range base {
		base[i] = i
	}
	x := append(base, 100)
	y := append(base, 200) // same backing array: overwrites x[5]
	fmt.Println(x, y, x[5] == y[5], len(base), cap(base))
	z := append(base[:5:5], 300) // capacity limited: new array
	z[0] = -1
	fmt.Println(base[0], z, cap(z))

	s := base[1:3]
	fmt.Println(s, len(s), cap(s))
	s = append(s, 42)
	fmt.Println(base, s)
	t := s[1:4:6]
	fmt.Println(t, len(t), cap(t))
	t = t[:cap(t)]
	fmt.Println(t)
	u := base[2:2]
	fmt.Println(len(u), cap(u))

	// copy with overlap, both directions
	a := []int{1, 2, 3, 4, 5, 6, 7, 8}
	n := copy(a[2:], a)
	fmt.Println(n, a)
	a = []int{1, 2, 3, 4, 5, 6, 7, 8}
	n = copy(a, a[3:])
	fmt.Println(n, a)
	a = []int{1, 2, 3}
	n = copy(a, []int{9})
	fmt.Println(n, a)
	n = copy(a[:0], []int{7, 7})
	fmt.Println(n, a)
	bs := make([]byte, 4)
	n = copy(bs, "héllo")
	fmt.Println(n, bs)
	n = copy(bs[1:], bs)
	fmt.Println(n, bs)
	var nilDst []int
	fmt.Println(copy(nilDst, a))
	// copy of structs containing pointers
	type pt struct {
		p *int
		v int
	}
	one, two := 1, 2
	ps := []pt{{&one, 1}, {&two, 2}, {nil, 3}}
	copy(ps[1:], ps)
	fmt.Println(*ps[0].p, *ps[1].p, *ps[2].p, ps[2].v)

	// arrays: slicing an array shares it; cap is the array's length minus the start
	var arr [6]string
	as := arr[2:4]
	as[0] = "two"
	as = append(as, "four")
	fmt.Println(arr, len(as), cap(as))
	pa := &arr
	ps2 := pa[1:]
	fmt.Println(len(ps2), cap(ps2), ps2[1])
	// strings slice, share bytes
	str := "hello, world"
	sub := str[7:]
	fmt.Println(sub, len(sub), str[:0] == "", str[len(str):] == "")

	// append to a slice of itself
	q := []int{1, 2, 3}
	q = append(q, q...)
	fmt.Println(q, len(q), cap(q))
	q = append(q[:2], q[3:]...)
	fmt.Println(q, len(q), cap(q))
}
