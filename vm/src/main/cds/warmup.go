// The launcher's class-data-sharing warm-up (see ../../../../glassgo): run once per jar build
// with the JVM's interpreter only (-Xint) and GLASSDEBUG=jit=2, so that the archive written at
// its exit holds the classes an ordinary program loads (front end, std packages, VM, JIT, maps) and no method the JVM had queued for compilation. Its output is discarded.
package main

import (
	"errors"
	"fmt"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

type shape interface {
	area() float64
}

type rect struct{ w, h float64 }

func (r rect) area() float64 { return r.w * r.h }

type circle struct{ r float64 }

func (c *circle) area() float64 { return math.Pi * c.r * c.r }

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

var errOdd = errors.New("odd")

func check(n int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered %v: %w", r, errOdd)
		}
	}()
	if n%2 == 1 {
		panic(n)
	}
	return nil
}

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	m := map[int]string{}
	sm := make(map[string]int)
	for i := 0; i < 200; i++ {
		m[i] = strconv.Itoa(i * 7)
		sm[m[i]] += i
	}
	for i := 0; i < 200; i += 3 {
		delete(m, i)
	}
	keys := make([]string, 0, len(sm))
	for k := range sm {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	sort.Sort(byLen(keys))
	ints := []int{5, 2, 9, 1}
	sort.Ints(ints)
	sort.Slice(ints, func(i, j int) bool { return ints[i] > ints[j] })
	var sb strings.Builder
	for i, k := range keys[:10] {
		sb.WriteString(k)
		sb.WriteByte(',')
		sb.WriteString(strconv.FormatFloat(float64(i)/3, 'f', 2, 64))
	}
	s := sb.String()
	parts := strings.Split(s, ",")
	n, err := strconv.Atoi(strings.TrimPrefix(parts[0], "x"))
	shapes := []shape{rect{2, 3}, &circle{1}}
	total := 0.0
	for _, sh := range shapes {
		switch v := sh.(type) {
		case rect:
			total += v.area()
		case *circle:
			total += v.area()
		}
	}
	e := check(3)
	b := []byte(s)
	b = append(b, "héllo"...)
	r := []rune(string(b))
	fmt.Printf("%d %v %q %x %8.3f %t %s\n", n, err, parts[1], len(b), total, errors.Is(e, errOdd), e)
	fmt.Println(len(m), len(r), utf8.RuneCountInString(s), fib(15), strings.Repeat("ab", 3), strings.Fields(" a b "), os.Args[0] != "")
	fmt.Fprintln(os.Stderr, fmt.Sprint(m[1], ints, &rect{1, 2}, map[string]int{"a": 1}))
}
