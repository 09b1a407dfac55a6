./alloc_closure1.go:14:6: can inline mallocs
./alloc_closure1.go:33:18: can inline byValue.func1
./alloc_closure1.go:39:18: can inline byRef.func1
./alloc_closure1.go:46:18: can inline bigCapture.func1
./alloc_closure1.go:52:7: can inline local.func1
./alloc_closure1.go:54:4: inlining call to local.func1
./alloc_closure1.go:71:16: inlining call to mallocs
./alloc_closure1.go:74:16: inlining call to mallocs
./alloc_closure1.go:77:16: inlining call to mallocs
./alloc_closure1.go:80:16: inlining call to mallocs
./alloc_closure1.go:83:16: inlining call to mallocs
./alloc_closure1.go:86:16: inlining call to mallocs
./alloc_closure1.go:89:12: inlining call to fmt.Print
./alloc_closure1.go:91:13: inlining call to fmt.Println
./alloc_closure1.go:93:13: inlining call to fmt.Println
./alloc_closure1.go:25:7: t does not escape
./alloc_closure1.go:33:18: func literal escapes to heap
./alloc_closure1.go:38:2: moved to heap: k
./alloc_closure1.go:39:18: func literal escapes to heap
./alloc_closure1.go:44:6: moved to heap: a
./alloc_closure1.go:46:18: func literal escapes to heap
./alloc_closure1.go:52:7: func literal does not escape
./alloc_closure1.go:60:24: leaking param: p
./alloc_closure1.go:61:19: t.Sum escapes to heap
./alloc_closure1.go:62:19: p.Inc escapes to heap
./alloc_closure1.go:66:11: make([]func() int, 0, 16) escapes to heap
./alloc_closure1.go:67:11: make([]func(), 0, 16) escapes to heap
./alloc_closure1.go:68:7: &T{...} escapes to heap
./alloc_closure1.go:89:12: ... argument does not escape
./alloc_closure1.go:89:17: d[k] - d[k - 1] escapes to heap
./alloc_closure1.go:89:26: " " escapes to heap
./alloc_closure1.go:93:13: ... argument does not escape
./alloc_closure1.go:93:19: fs[0]() escapes to heap
./alloc_closure1.go:93:28: fs[1]() escapes to heap
./alloc_closure1.go:93:37: fs[1]() escapes to heap
./alloc_closure1.go:93:46: fs[2]() escapes to heap
./alloc_closure1.go:93:46: r escapes to heap
./alloc_closure1.go:93:58: fs[3]() escapes to heap
./alloc_closure1.go:93:63: t.a escapes to heap
