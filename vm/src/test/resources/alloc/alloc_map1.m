./alloc_map1.go:15:6: can inline mallocs
./alloc_map1.go:65:16: inlining call to mallocs
./alloc_map1.go:68:16: inlining call to mallocs
./alloc_map1.go:71:16: inlining call to mallocs
./alloc_map1.go:74:16: inlining call to mallocs
./alloc_map1.go:77:16: inlining call to mallocs
./alloc_map1.go:80:16: inlining call to mallocs
./alloc_map1.go:83:12: inlining call to fmt.Print
./alloc_map1.go:85:13: inlining call to fmt.Println
./alloc_map1.go:86:13: inlining call to fmt.Println
./alloc_map1.go:25:11: make(map[int]int) does not escape
./alloc_map1.go:40:21: map[string]int{...} does not escape
./alloc_map1.go:49:11: make(map[int]bool, n) does not escape
./alloc_map1.go:58:11: make(map[int]int) escapes to heap
./alloc_map1.go:83:12: ... argument does not escape
./alloc_map1.go:83:17: d[k] - d[k - 1] escapes to heap
./alloc_map1.go:83:26: " " escapes to heap
./alloc_map1.go:86:13: ... argument does not escape
./alloc_map1.go:86:13: out escapes to heap
