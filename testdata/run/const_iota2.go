package main

import "fmt"

type Size uint64

const (
	B Size = 1 << (10 * iota)
	KiB
	MiB
	GiB
)

func (s Size) String() string {
	switch {
	case s >= GiB:
		return fmt.Sprintf("%.2fGiB", float64(s)/float64(GiB))
	case s >= MiB:
		return fmt.Sprintf("%.2fMiB", float64(s)/float64(MiB))
	case s >= KiB:
		return fmt.Sprintf("%.2fKiB", float64(s)/float64(KiB))
	}
	return fmt.Sprintf("%dB", uint64(s))
}

type Flag uint

const (
	FlagA Flag = 1 << iota
	FlagB
	_
	FlagD
	FlagAll = FlagA | FlagB | FlagD
)

const (
	c0 = iota * iota
	c1
	c2
	c3 = "x"
	c4 = iota + 100
)

func main() {
	for _, s := range []Size{0, 512, 1536, 5 * MiB, 3*GiB + 512*MiB} {
		fmt.Println(s)
	}
	fmt.Println(FlagA, FlagB, FlagD, FlagAll)
	fmt.Println(c0, c1, c2, c3, c4)
	const typed int8 = 100
	const untyped = 100
	fmt.Printf("%T %T %v\n", typed, untyped, untyped*1000)
	var f float32 = untyped / 3
	var g float32 = untyped / 3.0
	fmt.Println(f, g)
	const s = "héllo"
	const n = len(s)
	var arr [n]int
	fmt.Println(len(arr), s[1])
}
