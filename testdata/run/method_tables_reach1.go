package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// Methods are found at run time only through interfaces; these types reach an interface only
// inside other values (fields, elements, keys, pointers), through embedding, or through std
// values, so their methods must be kept even though no conversion names them directly.

type Celsius float64

func (c Celsius) String() string { return strconv.FormatFloat(float64(c), 'f', 1, 64) + "°C" }

type Name struct{ first, last string }

func (n *Name) String() string { return n.first + " " + strings.ToUpper(n.last) }

type Code int

func (c Code) Error() string { return "code " + strconv.Itoa(int(c)) }

type Reading struct {
	Where string
	Temp  Celsius
	Who   *Name
	Codes []Code
	ByDay map[Celsius]Code
	Last  [2]Celsius
}

type Base struct{ id int }

func (b Base) Describe() string { return "base#" + strconv.Itoa(b.id) }
func (b *Base) Bump()           { b.id++ }

type Derived struct {
	Base
	label string
}

type Describer interface{ Describe() string }

type Wrapper struct {
	fmt.Stringer
}

type Level uint8

func (l Level) String() string { return [...]string{"low", "mid", "high"}[l] }

type Box struct{ L Level }

func describeAll(ds []Describer) string {
	var parts []string
	for _, d := range ds {
		parts = append(parts, d.Describe())
	}
	return strings.Join(parts, ",")
}

func main() {
	r := Reading{Where: "lab", Temp: 21.5, Who: &Name{"ada", "lovelace"}, Codes: []Code{7, 9},
		ByDay: map[Celsius]Code{1.5: 3}, Last: [2]Celsius{-1, 2}}
	fmt.Println(r)
	fmt.Printf("%v|%+v\n", r.Temp, r.Codes)
	fmt.Println([]Celsius{3, 4}, map[string]Celsius{"x": 5})

	d := &Derived{Base{1}, "d"}
	d.Bump()
	fmt.Println(describeAll([]Describer{d, *d, Base{5}}))

	w := Wrapper{Celsius(30)}
	fmt.Println(w.String(), w)

	var err error = Code(42)
	fmt.Println(err, errors.Is(fmt.Errorf("wrap: %w", err), Code(42)))
	var c Code
	fmt.Println(errors.As(fmt.Errorf("again: %w", Code(5)), &c), c)

	_, perr := strconv.Atoi("12x")
	fmt.Println(perr)
	var ne *strconv.NumError
	fmt.Println(errors.As(perr, &ne), ne.Func, ne.Num)

	var any interface{} = Box{2}
	if b, ok := any.(Box); ok {
		fmt.Println(b, b.L)
	}
	f := Celsius.String
	g := (&Name{"grace", "hopper"}).String
	fmt.Println(f(12), g())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		panic(Code(13))
	}()
}
