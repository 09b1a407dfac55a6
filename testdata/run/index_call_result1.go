// Indexing and selecting into non-addressable aggregate values: call results, conversions
// and type assertions (Go's test/fixedbugs/bug281.go shape).
package main

import "fmt"

type Point struct{ X, Y int64 }
type Rect struct{ Min, Max Point }

func (p Point) Sub(q Point) Point { return Point{p.X - q.X, p.Y - q.Y} }

type Obj struct{ bbox Rect }

func (o *Obj) Bbox() Rect        { return o.bbox }
func (o *Obj) Points() [2]Point { return [2]Point{o.bbox.Min, o.bbox.Max} }

type Grid [3][3]int

func grid() Grid { return Grid{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}} }

func main() {
	o := &Obj{Rect{Point{800, 0}, Point{1, 2}}}
	p := Point{800, 300}
	fmt.Println(p.Sub(o.Bbox().Min), p.Sub(o.Points()[0]), o.Points()[1].Y)
	i := 1
	fmt.Println(grid()[2][i], grid()[i], len(grid()[0]))
	var v interface{} = [2]Point{{1, 1}, {2, 2}}
	fmt.Println(v.([2]Point)[i].X, [3]int([3]int{4, 5, 6})[i])
	for _, q := range o.Points() {
		fmt.Print(q.X, " ")
	}
	fmt.Println()
}
