package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

var ErrInsufficient = errors.New("insufficient funds")

type Account struct {
	ID      int
	Owner   string
	Balance float64
	History []Tx
}

type Tx struct {
	Kind   string
	Amount float64
}

type Bank struct {
	accounts map[int]*Account
	nextID   int
}

func NewBank() *Bank { return &Bank{accounts: map[int]*Account{}, nextID: 1} }

func (b *Bank) Open(owner string, initial float64) *Account {
	a := &Account{ID: b.nextID, Owner: owner, Balance: initial}
	b.accounts[a.ID] = a
	b.nextID++
	return a
}

type TxError struct {
	Op  string
	Err error
}

func (e *TxError) Error() string { return e.Op + ": " + e.Err.Error() }
func (e *TxError) Unwrap() error { return e.Err }

func (a *Account) Withdraw(amt float64) error {
	if amt > a.Balance {
		return &TxError{"withdraw", fmt.Errorf("account %d: %w (have %.2f, need %.2f)", a.ID, ErrInsufficient, a.Balance, amt)}
	}
	a.Balance -= amt
	a.History = append(a.History, Tx{"W", amt})
	return nil
}

func (b *Bank) Transfer(from, to int, amt float64) (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("transfer failed: %w", err)
		}
	}()
	src, ok := b.accounts[from]
	if !ok {
		return fmt.Errorf("no account %d", from)
	}
	dst := b.accounts[to]
	if err := src.Withdraw(amt); err != nil {
		return err
	}
	dst.Balance += amt
	dst.History = append(dst.History, Tx{"D", amt})
	return nil
}

func (a Account) String() string {
	return fmt.Sprintf("#%d %-6s %8.2f %v", a.ID, a.Owner, a.Balance, a.History)
}

func main() {
	b := NewBank()
	alice := b.Open("alice", 100)
	bob := b.Open("bob", 50)
	fmt.Println(b.Transfer(1, 2, 30))
	err := b.Transfer(2, 1, 500)
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrInsufficient))
	var te *TxError
	if errors.As(err, &te) {
		fmt.Println("op:", te.Op)
	}
	fmt.Println(b.Transfer(9, 1, 1))
	fmt.Println(*alice)
	fmt.Println(bob)
	ids := []int{}
	for id := range b.accounts {
		ids = append(ids, id)
	}
	sort.Sort(sort.Reverse(sort.IntSlice(ids)))
	for _, id := range ids {
		a := b.accounts[id]
		fmt.Printf("%d:%s ", id, strings.ToUpper(a.Owner))
	}
	fmt.Println()
	fmt.Printf("%v\n%+v\n", b.accounts[1].History, *b.accounts[2])
	type summary struct {
		total float64
		n     int
	}
	var s summary
	for _, a := range b.accounts {
		s.total += a.Balance
		s.n++
	}
	fmt.Printf("%.1f %d %v\n", s.total, s.n, s)
}
