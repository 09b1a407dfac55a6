package main 

import (
	"errors"
	"fmt"
	"strconv"
)

var ErrNeg = errors.New("negative")

type ParseErr struct {
	Line int
	Err  error
}

func (p *ParseErr) Error() string { return "line " + strconv.Itoa(p.Line) + ": " + p.Err.Error() }
func (p *ParseErr) Unwrap() error { return p.Err }

func parse(lines []string) (sum int, err error) {
	defer func() {
		if r := recover(); r != nil {
			pe, ok := r.(*ParseErr)
			if !ok {
				panic(r)
			}
			err = pe
		}
	}()
	for i, l := range lines {
		n, e := strconv.Atoi(l)
		if e != nil {
			panic(&ParseErr{i + 1, e})
		}
		if n < 0 {
			panic(&ParseErr{i + 1, ErrNeg})
		}
		sum += n
	}
	return sum, nil
}

func main() {
	fmt.Println(parse([]string{"1", "2", "3"}))
	s, err := parse([]string{"1", "x", "3"})
	fmt.Println(s, err)
	s, err = parse([]string{"10", "-4"})
	fmt.Println(s, err, errors.Is(err, ErrNeg))
	var pe *ParseErr
	fmt.Println(errors.As(err, &pe), pe.Line)
	var ne *strconv.NumError
	_, err = parse([]string{"zz"})
	fmt.Println(errors.As(err, &ne), ne.Num)
}
