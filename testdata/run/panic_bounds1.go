package main

// Every bounds-check panic text (Go's boundsError formats), recovered and printed, plus the
// make panics. Indices come from variables so that the compiler cannot reject them.

import "fmt"

func try(name string, f func()) {
	defer func() {
		r := recover()
		if e, ok := r.(error); ok {
			fmt.Printf("%-10s %s\n", name, e.Error())
		} else {
			fmt.Printf("%-10s no panic %v\n", name, r)
		}
	}()
	f()
}

func main() {
	s := make([]int, 3, 5)
	str := "abc"
	arr := [4]int{}
	pa := &arr
	i, j, k := 0, 0, 0
	neg := -1
	var big uint64 = 1 << 63
	var u8 uint8 = 200
	set := func(a, b, c int) { i, j, k = a, b, c }

	try("index", func() { set(3, 0, 0); _ = s[i] })
	try("index-neg", func() { _ = s[neg] })
	try("index-str", func() { set(5, 0, 0); _ = str[i] })
	try("index-arr", func() { set(4, 0, 0); _ = arr[i] })
	try("index-parr", func() { set(9, 0, 0); _ = pa[i] })
	try("index-u64", func() { _ = s[big] })
	try("index-u8", func() { _ = s[u8] })
	try("store", func() { set(3, 0, 0); s[i] = 1 })
	try("[:j] cap", func() { set(0, 6, 0); _ = s[:j] })
	try("[:j] len", func() { set(0, 4, 0); _ = str[:j] })
	try("[:j] arr", func() { set(0, 5, 0); _ = arr[:j] })
	try("[:j] neg", func() { _ = s[:neg] })
	try("[i:j]", func() { set(3, 2, 0); _ = s[i:j] })
	try("[i:]", func() { set(4, 0, 0); _ = s[i:] })
	try("[i:] str", func() { set(4, 0, 0); _ = str[i:] })
	try("[i:] neg", func() { _ = s[neg:] })
	try("[i:j] str", func() { set(2, 1, 0); _ = str[i:j] })
	try("[::k] cap", func() { set(0, 0, 6); _ = s[0:0:k] })
	try("[::k] arr", func() { set(0, 0, 5); _ = arr[0:0:k] })
	try("[:j:k]", func() { set(0, 4, 3); _ = s[0:j:k] })
	try("[i:j:]", func() { set(3, 2, 4); _ = s[i:j:k] })
	try("[::k] neg", func() { _ = s[0:0:neg] })
	try("[:j:] neg", func() { _ = s[0:neg:2] })
	try("[i::] neg", func() { _ = s[neg:1:2] })
	try("[i:] u64", func() { _ = s[big:] })
	try("[:j] u64", func() { _ = s[:big] })
	try("[::k] u64", func() { _ = s[0:0:big] })
	try("[:j:] u64", func() { _ = s[0:big:4] })
	try("[i::] u64", func() { _ = s[big:1:4] })
	try("str u64", func() { _ = str[big:] })
	try("str[:u]", func() { _ = str[:big] })
	try("arr u64", func() { _ = arr[1:big] })
	try("arr idx", func() { _ = arr[big] })
	try("str idx", func() { _ = str[big] })
	var small uint = 2
	try("u ok", func() { fmt.Println(s[small], str[small], arr[small], s[small:], str[:small], len(arr[small:small:small])) })
	try("ok", func() { set(1, 5, 5); _ = s[i:j:k] })

	try("make len", func() { _ = make([]int, neg) })
	try("make cap", func() { set(5, 0, 0); _ = make([]int, i, 2) })
	try("make big", func() { _ = make([]int64, 1<<62) })
	try("make bigcap", func() { _ = make([]byte, 1, big) })
	try("make u64", func() { _ = make([]byte, big) })
	try("map hint", func() { m := make(map[int]int, neg); fmt.Println(len(m)) })

	type T struct{ a [3]int }
	var t T
	try("field", func() { set(3, 0, 0); t.a[i] = 1 })
	var nilS []int
	try("nil", func() { _ = nilS[0] })
	try("nil[:1]", func() { set(0, 1, 0); _ = nilS[:j] })
	fmt.Println(nilS[:0] == nil, len(nilS[0:0:0]))
	set(2, 0, 0)
	_ = str[i:][i]
}
