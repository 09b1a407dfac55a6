package main

import (
	"errors"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64       { return r.W * r.H }
func (r Rect) Perimeter() float64  { return 2 * (r.W + r.H) }
func (c Circle) Area() float64     { return 3.14159 * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * 3.14159 * c.R }
func (c Circle) String() string    { return fmt.Sprintf("Circle(%.1f)", c.R) }


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
	}
	return "Color(" + strconv.Itoa(int(c)) + ")"
}

type Node struct {
	Val         int
	Left, Right *Node
}

func (n *Node) Insert(v int) *Node {
	if n == nil {
		return &Node{Val: v}
	}
	if v < n.Val {
		n.Left = n.Left.Insert(v)
	} else {
		n.Right = n.Right.Insert(v)
	}
	return n
}

func (n *Node) InOrder(f func(int)) {
	if n == nil {
		return
	}
	n.Left.InOrder(f)
	f(n.Val)
	n.Right.InOrder(f)
}

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return "myerr " + strconv.Itoa(e.Code) }

func mayFail(i int) (int, error) {
	if i%3 == 0 {
		return 0, &MyErr{i}
	}
	if i%3 == 1 {
		return 0, fmt.Errorf("wrapped: %w", &MyErr{i * 10})
	}
	return i * 2, nil
}

func safeDiv(a, b int) (res int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func main() {
	shapes := []Shape{Rect{3, 4}, Circle{1}, Rect{W: 1, H: 2}}
	sort.Slice(shapes, func(i, j int) bool { return shapes[i].Area() < shapes[j].Area() })
	for i, s := range shapes {
		fmt.Printf("%d: %v %T area=%.2f per=%6.2f\n", i, s, s, s.Area(), s.Perimeter())
	}
	fmt.Println(Red, Blue, Color(7))
	fmt.Printf("%v %d %s|%5s|%-5s|\n", Green, Green, Blue, Red, Red)
	var root *Node
	for _, v := range []int{5, 3, 8, 1, 4, 9, 7} {
		root = root.Insert(v)
	}
	var out []string
	root.InOrder(func(v int) { out = append(out, strconv.Itoa(v)) })
	fmt.Println(strings.Join(out, ","))
	for i := 0; i < 4; i++ {
		v, err := mayFail(i)
		var me *MyErr
		if errors.As(err, &me) {
			fmt.Println("as", me.Code, err)
		} else {
			fmt.Println("ok", v)
		}
	}
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(7, 0))
	m := map[string][]int{}
	words := strings.Fields("the quick brown fox jumps over the lazy dog the end")
	for i, w := range words {
		m[w] = append(m[w], i)
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Print(k, m[k], " ")
	}
	fmt.Println()
	fmt.Println(m)
	type pair struct {
		a, b int
	}
	ps := map[pair]string{{1, 2}: "x", {3, 4}: "y"}
	fmt.Println(ps[pair{1, 2}], ps[pair{3, 4}], len(ps))
	fmt.Printf("%+v %#v\n", pair{1, 2}, pair{3, 4})
	var x uint8 = 250
	x += 10
	var y int32 = 1 << 30
	y *= 4
	fmt.Println(x, y, -7/2, -7%2, 7>>1, -7>>1, ^5, 5&^3)
	fmt.Printf("%08.3f|%x|%X|%o|%b|%q|%U|%c|%e|%g\n", 3.14159, 255, 255, 8, 5, "hi\n", 0x1F600, 'A', 1234.5678, 0.000012)
	fmt.Printf("%5.1f%%|%t|%p|%v\n", 99.5, true, nil, nil)
	fmt.Printf("%*d|%-*d|\n", 5, 42, 4, 7)
	s := "héllo, 世界"
	for i, r := range s {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println(len(s), []byte(s)[1], []rune(s)[1])
	matrix := [3][3]int{}
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			matrix[i][j] = i * j
		}
	}
	m2 := matrix
	m2[1][1] = 100
	fmt.Println(matrix, m2, matrix == m2)
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Print(i, j, ";")
		}
	}
	fmt.Println()
	f := fmt.Sprintf
	fmt.Println(f("%03d", 7), strings.Repeat("ab", 3), strings.ToUpper("xyz"), strings.Contains("abc", "bc"))
	n, err := strconv.Atoi("12a")
	fmt.Println(n, err)
	fl, _ := strconv.ParseFloat("1e-3", 64)
	fmt.Println(fl, strconv.Quote("a\"b"), strconv.FormatInt(-255, 16))
	defer fmt.Println("deferred 1")
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		os.Exit(3)
	}()
	var arr []int
	_ = arr[5]
}
