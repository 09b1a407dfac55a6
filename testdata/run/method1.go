package main 

import "fmt"

type Celsius float64
type Fahrenheit float64

func (c Celsius) ToF() Fahrenheit { return Fahrenheit(c*9/5 + 32) }
func (f Fahrenheit) ToC() Celsius { return Celsius((f - 32) * 5 / 9) }

type IntList []int

func (l IntList) Sum() int {
	s := 0
	for _, v := range l {
		s += v
	}
	return s
}

func (l *IntList) Push(v int) { *l = append(*l, v) }

type Vec struct{ X, Y float64 }

func (v Vec) Add(o Vec) Vec      { return Vec{v.X + o.X, v.Y + o.Y} }
func (v Vec) Scale(f float64) Vec { return Vec{v.X * f, v.Y * f} }
func (v *Vec) Normalize() {
	v.X, v.Y = v.X/2, v.Y/2
}

func main() {
	c := Celsius(100)
	fmt.Println(c.ToF(), c.ToF().ToC(), Celsius(-40).ToF())
	fmt.Printf("%T %T %.1f\n", c, c.ToF(), Fahrenheit(98.6).ToC())
	var l IntList
	for i := 1; i <= 5; i++ {
		l.Push(i)
	}
	fmt.Println(l, l.Sum(), len(l))
	v := Vec{1, 2}
	w := v.Add(Vec{3, 4}).Scale(2)
	fmt.Println(v, w)
	w.Normalize()
	fmt.Println(w)
	pv := &v
	fmt.Println(pv.Add(Vec{1, 1}))
	pv.Normalize()
	fmt.Println(v)
	f := v.Add
	v = Vec{100, 100}
	fmt.Println(f(Vec{1, 1}))
	g := Vec.Scale
	fmt.Println(g(Vec{1, 1}, 3))
	h := (*Vec).Normalize
	h(&v)
	fmt.Println(v)
	m := pv.Normalize
	m()
	fmt.Println(v)
}
