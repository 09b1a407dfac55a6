./alloc_iface1.go:13:6: can inline mallocs
./alloc_iface1.go:64:16: inlining call to mallocs
./alloc_iface1.go:67:16: inlining call to mallocs
./alloc_iface1.go:70:16: inlining call to mallocs
./alloc_iface1.go:73:16: inlining call to mallocs
./alloc_iface1.go:76:16: inlining call to mallocs
./alloc_iface1.go:79:16: inlining call to mallocs
./alloc_iface1.go:82:16: inlining call to mallocs
./alloc_iface1.go:85:16: inlining call to mallocs
./alloc_iface1.go:88:16: inlining call to mallocs
./alloc_iface1.go:91:16: inlining call to mallocs
./alloc_iface1.go:94:16: inlining call to mallocs
./alloc_iface1.go:97:16: inlining call to mallocs
./alloc_iface1.go:100:16: inlining call to mallocs
./alloc_iface1.go:103:16: inlining call to mallocs
./alloc_iface1.go:106:16: inlining call to mallocs
./alloc_iface1.go:109:16: inlining call to mallocs
./alloc_iface1.go:112:16: inlining call to mallocs
./alloc_iface1.go:115:16: inlining call to mallocs
./alloc_iface1.go:118:16: inlining call to mallocs
./alloc_iface1.go:121:16: inlining call to mallocs
./alloc_iface1.go:124:16: inlining call to mallocs
./alloc_iface1.go:127:16: inlining call to mallocs
./alloc_iface1.go:130:16: inlining call to mallocs
./alloc_iface1.go:133:16: inlining call to mallocs
./alloc_iface1.go:136:16: inlining call to mallocs
./alloc_iface1.go:139:16: inlining call to mallocs
./alloc_iface1.go:142:16: inlining call to mallocs
./alloc_iface1.go:145:16: inlining call to mallocs
./alloc_iface1.go:153:16: inlining call to mallocs
./alloc_iface1.go:156:12: inlining call to fmt.Print
./alloc_iface1.go:158:13: inlining call to fmt.Println
./alloc_iface1.go:159:13: inlining call to fmt.Println
./alloc_iface1.go:37:18: leaking param: v
./alloc_iface1.go:52:13: make([]int, 3) escapes to heap
./alloc_iface1.go:62:18: map[int]int{} escapes to heap
./alloc_iface1.go:66:7: i16 escapes to heap
./alloc_iface1.go:69:7: i16b escapes to heap
./alloc_iface1.go:72:7: u32 escapes to heap
./alloc_iface1.go:75:7: u32b escapes to heap
./alloc_iface1.go:78:7: f32 escapes to heap
./alloc_iface1.go:81:7: f32b escapes to heap
./alloc_iface1.go:84:7: f64 escapes to heap
./alloc_iface1.go:87:7: f64b escapes to heap
./alloc_iface1.go:90:7: mi escapes to heap
./alloc_iface1.go:93:7: by escapes to heap
./alloc_iface1.go:96:7: sl escapes to heap
./alloc_iface1.go:99:7: sl2 escapes to heap
./alloc_iface1.go:102:7: str escapes to heap
./alloc_iface1.go:105:7: empty escapes to heap
./alloc_iface1.go:108:7: sm escapes to heap
./alloc_iface1.go:111:7: bg escapes to heap
./alloc_iface1.go:114:7: wp escapes to heap
./alloc_iface1.go:117:7: wr escapes to heap
./alloc_iface1.go:120:16: Empty{} escapes to heap
./alloc_iface1.go:123:7: bs escapes to heap
./alloc_iface1.go:135:11: 123456 escapes to heap
./alloc_iface1.go:138:11: "constant" escapes to heap
./alloc_iface1.go:141:11: 2.75 escapes to heap
./alloc_iface1.go:144:16: MyInt(999) escapes to heap
./alloc_iface1.go:156:12: ... argument does not escape
./alloc_iface1.go:156:17: d[k] - d[k - 1] escapes to heap
./alloc_iface1.go:156:26: " " escapes to heap
./alloc_iface1.go:159:13: ... argument does not escape
./alloc_iface1.go:159:162: eq escapes to heap
