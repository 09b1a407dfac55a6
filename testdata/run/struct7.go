package main

import "fmt"

type Inventory struct {
	items map[string]int
	order []string
}

type Item struct {
	Name  string
	Price float64
	Qty   int
}

type Order struct {
	ID    int
	Items []Item
	Notes *string
}

func (o Order) Total() (t float64) {
	for _, it := range o.Items {
		t += it.Price * float64(it.Qty)
	}
	return
}

func (o *Order) Add(name string, price float64, qty int) *Order {
	for i := range o.Items {
		if o.Items[i].Name == name {
			o.Items[i].Qty += qty
			return o
		}
	}
	o.Items = append(o.Items, Item{name, price, qty})
	return o
}

func main() {
	o := &Order{ID: 1}
	o.Add("pen", 1.5, 2).Add("book", 12.25, 1).Add("pen", 1.5, 3)
	fmt.Printf("%+v\n", *o)
	fmt.Printf("%.2f\n", o.Total())
	note := "gift"
	o2 := *o
	o2.Notes = &note
	o2.Items = append([]Item(nil), o.Items...)
	o2.Items[0].Qty = 100
	fmt.Println(o.Items[0].Qty, o2.Items[0].Qty, *o2.Notes, o.Notes == nil)
	inv := Inventory{items: map[string]int{}}
	for _, it := range o2.Items {
		inv.items[it.Name] += it.Qty
		inv.order = append(inv.order, it.Name)
	}
	fmt.Println(inv.items, inv.order)
	type Matrix2 struct{ a, b, c, d int }
	m := Matrix2{1, 2, 3, 4}
	m2 := Matrix2{a: 1, d: 4}
	fmt.Println(m, m2, m == m2)
	ptrs := []*Item{{Name: "x"}, {Name: "y", Qty: 2}}
	for _, p := range ptrs {
		p.Qty++
	}
	fmt.Println(*ptrs[0], *ptrs[1])
}
