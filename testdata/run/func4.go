package main

import "fmt"

type Visitor func(depth int, name string) bool

type Dir struct {
	Name     string
	Children []*Dir
}

func (d *Dir) Walk(depth int, v Visitor) bool {
	if !v(depth, d.Name) {
		return false
	}
	for _, c := range d.Children {
		if !c.Walk(depth+1, v) {
			return false
		}
	}
	return true
}

func mk(name string, kids ...*Dir) *Dir { return &Dir{name, kids} }

func main() {
	root := mk("/", mk("usr", mk("bin"), mk("lib", mk("go"))), mk("etc"), mk("home", mk("gopher", mk("src"))))
	count := 0
	root.Walk(0, func(depth int, name string) bool {
		count++
		fmt.Printf("%*s%s\n", depth*2, "", name)
		return true
	})
	fmt.Println("count", count)
	var found []string
	complete := root.Walk(0, func(depth int, name string) bool {
		found = append(found, name)
		return name != "go"
	})
	fmt.Println(complete, found)
	maxDepth := 0
	root.Walk(0, func(d int, _ string) bool {
		if d > maxDepth {
			maxDepth = d
		}
		return true
	})
	fmt.Println("max depth", maxDepth)
}
