./alloc_strtmp1.go:13:6: can inline mallocs
./alloc_strtmp1.go:45:16: inlining call to mallocs
./alloc_strtmp1.go:47:16: inlining call to mallocs
./alloc_strtmp1.go:49:16: inlining call to mallocs
./alloc_strtmp1.go:50:13: inlining call to fmt.Println
./alloc_strtmp1.go:23:14: b does not escape
./alloc_strtmp1.go:24:22: string(b) does not escape
./alloc_strtmp1.go:27:18: string(b) does not escape
./alloc_strtmp1.go:28:11: string(b) does not escape
./alloc_strtmp1.go:31:11: string(b) does not escape
./alloc_strtmp1.go:31:36: string(b) does not escape
./alloc_strtmp1.go:37:12: b does not escape
./alloc_strtmp1.go:38:15: string(b) escapes to heap
./alloc_strtmp1.go:39:10: string(b) escapes to heap
./alloc_strtmp1.go:43:13: ([]byte)("hello world!") does not escape
./alloc_strtmp1.go:50:13: ... argument does not escape
./alloc_strtmp1.go:50:18: d[1] - d[0] escapes to heap
./alloc_strtmp1.go:50:29: d[2] - d[1] escapes to heap
./alloc_strtmp1.go:50:29: hits escapes to heap
./alloc_strtmp1.go:50:29: sink escapes to heap
./alloc_strtmp1.go:50:51: len(m) escapes to heap
./alloc_strtmp1.go:18:23: map[string]int{...} escapes to heap
