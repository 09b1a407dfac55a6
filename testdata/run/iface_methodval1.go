package main

import (
	"fmt"
	"strings"
)

type Shape interface {
	Area() float64
	Scale(f float64) Shape
}

type Sq struct{ S float64 }

func (s Sq) Area() float64           { return s.S * s.S }
func (s Sq) Scale(f float64) Shape  { return Sq{s.S * f} }
func (s *Sq) Grow()                  { s.S++ }

type Named struct {
	Shape
	Name string
}

type logger struct{ lines []string }

func (l *logger) Log(s string) { l.lines = append(l.lines, s) }

type Logger interface{ Log(string) }

func run(l Logger) {
	defer l.Log("deferred 1")
	for i := 0; i < 3; i++ {
		defer l.Log(fmt.Sprint("loop ", i))
	}
	l.Log("body")
}

func main() {
	var s Shape = Sq{2}
	area := s.Area
	scale := s.Scale
	s = Sq{10} // the method value keeps the old receiver
	fmt.Println(area(), scale(3).Area(), s.Area())
	f := Shape.Area
	g := Shape.Scale
	fmt.Println(f(Sq{3}), g(Sq{1}, 5).Area())
	n := Named{Sq{4}, "four"}
	na := n.Area
	fmt.Println(na(), n.Shape.Area())
	fs := []func() float64{Sq{1}.Area, s.Area, n.Area}
	for _, h := range fs {
		fmt.Print(h(), " ")
	}
	fmt.Println()
	l := &logger{}
	run(l)
	fmt.Println(strings.Join(l.lines, ", "))
	var sb strings.Builder
	var w interface{ WriteString(string) (int, error) } = &sb
	ws := w.WriteString
	ws("x")
	ws("y")
	fmt.Println(sb.String())
	defer func() { fmt.Println("recovered:", recover()) }()
	var nilShape Shape
	h := nilShape.Area
	fmt.Println("not reached", h)
}
