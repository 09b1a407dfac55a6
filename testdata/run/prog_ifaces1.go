package main

import (
	"fmt"
	"sort"
	"strings"
)

type Reader interface{ Read() string }
type Writer interface{ Write(s string) }
type RW interface {
	Reader
	Writer
}

type buf struct{ data []string }

func (b *buf) Read() string {
	if len(b.data) == 0 {
		return ""
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}
func (b *buf) Write(s string) { b.data = append(b.data, s) }

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Logf(format string, args ...interface{}) {
	l.lines = append(l.lines, l.prefix+fmt.Sprintf(format, args...))
}

type Service struct {
	*Logger
	name string
}

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) || len(b[i]) == len(b[j]) && b[i] < b[j] }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

type Grid [3][3]rune

func (g Grid) String() string {
	var sb strings.Builder
	for _, row := range g {
		for _, c := range row {
			if c == 0 {
				c = '.'
			}
			sb.WriteRune(c)
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func counter() (func() int, func()) {
	c := 0
	return func() int { return c }, func() { c++ }
}

func deferOrder() (s string) {
	for i := 0; i < 3; i++ {
		defer func(n int) { s += fmt.Sprint(n) }(i)
	}
	return "x"
}

func main() {
	var rw RW = &buf{}
	rw.Write("a")
	rw.Write("b")
	var r Reader = rw
	fmt.Println(r.Read(), rw.Read(), rw.Read() == "")
	svc := Service{&Logger{prefix: "[svc] "}, "api"}
	svc.Logf("started %s on %d", svc.name, 8080)
	logf := svc.Logf
	logf("via method value %v", true)
	fmt.Println(strings.Join(svc.lines, "|"))
	words := []string{"banana", "kiwi", "apple", "fig", "cherry", "date"}
	sort.Sort(byLen(words))
	fmt.Println(words)
	sort.Sort(sort.Reverse(sort.StringSlice(words)))
	fmt.Println(words, sort.SearchInts([]int{1, 3, 5, 7}, 5))
	temps := []Temp{21.5, 19, 30.25}
	fmt.Println(temps, temps[0])
	fmt.Printf("%v %s %.2f\n", temps[1], temps[2], temps[2])
	var g Grid
	g[1][1] = 'X'
	g[0][2] = 'O'
	fmt.Print(g)
	get, inc := counter()
	inc()
	inc()
	fmt.Println(get())
	fmt.Println(deferOrder())
	type kv struct {
		k string
		v int
	}
	freq := map[rune]int{}
	for _, c := range "mississippi" {
		freq[c]++
	}
	var kvs []kv
	for k, v := range freq {
		kvs = append(kvs, kv{string(k), v})
	}
	sort.Slice(kvs, func(i, j int) bool {
		if kvs[i].v != kvs[j].v {
			return kvs[i].v > kvs[j].v
		}
		return kvs[i].k < kvs[j].k
	})
	fmt.Println(kvs)
	fmt.Printf("%v %+v\n", kvs[0], kvs[:2])
	a := []int{1, 2, 3, 4, 5}
	copy(a[1:], a)
	fmt.Println(a)
	b := a[:0]
	for _, x := range a {
		if x%2 == 1 {
			b = append(b, x)
		}
	}
	fmt.Println(b, a)
	var iface interface{} = svc
	if s, ok := iface.(fmt.Stringer); ok {
		fmt.Println("stringer?", s)
	} else {
		fmt.Println("not stringer")
	}
	x := []interface{}{1, "a", 2.5, nil, []int{1}, map[string]int{"z": 1, "a": 2}, struct{}{}, &kv{"p", 1}}
	for _, v := range x {
		fmt.Printf("%v|%T ", v, v)
	}
	fmt.Println()
	fmt.Printf("%5t|%-7.3s|%x|%X\n", false, "abcdef", "hello", []byte{1, 171})
	fmt.Printf("%#x %#o %+d %+.2e % d\n", 255, 8, 5, 12345.678, 42)
	fmt.Printf("%v %v\n", int8(-128), uint16(65535))
	fmt.Printf("%08b %3c|%-4q|\n", 5, 'z', 'y')
	fmt.Printf("%s %v %d\n", []string{"a"}, [2][]int{{1}, {2, 3}}, []int8{-1, 2})
	fmt.Printf("%.3g %g %g %g\n", 1234.5678, 1e-7, 123456789.0, float32(1)/3)
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.0, nil))
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d\n")
	fmt.Printf("%d %d\n", 1, 2, 3)
	fmt.Printf("%!\n", 1)
}
