./alloc_stack1.go:14:6: can inline mallocs
./alloc_stack1.go:60:9: can inline work.func1
./alloc_stack1.go:83:19: inlining call to mallocs
./alloc_stack1.go:86:18: inlining call to mallocs
./alloc_stack1.go:87:13: inlining call to fmt.Println
./alloc_stack1.go:25:7: t does not escape
./alloc_stack1.go:28:12: xs does not escape
./alloc_stack1.go:37:11: f does not escape
./alloc_stack1.go:40:13: x does not escape
./alloc_stack1.go:51:11: s1 does not escape
./alloc_stack1.go:51:15: s2 does not escape
./alloc_stack1.go:52:10: new(int) does not escape
./alloc_stack1.go:54:7: &T{...} does not escape
./alloc_stack1.go:55:8: &T{...} does not escape
./alloc_stack1.go:56:13: []int{...} does not escape
./alloc_stack1.go:57:12: make([]int, 16) does not escape
./alloc_stack1.go:60:9: func literal does not escape
./alloc_stack1.go:61:9: t2.sum does not escape
./alloc_stack1.go:62:13: ([]byte)(s1) does not escape
./alloc_stack1.go:63:19: string(b) + s2 does not escape
./alloc_stack1.go:63:15: string(b) does not escape
./alloc_stack1.go:64:15: s1 + s2 + s1 does not escape
./alloc_stack1.go:65:17: ([]rune)(s2) does not escape
./alloc_stack1.go:71:16: ... argument does not escape
./alloc_stack1.go:73:17: str does not escape
./alloc_stack1.go:76:8: &T{...} does not escape
./alloc_stack1.go:87:13: ... argument does not escape
./alloc_stack1.go:87:19: after - before escapes to heap
./alloc_stack1.go:87:19: out escapes to heap
