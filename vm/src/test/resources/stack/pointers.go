package main

type pair struct {
	p *int
	q *int
}

func deep(n int, pp *pair) int {
	var pad [16]int
	pad[n%16] = n
	if n == 0 {
		return *pp.p + *pp.q
	}
	return deep(n-1, pp) + pad[n%16] - n
}

type counter struct{ n int }

func (c *counter) inc() { c.n++ }

func rec(n int, f func()) {
	var pad [8]int
	pad[n%8] = n
	if n == 0 {
		return
	}
	f()
	rec(n-1, f)
}

func sum(xs ...*int) int {
	t := 0
	for _, x := range xs {
		t += *x
	}
	return t
}

func main() {
	x := 40
	y := 2
	s := pair{&x, &y}
	ps := &s
	r := deep(50000, ps)
	println(r, *s.p, *ps.q)
	x = 7
	println(*s.p, *ps.p)
	k := 0
	inc := func() { k++ }
	rec(30000, inc)
	println(k)
	c := &counter{}
	m := c.inc
	rec(20000, m)
	println(c.n)
	b := []byte("hello")
	str := string(b) + "!"
	println(deep(20000, &pair{&x, &y}), str, len(b), cap(b))
	println(sum(&x, &y, &k))
	defer func() { println("deferred", x, *ps.p, k) }()
	for i := 0; i < 3; i++ {
		v := i * 10
		pv := &v
		q := pair{pv, &k}
		println(deep(30000*(i+1), &q), *q.p)
	}
	x = 99
	println(deep(100000, ps))
}
