package main

import "fmt"

type Stack struct {
	data []string
}

func (s *Stack) Push(x string) { s.data = append(s.data, x) }
func (s *Stack) Pop() (string, bool) {
	if len(s.data) == 0 {
		return "", false
	}
	x := s.data[len(s.data)-1]
	s.data = s.data[:len(s.data)-1]
	return x, true
}
func (s Stack) Len() int { return len(s.data) }

type Op func(int, int) int

func (o Op) Apply(a, b int) int { return o(a, b) }

type Account struct {
	balance int
	log     []string
}

func (a *Account) Deposit(n int) *Account {
	a.balance += n
	a.log = append(a.log, fmt.Sprint("+", n))
	return a
}

func (a *Account) Withdraw(n int) *Account {
	if n > a.balance {
		a.log = append(a.log, fmt.Sprint("!", n))
		return a
	}
	a.balance -= n
	a.log = append(a.log, fmt.Sprint("-", n))
	return a
}

func main() {
	var s Stack
	for _, w := range []string{"a", "b", "c"} {
		s.Push(w)
	}
	fmt.Println(s.Len())
	for {
		x, ok := s.Pop()
		if !ok {
			break
		}
		fmt.Print(x, " ")
	}
	fmt.Println(s.Len())
	add := Op(func(a, b int) int { return a + b })
	fmt.Println(add.Apply(3, 4), Op.Apply(add, 1, 1))
	acc := &Account{}
	acc.Deposit(100).Withdraw(30).Withdraw(200).Deposit(5)
	fmt.Println(acc.balance, acc.log)
	pushes := []func(string){s.Push, s.Push}
	for i, p := range pushes {
		p(fmt.Sprint(i))
	}
	fmt.Println(s.data)
}
