package main

import (
	"errors"
	"fmt"
	"sort"
)

var ErrFunds = errors.New("insufficient funds")
var ErrNoAcct = errors.New("no such account")

type Account struct {
	ID      string
	Balance int64
	History []string
}

type Bank struct {
	accts map[string]*Account
	txns  int
}

func (b *Bank) Open(id string, initial int64) {
	b.accts[id] = &Account{ID: id, Balance: initial}
}

func (b *Bank) Transfer(from, to string, amt int64) (err error) {
	defer func() {
		b.txns++
		if err != nil {
			err = fmt.Errorf("txn %d %s->%s %d: %w", b.txns, from, to, amt, err)
		}
	}()
	f, ok := b.accts[from]
	if !ok {
		return ErrNoAcct
	}
	t, ok := b.accts[to]
	if !ok {
		return ErrNoAcct
	}
	if f.Balance < amt {
		return ErrFunds
	}
	f.Balance -= amt
	t.Balance += amt
	f.History = append(f.History, fmt.Sprintf("-%d", amt))
	t.History = append(t.History, fmt.Sprintf("+%d", amt))
	return nil
}

func main() {
	b := &Bank{accts: map[string]*Account{}}
	b.Open("alice", 100)
	b.Open("bob", 50)
	b.Open("carol", 0)
	ops := []struct {
		from, to string
		amt      int64
	}{{"alice", "bob", 30}, {"bob", "carol", 70}, {"carol", "alice", 100}, {"alice", "dave", 1}, {"bob", "alice", 10}, {"carol", "bob", 35}}
	for _, op := range ops {
		if err := b.Transfer(op.from, op.to, op.amt); err != nil {
			fmt.Println("error:", err, errors.Is(err, ErrFunds), errors.Is(err, ErrNoAcct))
		}
	}
	ids := []string{}
	var total int64
	for id, a := range b.accts {
		ids = append(ids, id)
		total += a.Balance
	}
	sort.Strings(ids)
	for _, id := range ids {
		a := b.accts[id]
		fmt.Printf("%-6s %4d %v\n", a.ID, a.Balance, a.History)
	}
	fmt.Println("total", total, "txns", b.txns)
}
