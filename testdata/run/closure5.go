package main

import "fmt"

type EventBus struct {
	handlers map[string][]func(string)
}

func (b *EventBus) On(ev string, h func(string)) func() {
	b.handlers[ev] = append(b.handlers[ev], h)
	idx := len(b.handlers[ev]) - 1
	return func() { b.handlers[ev][idx] = nil }
}

func (b *EventBus) Emit(ev, payload string) int {
	n := 0
	for _, h := range b.handlers[ev] {
		if h != nil {
			h(payload)
			n++
		}
	}
	return n
}

func main() {
	bus := &EventBus{handlers: map[string][]func(string){}}
	var log []string
	for i := 0; i < 3; i++ {
		id := i
		bus.On("msg", func(p string) { log = append(log, fmt.Sprintf("h%d:%s", id, p)) })
	}
	off := bus.On("msg", func(p string) { log = append(log, "temp:"+p) })
	fmt.Println(bus.Emit("msg", "one"))
	off()
	fmt.Println(bus.Emit("msg", "two"), bus.Emit("none", "x"))
	fmt.Println(log)
	counter := 0
	incBy := func(n int) func() {
		return func() { counter += n }
	}
	fns := []func(){incBy(1), incBy(10), incBy(100)}
	for _, f := range fns {
		f()
		f()
	}
	fmt.Println(counter)
	acc := func() func(int) []int {
		var hist []int
		return func(v int) []int {
			hist = append(hist, v)
			return hist
		}
	}()
	acc(1)
	acc(2)
	h := acc(3)
	h[0] = 100
	fmt.Println(acc(4))
}
