package main

import (
	"errors"
	"fmt"
)

type wrapped struct{ err error }

func (w wrapped) Error() string { return "wrapped(" + w.err.Error() + ")" }

func process(depth int) {
	defer func() {
		if r := recover(); r != nil {
			if depth == 0 {
				panic(fmt.Errorf("top: %w", r.(error)))
			}
			panic(wrapped{r.(error)})
		}
	}()
	if depth == 3 {
		panic(errors.New("leaf"))
	}
	process(depth + 1)
}

func main() {
	process(0)
}
