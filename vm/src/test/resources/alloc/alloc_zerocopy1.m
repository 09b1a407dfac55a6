./alloc_zerocopy1.go:16:6: can inline mallocs
./alloc_zerocopy1.go:63:6: can inline f
./alloc_zerocopy1.go:68:8: inlining call to f
./alloc_zerocopy1.go:94:16: inlining call to mallocs
./alloc_zerocopy1.go:96:16: inlining call to mallocs
./alloc_zerocopy1.go:98:16: inlining call to mallocs
./alloc_zerocopy1.go:100:16: inlining call to mallocs
./alloc_zerocopy1.go:102:16: inlining call to mallocs
./alloc_zerocopy1.go:104:16: inlining call to mallocs
./alloc_zerocopy1.go:106:16: inlining call to mallocs
./alloc_zerocopy1.go:108:16: inlining call to mallocs
./alloc_zerocopy1.go:110:16: inlining call to mallocs
./alloc_zerocopy1.go:112:16: inlining call to mallocs
./alloc_zerocopy1.go:114:12: inlining call to fmt.Print
./alloc_zerocopy1.go:116:13: inlining call to fmt.Println
./alloc_zerocopy1.go:117:13: inlining call to fmt.Println
./alloc_zerocopy1.go:25:17: s does not escape
./alloc_zerocopy1.go:26:26: ([]byte)(s) does not escape
./alloc_zerocopy1.go:32:24: s does not escape
./alloc_zerocopy1.go:33:23: ([]byte)(s) does not escape
./alloc_zerocopy1.go:39:16: b does not escape
./alloc_zerocopy1.go:40:25: "<" + string(b) + ">" escapes to heap
./alloc_zerocopy1.go:40:21: string(b) does not escape
./alloc_zerocopy1.go:44:18: b does not escape
./alloc_zerocopy1.go:44:21: c does not escape
./alloc_zerocopy1.go:45:19: string(b) + string(c) escapes to heap
./alloc_zerocopy1.go:45:15: string(b) does not escape
./alloc_zerocopy1.go:45:27: string(c) does not escape
./alloc_zerocopy1.go:49:21: b does not escape
./alloc_zerocopy1.go:50:12: "" + string(b) escapes to heap
./alloc_zerocopy1.go:50:20: string(b) does not escape
./alloc_zerocopy1.go:54:16: b does not escape
./alloc_zerocopy1.go:55:15: string(b) does not escape
./alloc_zerocopy1.go:66:17: b does not escape
./alloc_zerocopy1.go:67:15: string(b) does not escape
./alloc_zerocopy1.go:74:14: b does not escape
./alloc_zerocopy1.go:74:17: c does not escape
./alloc_zerocopy1.go:75:11: string(b) does not escape
./alloc_zerocopy1.go:75:31: string(b) does not escape
./alloc_zerocopy1.go:75:43: string(c) does not escape
./alloc_zerocopy1.go:81:15: m does not escape
./alloc_zerocopy1.go:81:33: b does not escape
./alloc_zerocopy1.go:82:15: string(b) does not escape
./alloc_zerocopy1.go:83:22: string(b) does not escape
./alloc_zerocopy1.go:90:13: ([]byte)(long) does not escape
./alloc_zerocopy1.go:91:13: ([]byte)(long + "!") does not escape
./alloc_zerocopy1.go:91:19: long + "!" does not escape
./alloc_zerocopy1.go:92:21: map[string]int{...} does not escape
./alloc_zerocopy1.go:114:12: ... argument does not escape
./alloc_zerocopy1.go:114:17: d[i] - d[i - 1] escapes to heap
./alloc_zerocopy1.go:114:26: " " escapes to heap
./alloc_zerocopy1.go:117:13: ... argument does not escape
./alloc_zerocopy1.go:117:13: n escapes to heap
./alloc_zerocopy1.go:117:20: len(sink) escapes to heap
