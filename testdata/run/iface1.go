package main 

import (
	"fmt"
	"math"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Circle struct{ R float64 }
type Square struct{ S float64 }
type Tri struct{ A, B, C float64 }

func (c Circle) Area() float64       { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64  { return 2 * math.Pi * c.R }
func (s *Square) Area() float64      { return s.S * s.S }
func (s *Square) Perimeter() float64 { return 4 * s.S }
func (t Tri) Perimeter() float64     { return t.A + t.B + t.C }
func (t Tri) Area() float64 {
	p := t.Perimeter() / 2
	return math.Sqrt(p * (p - t.A) * (p - t.B) * (p - t.C))
}

func total(shapes ...Shape) float64 {
	sum := 0.0
	for _, s := range shapes {
		sum += s.Area()
	}
	return sum
}

func main() {
	shapes := []Shape{Circle{1}, &Square{2}, Tri{3, 4, 5}, &Circle{2}}
	for _, s := range shapes {
		fmt.Printf("%T %.3f %.3f\n", s, s.Area(), s.Perimeter())
	}
	fmt.Printf("%.4f\n", total(shapes...))
	var s Shape
	fmt.Println(s == nil)
	s = Circle{3}
	fmt.Println(s != nil, s)
	c, ok := s.(Circle)
	fmt.Println(c.R, ok)
	sq, ok := s.(*Square)
	fmt.Println(sq, ok)
	s = &Square{5}
	sq, ok = s.(*Square)
	fmt.Println(sq.S, ok)
	fmt.Println(Shape(Circle{1}) == Shape(Circle{1}), Shape(Circle{1}) == Shape(Circle{2}))
}
