package main 

import (
	"fmt"
	"math"
)

type Level uint8

const (
	Debug Level = iota + 1
	Info
	Warn
	Error
)

var names = map[Level]string{Debug: "DEBUG", Info: "INFO", Warn: "WARN", Error: "ERROR"}

func (l Level) String() string {
	if n, ok := names[l]; ok {
		return n
	}
	return fmt.Sprintf("Level(%d)", uint8(l))
}

const MaxU = math.MaxUint32
const Eps = 1e-9

func main() {
	for l := Debug; l <= Error+1; l++ {
		fmt.Print(l, " ")
	}
	fmt.Println()
	top := Level(255)
	fmt.Println(Warn > Info, Error-Debug, top+1)
	var u64 uint64 = MaxU
	fmt.Println(u64, u64+1, MaxU*2)
	fmt.Println(math.Abs(0.1+0.2-0.3) < Eps)
	const shift = 70
	fmt.Println(float64(1<<shift), (1<<shift)>>68)
	const c = 'a' + 0.0
	fmt.Printf("%T %v\n", c, c)
	const big = 1e300 * 1e300 / 1e300
	fmt.Println(big)
	var i int = 1e9
	fmt.Println(i, 07, 0o7, 0x10, 1_000_000, 0b11)
}
