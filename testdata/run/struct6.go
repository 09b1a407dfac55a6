package main 

import "fmt"

type Date struct{ Y, M, D int }

func (d Date) Before(o Date) bool {
	if d.Y != o.Y {
		return d.Y < o.Y
	}
	if d.M != o.M {
		return d.M < o.M
	}
	return d.D < o.D
}

type Event struct {
	When  Date
	What  string
	Tags  [2]string
	Score float64
}

func main() {
	a := Event{Date{2022, 8, 2}, "release", [2]string{"go", "1.19"}, 9.5}
	b := a
	fmt.Println(a == b)
	b.Tags[1] = "1.20"
	fmt.Println(a == b, a.Tags, b.Tags)
	byDate := map[Date][]string{}
	evs := []Event{a, b, {Date{2021, 2, 16}, "1.16", [2]string{}, 7}, {Date{2022, 8, 2}, "party", [2]string{}, 1}}
	for _, e := range evs {
		byDate[e.When] = append(byDate[e.When], e.What)
	}
	fmt.Println(byDate)
	fmt.Println(evs[2].When.Before(evs[0].When), evs[0].When.Before(evs[2].When))
	ptrA, ptrB := &a, &a
	fmt.Println(ptrA == ptrB, *ptrA == a)
	type pt struct{ x, y float64 }
	fmt.Println(pt{0.1 + 0.2, 1} == pt{0.3, 1}, pt{1, 2} == pt{1, 2})
	x := struct {
		a int
		b []int
	}{1, []int{2}}
	y := x
	y.b[0] = 99
	y.a = 2
	fmt.Println(x, y)
	var e Event
	fmt.Printf("%+v\n", e)
}
