package main

import "fmt"

func hash(s string) uint32 {
	var h uint32 = 2166136261
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

func lcg(x uint64) uint64 {
	return x*6364136223846793005 + 1442695040888963407
}

func main() {
	for _, s := range []string{"", "a", "hello", "glassgo", "The quick brown fox"} {
		fmt.Printf("fnv(%q) = %d 0x%08x\n", s, hash(s), hash(s))
	}
	x := uint64(42)
	for i := 0; i < 5; i++ {
		x = lcg(x)
		fmt.Println(x, x>>33, int64(x))
	}
	var acc int32
	for i := int32(0); i < 100000; i += 7 {
		acc = acc*31 + i
	}
	fmt.Println("acc", acc)
	var u uint16 = 1
	for i := 0; i < 20; i++ {
		u = u*3 + 1
	}
	fmt.Println("u", u)
}
