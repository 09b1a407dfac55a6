package main

import (
	"errors"
	"fmt"
)

type ValidationError struct {
	Field string
	Value int
}

func (v ValidationError) Error() string {
	return fmt.Sprintf("invalid %s: %d", v.Field, v.Value)
}

type Temporary interface{ Temporary() bool }

type netErr struct{ msg string }

func (n netErr) Error() string   { return n.msg }
func (n netErr) Temporary() bool { return true }

func validate(age, score int) error {
	var errs []error
	if age < 0 {
		errs = append(errs, ValidationError{"age", age})
	}
	if score > 100 {
		errs = append(errs, ValidationError{"score", score})
	}
	if len(errs) == 0 {
		return nil
	}
	msg := ""
	for i, e := range errs {
		if i > 0 {
			msg += "; "
		}
		msg += e.Error()
	}
	return fmt.Errorf("validation failed (%d): %s: %w", len(errs), msg, errs[0])
}

func main() {
	for _, c := range [][2]int{{10, 50}, {-1, 50}, {-5, 500}, {3, 101}} {
		err := validate(c[0], c[1])
		fmt.Println(err)
		var ve ValidationError
		if errors.As(err, &ve) {
			fmt.Println("  first field:", ve.Field)
		}
	}
	var err error = fmt.Errorf("op: %w", netErr{"timeout"})
	var t Temporary
	fmt.Println(errors.As(err, &t), t.Temporary())
	target := netErr{"timeout"}
	fmt.Println(errors.Is(err, target), errors.Is(err, netErr{"other"}))
	chain := errors.New("root")
	for i := 0; i < 3; i++ {
		chain = fmt.Errorf("L%d(%w)", i, chain)
	}
	fmt.Println(chain)
	for e := chain; e != nil; e = errors.Unwrap(e) {
		fmt.Println(" ->", e)
	}
}
