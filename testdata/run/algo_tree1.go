package main

import "fmt"

type Tree struct {
	Left, Right *Tree
	Key         string
	Count       int
}

func (t *Tree) Insert(k string) *Tree {
	if t == nil {
		return &Tree{Key: k, Count: 1}
	}
	switch {
	case k < t.Key:
		t.Left = t.Left.Insert(k)
	case k > t.Key:
		t.Right = t.Right.Insert(k)
	default:
		t.Count++
	}
	return t
}

func (t *Tree) Walk(f func(*Tree)) {
	if t == nil {
		return
	}
	t.Left.Walk(f)
	f(t)
	t.Right.Walk(f)
}

func (t *Tree) Height() int {
	if t == nil {
		return 0
	}
	l, r := t.Left.Height(), t.Right.Height()
	if l > r {
		return l + 1
	}
	return r + 1
}

func (t *Tree) Size() int {
	if t == nil {
		return 0
	}
	return 1 + t.Left.Size() + t.Right.Size()
}

func main() {
	text := "the quick brown fox jumps over the lazy dog the fox barks and the dog runs away quick quick"
	var root *Tree
	word := ""
	for _, c := range text + " " {
		if c == ' ' {
			if word != "" {
				root = root.Insert(word)
			}
			word = ""
			continue
		}
		word += string(c)
	}
	root.Walk(func(t *Tree) { fmt.Printf("%s:%d ", t.Key, t.Count) })
	fmt.Println()
	fmt.Println("size", root.Size(), "height", root.Height())
	var nilTree *Tree
	fmt.Println(nilTree.Size(), nilTree.Height())
}
