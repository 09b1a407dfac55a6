./alloc_heap1.go:13:6: can inline mallocs
./alloc_heap1.go:53:9: can inline counter.func1
./alloc_heap1.go:74:16: inlining call to mallocs
./alloc_heap1.go:77:16: inlining call to mallocs
./alloc_heap1.go:80:16: inlining call to mallocs
./alloc_heap1.go:83:16: inlining call to mallocs
./alloc_heap1.go:86:16: inlining call to mallocs
./alloc_heap1.go:89:16: inlining call to mallocs
./alloc_heap1.go:92:16: inlining call to mallocs
./alloc_heap1.go:95:16: inlining call to mallocs
./alloc_heap1.go:99:16: inlining call to mallocs
./alloc_heap1.go:103:16: inlining call to mallocs
./alloc_heap1.go:106:16: inlining call to mallocs
./alloc_heap1.go:109:16: inlining call to mallocs
./alloc_heap1.go:112:16: inlining call to mallocs
./alloc_heap1.go:115:16: inlining call to mallocs
./alloc_heap1.go:118:16: inlining call to mallocs
./alloc_heap1.go:121:16: inlining call to mallocs
./alloc_heap1.go:124:16: inlining call to mallocs
./alloc_heap1.go:127:16: inlining call to mallocs
./alloc_heap1.go:130:16: inlining call to mallocs
./alloc_heap1.go:133:16: inlining call to mallocs
./alloc_heap1.go:136:16: inlining call to mallocs
./alloc_heap1.go:139:16: inlining call to mallocs
./alloc_heap1.go:142:12: inlining call to fmt.Print
./alloc_heap1.go:144:13: inlining call to fmt.Println
./alloc_heap1.go:145:13: inlining call to fmt.Println
./alloc_heap1.go:37:2: moved to heap: x
./alloc_heap1.go:42:25: &T{...} escapes to heap
./alloc_heap1.go:45:40: make([]int, n) escapes to heap
./alloc_heap1.go:48:32: []int{...} escapes to heap
./alloc_heap1.go:52:2: moved to heap: c
./alloc_heap1.go:53:9: func literal escapes to heap
./alloc_heap1.go:67:14: a does not escape
./alloc_heap1.go:67:17: b does not escape
./alloc_heap1.go:67:20: c does not escape
./alloc_heap1.go:67:52: a + b + c escapes to heap
./alloc_heap1.go:72:13: ([]byte)("xyz") does not escape
./alloc_heap1.go:91:2: 1000 escapes to heap
./alloc_heap1.go:94:2: "hello" escapes to heap
./alloc_heap1.go:98:2: v escapes to heap
./alloc_heap1.go:102:2: v escapes to heap
./alloc_heap1.go:105:2: s1 escapes to heap
./alloc_heap1.go:108:2: T{...} escapes to heap
./alloc_heap1.go:111:2: struct {}{} escapes to heap
./alloc_heap1.go:114:2: true escapes to heap
./alloc_heap1.go:123:16: ([]byte)("constant") escapes to heap
./alloc_heap1.go:126:18: string(b) escapes to heap
./alloc_heap1.go:129:18: string(b[:1]) escapes to heap
./alloc_heap1.go:132:16: ([]rune)(s1 + s2 + s1) escapes to heap
./alloc_heap1.go:132:25: s1 + s2 + s1 does not escape
./alloc_heap1.go:142:12: ... argument does not escape
./alloc_heap1.go:142:17: d[k] - d[k - 1] escapes to heap
./alloc_heap1.go:142:26: " " escapes to heap
./alloc_heap1.go:145:13: ... argument does not escape
./alloc_heap1.go:145:14: *sinkP escapes to heap
./alloc_heap1.go:145:27: sinkT.a escapes to heap
./alloc_heap1.go:145:34: len(sinkS) escapes to heap
./alloc_heap1.go:145:48: sinkF() escapes to heap
./alloc_heap1.go:145:48: sinkStr escapes to heap
./alloc_heap1.go:145:74: string(sinkB) escapes to heap
./alloc_heap1.go:145:74: string(sinkB) escapes to heap
./alloc_heap1.go:145:86: cap(sinkB) escapes to heap
./alloc_heap1.go:145:98: len(sinkR) escapes to heap
./alloc_heap1.go:145:98: sum escapes to heap
