package main

import "fmt"

type Tx struct {
	name      string
	committed bool
	log       *[]string
}

func (t *Tx) Commit() { t.committed = true; *t.log = append(*t.log, t.name+" commit") }
func (t *Tx) Rollback() {
	if !t.committed {
		*t.log = append(*t.log, t.name+" rollback")
	}
}

func doWork(fail bool, log *[]string) (err error) {
	tx := &Tx{name: fmt.Sprint("tx-", fail), log: log}
	defer tx.Rollback()
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	if fail {
		panic("disk full")
	}
	tx.Commit()
	return nil
}

func deferOrder() (out []int) {
	for i := 0; i < 3; i++ {
		defer func() { out = append(out, i) }()
	}
	for i := 0; i < 3; i++ {
		defer func(n int) { out = append(out, n*10) }(i)
	}
	return nil
}

func deferMethodValue() {
	type S struct{ v int }
	s := S{1}
	show := func(s S) { fmt.Println("deferred s.v =", s.v) }
	defer show(s)
	s.v = 2
	p := &s
	defer func() { fmt.Println("closure p.v =", p.v) }()
	s.v = 3
}

func main() {
	var log []string
	fmt.Println(doWork(false, &log))
	fmt.Println(doWork(true, &log))
	fmt.Println(log)
	fmt.Println(deferOrder())
	deferMethodValue()
	for i := 0; i < 2; i++ {
		func() {
			defer fmt.Println("iteration", i, "deferred")
			fmt.Println("iteration", i, "body")
		}()
	}
}
