package main 

import "fmt"

type entry struct {
	key, val   int
	prev, next *entry
}

type LRU struct {
	cap        int
	items      map[int]*entry
	head, tail *entry
	hits, miss int
}

func NewLRU(c int) *LRU {
	l := &LRU{cap: c, items: map[int]*entry{}}
	l.head = &entry{}
	l.tail = &entry{}
	l.head.next = l.tail
	l.tail.prev = l.head
	return l
}

func (l *LRU) unlink(e *entry) {
	e.prev.next = e.next
	e.next.prev = e.prev
}

func (l *LRU) pushFront(e *entry) {
	e.next = l.head.next
	e.prev = l.head
	l.head.next.prev = e
	l.head.next = e
}

func (l *LRU) Get(k int) (int, bool) {
	e, ok := l.items[k]
	if !ok {
		l.miss++
		return 0, false
	}
	l.hits++
	l.unlink(e)
	l.pushFront(e)
	return e.val, true
}

func (l *LRU) Put(k, v int) {
	if e, ok := l.items[k]; ok {
		e.val = v
		l.unlink(e)
		l.pushFront(e)
		return
	}
	if len(l.items) == l.cap {
		old := l.tail.prev
		l.unlink(old)
		delete(l.items, old.key)
		fmt.Println("evict", old.key)
	}
	e := &entry{key: k, val: v}
	l.items[k] = e
	l.pushFront(e)
}

func (l *LRU) Keys() []int {
	var ks []int
	for e := l.head.next; e != l.tail; e = e.next {
		ks = append(ks, e.key)
	}
	return ks
}

func main() {
	c := NewLRU(3)
	c.Put(1, 10)
	c.Put(2, 20)
	c.Put(3, 30)
	fmt.Println(c.Keys())
	fmt.Println(c.Get(1))
	c.Put(4, 40)
	fmt.Println(c.Keys())
	fmt.Println(c.Get(2))
	c.Put(3, 33)
	c.Put(5, 50)
	fmt.Println(c.Keys())
	x := uint32(7)
	for i := 0; i < 1000; i++ {
		x = x*1103515245 + 12345
		k := int(x>>16) % 8
		if _, ok := c.Get(k); !ok {
			if i%100 == 0 {
				fmt.Println("miss at", i, "key", k)
			}
			c.items[-1] = nil
			delete(c.items, -1)
		}
	}
	fmt.Println(c.hits, c.miss, c.Keys())
}
