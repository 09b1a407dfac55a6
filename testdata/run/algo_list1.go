package main

import (
	"fmt"
	"strings"
)

type Node struct {
	Val  int
	Next *Node
}

type List struct {
	head *Node
	size int
}

func (l *List) PushFront(v int) {
	l.head = &Node{v, l.head}
	l.size++
}

func (l *List) PushBack(v int) {
	n := &Node{Val: v}
	l.size++
	if l.head == nil {
		l.head = n
		return
	}
	p := l.head
	for p.Next != nil {
		p = p.Next
	}
	p.Next = n
}

func (l *List) Reverse() {
	var prev *Node
	for cur := l.head; cur != nil; {
		next := cur.Next
		cur.Next = prev
		prev, cur = cur, next
	}
	l.head = prev
}

func (l *List) Remove(v int) bool {
	for pp := &l.head; *pp != nil; pp = &(*pp).Next {
		if (*pp).Val == v {
			*pp = (*pp).Next
			l.size--
			return true
		}
	}
	return false
}

func (l *List) String() string {
	var sb strings.Builder
	sb.WriteString("[")
	for p := l.head; p != nil; p = p.Next {
		if p != l.head {
			sb.WriteString(" -> ")
		}
		fmt.Fprint(&sb, p.Val)
	}
	sb.WriteString("]")
	return sb.String()
}

func main() {
	l := &List{}
	for i := 1; i <= 5; i++ {
		l.PushBack(i * 10)
	}
	l.PushFront(0)
	fmt.Println(l, l.size)
	l.Reverse()
	fmt.Println(l)
	fmt.Println(l.Remove(30), l.Remove(99), l.Remove(50), l.Remove(0))
	fmt.Println(l, l.size)
	var e List
	e.Reverse()
	fmt.Println(&e, e.size)
}
