package main

import "fmt"

type Meters float64
type ID int
type Names []string
type Callback func(int) int

func main() {
	i := 65
	f := float64(i) / 2
	fmt.Println(f, int(f), uint8(i), string(rune(i)))
	var big int64 = 1<<40 + 5
	fmt.Println(int32(big), int16(big), uint8(big), float32(big))
	neg := -1
	fmt.Println(uint32(neg), uint64(neg), uint(neg) > 0)
	fl := -2.7
	fmt.Println(int(fl), int64(fl), uint8(int(fl)))
	big2 := 3e9
	fmt.Println(int64(big2), uint32(big2))
	m := Meters(3.5)
	fmt.Println(m, float64(m)*2, m*2)
	fmt.Printf("%T %T %v\n", m, ID(3), ID(3)+ID(4))
	n := Names{"a", "b"}
	var plain []string = n
	fmt.Println(plain, len(n))
	cb := Callback(func(x int) int { return x + 1 })
	fmt.Println(cb(1))
	bs := []byte("héllo")
	fmt.Println(bs, string(bs[1:3]))
	rs := []rune("héllo")
	fmt.Println(rs, string(rs[1]))
	fmt.Println(string([]rune{72, 105}), []byte(string([]rune{0x10FFFF})))
	var r rune = 'é'
	var b byte = byte(r)
	fmt.Println(r, b)
	x := 0.1
	y := float32(x)
	fmt.Println(float64(y) == x, y)
	u := uint8(200)
	v := int8(u)
	fmt.Println(v, uint16(v), int(u)+int(v))
}
