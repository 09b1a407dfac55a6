package main

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Sq struct{ s float64 }

func (q Sq) Area() float64 { return q.s * q.s }

func main() {
	var s Shape = Sq{1} // ERROR "cannot use Sq\{…\} \(value of type Sq\) as type Shape in variable declaration:"
	_ = s
}
