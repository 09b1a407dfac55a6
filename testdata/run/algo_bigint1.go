package main

import (
	"fmt"
	"strings"
)

type Big []uint32

const base = 1000000000

func fromInt(n uint64) Big {
	if n == 0 {
		return Big{0}
	}
	var b Big
	for n > 0 {
		b = append(b, uint32(n%base))
		n /= base
	}
	return b
}

func (a Big) Mul(m uint32) Big {
	var carry uint64
	out := make(Big, 0, len(a)+1)
	for _, d := range a {
		p := uint64(d)*uint64(m) + carry
		out = append(out, uint32(p%base))
		carry = p / base
	}
	for carry > 0 {
		out = append(out, uint32(carry%base))
		carry /= base
	}
	return out
}

func (a Big) Add(b Big) Big {
	if len(a) < len(b) {
		a, b = b, a
	}
	out := make(Big, 0, len(a)+1)
	var carry uint32
	for i := range a {
		s := a[i] + carry
		if i < len(b) {
			s += b[i]
		}
		out = append(out, s%base)
		carry = s / base
	}
	if carry > 0 {
		out = append(out, carry)
	}
	return out
}

func (a Big) String() string {
	var sb strings.Builder
	sb.WriteString(fmt.Sprint(a[len(a)-1]))
	for i := len(a) - 2; i >= 0; i-- {
		sb.WriteString(fmt.Sprintf("%09d", a[i]))
	}
	return sb.String()
}

func main() {
	f := fromInt(1)
	for i := uint32(1); i <= 50; i++ {
		f = f.Mul(i)
		if i%10 == 0 {
			fmt.Printf("%d! = %v\n", i, f)
		}
	}
	a, b := fromInt(0), fromInt(1)
	for i := 0; i < 200; i++ {
		a, b = b, a.Add(b)
	}
	fmt.Println("fib(200) =", a)
	s := f.String()
	sum := 0
	for _, c := range s {
		sum += int(c - '0')
	}
	fmt.Println(len(s), sum)
}
