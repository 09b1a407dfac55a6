package main

import (
	"errors"
	"fmt"
)

type MyErr struct{}

func (*MyErr) Error() string { return "my error" }

func mayFail(fail bool) error {
	var e *MyErr
	if fail {
		e = &MyErr{}
	}
	return e
}

func correct(fail bool) error {
	if fail {
		return &MyErr{}
	}
	return nil
}

type Reader interface{ Read() string }
type Writer interface{ Write(s string) }
type ReadWriter interface {
	Reader
	Writer
}

type Buf struct{ data []string }

func (b *Buf) Read() string {
	if len(b.data) == 0 {
		return ""
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}
func (b *Buf) Write(s string) { b.data = append(b.data, s) }

func main() {
	err := mayFail(false)
	fmt.Println(err == nil, err != nil)
	fmt.Printf("%T %v\n", err, err == (*MyErr)(nil))
	err = correct(false)
	fmt.Println(err == nil, err)
	err = correct(true)
	fmt.Println(err)
	var rw ReadWriter = &Buf{}
	rw.Write("one")
	rw.Write("two")
	var r Reader = rw
	fmt.Println(r.Read())
	w, ok := r.(Writer)
	fmt.Println(ok)
	w.Write("three")
	fmt.Println(r.Read(), r.Read(), r.Read() == "")
	_, ok = r.(fmt.Stringer)
	fmt.Println(ok)
	var e1 error = errors.New("x")
	var e2 error = errors.New("x")
	fmt.Println(e1 == e2, e1 == e1, e1.Error() == e2.Error())
	var i1, i2 interface{} = 3, 3
	var i3 interface{} = int64(3)
	fmt.Println(i1 == i2, i1 == i3, i1 != nil)
}
