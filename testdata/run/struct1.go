package main

import "fmt"

type Point struct {
	X, Y int
}

type Rect struct {
	Min, Max Point
	Label    string
}

func (r Rect) Area() int {
	return (r.Max.X - r.Min.X) * (r.Max.Y - r.Min.Y)
}

func main() {
	p := Point{1, 2}
	q := Point{Y: 5}
	fmt.Println(p, q, p == q, p == Point{1, 2})
	fmt.Printf("%v %+v %#v %T\n", p, p, p, p)
	r := Rect{Min: Point{0, 0}, Max: Point{3, 4}, Label: "box"}
	fmt.Printf("%v\n%+v\n", r, r)
	fmt.Println(r.Area())
	r2 := r
	r2.Max.X = 10
	fmt.Println(r.Max, r2.Max, r.Area(), r2.Area())
	var z Rect
	fmt.Printf("%+v %q\n", z, z.Label)
	anon := struct {
		Name string
		Age  int
	}{"gopher", 13}
	fmt.Printf("%v %+v %T\n", anon, anon, anon)
	pts := []Point{{1, 1}, {2, 2}}
	fmt.Println(pts, len(pts))
	pp := &pts[1]
	pp.X = 20
	fmt.Println(pts, *pp, pp.Y)
	type local struct{ a, b bool }
	fmt.Println(local{true, false}, local{} == local{})
}
