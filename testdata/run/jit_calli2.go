// JIT: an interface call expanded in place inside a deferred method value (Log-fm): the receiver
// word the type-guarded path stores must reach the register file before a slow op in the callee.
package main

import "fmt"

type logger struct{ lines []string }

func (l *logger) Log(s string) { l.lines = append(l.lines, s) }

type Logger interface{ Log(string) }

func run(l Logger) {
	defer l.Log("deferred 1")
	l.Log("body")
}

func main() {
	l := &logger{}
	run(l)
	fmt.Println(l.lines)
}
