package main

import (
	"errors"
	"fmt"
	"os"
)

var ErrNotFound = errors.New("not found")

type QueryErr struct {
	Query string
	Err   error
}

func (e *QueryErr) Error() string { return e.Query + ": " + e.Err.Error() }
func (e *QueryErr) Unwrap() error { return e.Err }

func find(k string) error {
	if k == "" {
		return &QueryErr{"<empty>", ErrNotFound}
	}
	if k == "x" {
		return fmt.Errorf("find %q: %w", k, ErrNotFound)
	}
	return nil
}

func main() {
	e1 := find("x")
	fmt.Println(e1)
	fmt.Println(errors.Is(e1, ErrNotFound), errors.Unwrap(e1) == ErrNotFound)
	e2 := fmt.Errorf("layer2: %w", e1)
	fmt.Println(e2, errors.Is(e2, ErrNotFound))
	fmt.Println(errors.Unwrap(errors.Unwrap(e2)) == ErrNotFound)
	e3 := find("")
	var qe *QueryErr
	fmt.Println(errors.As(e3, &qe), qe.Query, errors.Is(e3, ErrNotFound))
	e4 := fmt.Errorf("wrapped: %w", e3)
	var qe2 *QueryErr
	fmt.Println(errors.As(e4, &qe2), qe2 == qe)
	fmt.Println(find("ok") == nil, errors.Is(nil, ErrNotFound))
	e5 := fmt.Errorf("no wrap: %v", ErrNotFound)
	fmt.Println(e5, errors.Is(e5, ErrNotFound), errors.Unwrap(e5) == nil)
	fmt.Printf("%T %T %T\n", e1, e3, e5)
	fmt.Println(errors.New("a") == errors.New("a"))
	_, err := os.Open("/definitely/not/here")
	fmt.Println(errors.Is(err, os.ErrNotExist))
	var pe *os.PathError
	fmt.Println(errors.As(err, &pe), pe.Op, pe.Path)
	fmt.Println(fmt.Errorf("%d items: %s", 3, "bad"))
}
