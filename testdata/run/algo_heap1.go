package main

import "fmt"

type PQ struct {
	items []int
	prio  []int
}

func (q *PQ) Len() int { return len(q.items) }

func (q *PQ) up(i int) {
	for i > 0 {
		p := (i - 1) / 2
		if q.prio[p] <= q.prio[i] {
			break
		}
		q.swap(i, p)
		i = p
	}
}

func (q *PQ) down(i int) {
	n := len(q.items)
	for {
		l, r, m := 2*i+1, 2*i+2, i
		if l < n && q.prio[l] < q.prio[m] {
			m = l
		}
		if r < n && q.prio[r] < q.prio[m] {
			m = r
		}
		if m == i {
			return
		}
		q.swap(i, m)
		i = m
	}
}

func (q *PQ) swap(i, j int) {
	q.items[i], q.items[j] = q.items[j], q.items[i]
	q.prio[i], q.prio[j] = q.prio[j], q.prio[i]
}

func (q *PQ) Push(item, prio int) {
	q.items = append(q.items, item)
	q.prio = append(q.prio, prio)
	q.up(len(q.items) - 1)
}

func (q *PQ) Pop() (int, int) {
	it, pr := q.items[0], q.prio[0]
	last := len(q.items) - 1
	q.swap(0, last)
	q.items, q.prio = q.items[:last], q.prio[:last]
	q.down(0)
	return it, pr
}

func dijkstra(adj map[int][][2]int, src, n int) []int {
	dist := make([]int, n)
	for i := range dist {
		dist[i] = 1 << 60
	}
	dist[src] = 0
	q := &PQ{}
	q.Push(src, 0)
	for q.Len() > 0 {
		u, d := q.Pop()
		if d > dist[u] {
			continue
		}
		for _, e := range adj[u] {
			if nd := d + e[1]; nd < dist[e[0]] {
				dist[e[0]] = nd
				q.Push(e[0], nd)
			}
		}
	}
	return dist
}

func main() {
	q := &PQ{}
	for i, p := range []int{5, 3, 8, 1, 9, 2, 7} {
		q.Push(i, p)
	}
	for q.Len() > 0 {
		it, p := q.Pop()
		fmt.Print(it, ":", p, " ")
	}
	fmt.Println()
	adj := map[int][][2]int{
		0: {{1, 4}, {2, 1}},
		2: {{1, 2}, {3, 5}},
		1: {{3, 1}},
		3: {{4, 3}},
	}
	fmt.Println(dijkstra(adj, 0, 6))
}
