package main

import (
	"errors"
	"fmt"
	"strconv"
)

type NotFound struct{ Name string }

func (n NotFound) Error() string { return n.Name + " not found" }

type Multi []error

func (m Multi) Error() string {
	s := ""
	for i, e := range m {
		if i > 0 {
			s += "; "
		}
		s += e.Error()
	}
	return s
}

func (m Multi) Is(target error) bool {
	for _, e := range m {
		if errors.Is(e, target) {
			return true
		}
	}
	return false
}

var ErrTimeout = errors.New("timeout")

func lookup(name string) (int, error) {
	db := map[string]string{"a": "1", "b": "x"}
	v, ok := db[name]
	if !ok {
		return 0, NotFound{name}
	}
	n, err := strconv.Atoi(v)
	if err != nil {
		return 0, fmt.Errorf("lookup %s: %w", name, err)
	}
	return n, nil
}

func main() {
	for _, k := range []string{"a", "b", "c"} {
		n, err := lookup(k)
		var nf NotFound
		var ne *strconv.NumError
		switch {
		case err == nil:
			fmt.Println(k, "=", n)
		case errors.As(err, &nf):
			fmt.Println("not found:", nf.Name)
		case errors.As(err, &ne):
			fmt.Println("bad number:", ne.Num, ne.Err == strconv.ErrSyntax, err)
		}
	}
	m := Multi{NotFound{"x"}, fmt.Errorf("net: %w", ErrTimeout)}
	fmt.Println(m)
	fmt.Println(errors.Is(m, ErrTimeout), errors.Is(m, NotFound{"x"}), errors.Is(m, NotFound{"y"}))
	wrapped := fmt.Errorf("ctx: %w", m)
	fmt.Println(errors.Is(wrapped, ErrTimeout), errors.Unwrap(wrapped) != nil)
	e1 := fmt.Errorf("two verbs %w and %v", ErrTimeout, "x")
	fmt.Println(e1, errors.Is(e1, ErrTimeout))
	e2 := fmt.Errorf("bad %w", "not an error")
	fmt.Println(e2, errors.Unwrap(e2) == nil)
}
