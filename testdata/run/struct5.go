package main 

import "fmt"

type Logger interface{ Log(string) }

type prefixLogger struct {
	prefix string
	lines  *[]string
}

func (p prefixLogger) Log(s string) { *p.lines = append(*p.lines, p.prefix+s) }

type Service struct {
	Logger
	Name string
}

type Base struct{ ID int }

func (b Base) Describe() string { return fmt.Sprint("base#", b.ID) }
func (b Base) Kind() string     { return "base" }

type Derived struct {
	Base
	ID string
}

func (d Derived) Kind() string { return "derived/" + d.Base.Kind() }

func main() {
	var lines []string
	s := Service{prefixLogger{"[svc] ", &lines}, "api"}
	s.Log("start")
	s.Logger.Log("direct")
	var l Logger = s
	l.Log("via iface")
	fmt.Println(lines)
	d := Derived{Base{7}, "d7"}
	fmt.Println(d.ID, d.Base.ID, d.Describe(), d.Kind())
	fmt.Printf("%v %+v\n", d, d)
	type Named interface{ Kind() string }
	for _, n := range []Named{d, d.Base} {
		fmt.Println(n.Kind())
	}
	var empty Service
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		empty.Log("x")
	}()
}
