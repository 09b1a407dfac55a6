package main

type Dir struct {
	Name     string
	Children []*Dir
}

func (d *Dir) Walk(depth int, v func(int, string) bool) bool {
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
		println(depth, name, count)
		return true
	})
	println("count", count)
}
