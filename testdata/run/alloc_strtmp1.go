package main

import (
	"fmt"
	"runtime"
)

// string(b) that is only looked at is not copied (slicebytetostringtmp): map lookups and
// comparisons; storing it copies (one allocation for more than one byte).

var ms runtime.MemStats

func mallocs() uint64 {
	runtime.ReadMemStats(&ms)
	return ms.Mallocs
}

var m = map[string]int{"hello world!": 1, "other": 2}
var sink string
var hits int

//go:noinline
func lookups(b []byte) {
	if v, ok := m[string(b)]; ok {
		hits += v
	}
	hits += m[string(b)]
	if string(b) == "hello world!" {
		hits++
	}
	if string(b) < "z" && "a" < string(b) {
		hits++
	}
}

//go:noinline
func store(b []byte) {
	sink = string(b)
	m[string(b)] = 3
}

func main() {
	b := []byte("hello world!")
	var d [4]uint64
	d[0] = mallocs()
	lookups(b)
	d[1] = mallocs()
	store(b[:5])
	d[2] = mallocs()
	fmt.Println(d[1]-d[0], d[2]-d[1], hits, sink, len(m))
}
