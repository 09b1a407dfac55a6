package main 

import "fmt"

type Visitor interface {
	VisitNum(n int) int
	VisitAdd(a, b Expr) int
	VisitMul(a, b Expr) int
}

type Expr interface {
	Accept(v Visitor) int
	String() string
}

type Num int
type Add struct{ L, R Expr }
type Mul struct{ L, R Expr }

func (n Num) Accept(v Visitor) int { return v.VisitNum(int(n)) }
func (a Add) Accept(v Visitor) int { return v.VisitAdd(a.L, a.R) }
func (m Mul) Accept(v Visitor) int { return v.VisitMul(m.L, m.R) }
func (n Num) String() string       { return fmt.Sprint(int(n)) }
func (a Add) String() string       { return "(" + a.L.String() + " + " + a.R.String() + ")" }
func (m Mul) String() string       { return a2s(m.L) + " * " + a2s(m.R) }

func a2s(e Expr) string { return e.String() }

type Eval struct{ calls int }

func (e *Eval) VisitNum(n int) int { e.calls++; return n }
func (e *Eval) VisitAdd(a, b Expr) int {
	e.calls++
	return a.Accept(e) + b.Accept(e)
}
func (e *Eval) VisitMul(a, b Expr) int {
	e.calls++
	return a.Accept(e) * b.Accept(e)
}

type Depth struct{}

func (Depth) VisitNum(int) int { return 1 }
func (d Depth) VisitAdd(a, b Expr) int {
	return 1 + max(a.Accept(d), b.Accept(d))
}
func (d Depth) VisitMul(a, b Expr) int {
	return 1 + max(a.Accept(d), b.Accept(d))
}

func max(a, b int) int {
	if a > b {
		return a
	}
	return b
}

func main() {
	e := Add{Mul{Num(3), Add{Num(1), Num(2)}}, Num(10)}
	ev := &Eval{}
	fmt.Println(e, "=", e.Accept(ev), "calls", ev.calls)
	fmt.Println("depth", e.Accept(Depth{}))
	var exprs []Expr = []Expr{Num(1), e, Mul{Num(2), Num(21)}}
	for _, x := range exprs {
		fmt.Printf("%-30s %v\n", x, x.Accept(&Eval{}))
	}
}
