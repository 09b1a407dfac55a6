package main

import (
	"fmt"
	"strings"
)

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	case Blue:
		return "Blue"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type List []Color

func (l List) String() string {
	parts := []string{}
	for _, c := range l {
		parts = append(parts, c.String())
	}
	return "<" + strings.Join(parts, "|") + ">"
}

type PtrStr struct{ n int }

func (p *PtrStr) String() string { return fmt.Sprint("PS#", p.n) }

type Fail struct{ msg string }

func (f Fail) Error() string { return "fail: " + f.msg }

func main() {
	fmt.Println(Temp(21.55), Red, Blue, Color(7))
	fmt.Printf("%v %s %d %+v\n", Green, Green, Green, Green)
	fmt.Println(List{Red, Blue, Green})
	fmt.Println([]Color{Red, Blue})
	fmt.Println(map[Color]int{Blue: 2, Red: 0})
	p := PtrStr{3}
	fmt.Println(p, &p)
	fmt.Printf("%v %v\n", p, &p)
	f := Fail{"disk"}
	fmt.Println(f)
	fmt.Printf("%v|%s|%q\n", f, f, f)
	s := fmt.Sprint(Red, Green, 1, 2, "a", "b", 3, Temp(1))
	fmt.Println(s)
	type Wrapper struct {
		C Color
		T Temp
	}
	fmt.Printf("%v %+v\n", Wrapper{Blue, 5}, Wrapper{Blue, 5})
}
