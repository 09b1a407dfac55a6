// Reads standard input: the test and testdata/regen.sh feed it fmt_scan1.in.
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

type Celsius float64
type ID int16
type Name string
type Raw []byte

type Pair struct{ a, b int }

// Scan implements fmt.Scanner.
func (p *Pair) Scan(st fmt.ScanState, verb rune) error {
	_, err := fmt.Fscanf(st, "(%d,%d)", &p.a, &p.b)
	return err
}

func main() {
	// From stdin: a count, then that many numbers, then a line with Scanln, then Scanf.
	var n int
	c, err := fmt.Scan(&n)
	fmt.Println(c, err, n)
	sum := 0
	for i := 0; i < n; i++ {
		var x int
		fmt.Scan(&x)
		sum += x
	}
	fmt.Println("sum", sum)
	var w1, w2 string
	var f float64
	c, err = fmt.Scanln(&w1, &w2, &f)
	fmt.Println(c, err, w1, w2, f)
	var name string
	var age int
	c, err = fmt.Scanf("%s is %d\n", &name, &age)
	fmt.Println(c, err, name, age)
	c, err = fmt.Scanln(&w1, &w2)
	fmt.Println(c, err, w1)
	// The rest with bufio: fmt.Scan consumed only what it needed.
	rest, _ := io.ReadAll(bufio.NewReader(os.Stdin))
	fmt.Printf("rest %q\n", rest)
	c, err = fmt.Scan(&n)
	fmt.Println(c, err)

	// Sscan family.
	var i8 int8
	var u uint
	var b bool
	var s string
	var r rune
	var by []byte
	var cx complex128
	c, err = fmt.Sscan("  -12 42 true word\n 7 xyz (1+2i)", &i8, &u, &b, &s, &r, &by, &cx)
	fmt.Println(c, err, i8, u, b, s, r, string(by), cx)
	c, err = fmt.Sscan("300", &i8)
	fmt.Println(c, err)
	c, err = fmt.Sscan("abc", &u)
	fmt.Println(c, err)
	c, err = fmt.Sscan("", &u)
	fmt.Println(c, err)
	c, err = fmt.Sscanln("1 2\n3", &u, &n)
	fmt.Println(c, err, u, n)
	c, err = fmt.Sscanln("1\n2", &u, &n)
	fmt.Println(c, err)
	c, err = fmt.Sscanln("1 2 3", &u, &n)
	fmt.Println(c, err)
	var x1, x2 int
	c, err = fmt.Sscanf("0x1F 017 0b101", "%v %v %v", &x1, &x2, &n)
	fmt.Println(c, err, x1, x2, n)
	c, err = fmt.Sscanf("ff 11 z", "%x %o %c", &x1, &x2, &r)
	fmt.Println(c, err, x1, x2, string(r))
	c, err = fmt.Sscanf("abcdefgh", "%3s%2s%s", &w1, &w2, &s)
	fmt.Println(c, err, w1, w2, s)
	c, err = fmt.Sscanf(`"quoted \"str\"" rest`, "%q %s", &w1, &w2)
	fmt.Println(c, err, w1, w2)
	c, err = fmt.Sscanf("5%", "%d%%", &n)
	fmt.Println(c, err, n)
	c, err = fmt.Sscanf("5 apples", "%d pears", &n)
	fmt.Println(c, err)
	c, err = fmt.Sscanf("1.5e3 -2.25", "%g %f", &f, &cxF)
	fmt.Println(c, err, f, cxF)
	c, err = fmt.Sscanf("7", "%d %d", &x1, &x2)
	fmt.Println(c, err)
	c, err = fmt.Sscanf("7", "%z", &x1)
	fmt.Println(c, err)
	c, err = fmt.Sscanf("yes", "%t", &b)
	fmt.Println(c, err)

	// Named types (Go's reflect path), errors for non-pointers and unsupported types.
	var temp Celsius
	var id ID
	var nm Name
	var raw Raw
	c, err = fmt.Sscan("21.5 -7 bob bytes", &temp, &id, &nm, &raw)
	fmt.Println(c, err, temp, id, nm, string(raw))
	c, err = fmt.Sscan("1", n)
	fmt.Println(c, err)
	var ints []int
	c, err = fmt.Sscan("1", &ints)
	fmt.Println(c, err)
	c, err = fmt.Sscan("40000", &id)
	fmt.Println(c, err)

	// A Scanner, and Fscan over a strings.Reader (an io.RuneScanner).
	var p Pair
	c, err = fmt.Sscan("(3,4)", &p)
	fmt.Println(c, err, p)
	rd := strings.NewReader("10 20\n30")
	var a1, a2, a3 int
	c, err = fmt.Fscan(rd, &a1, &a2)
	fmt.Println(c, err, a1, a2, rd.Len())
	c, err = fmt.Fscanln(rd, &a3)
	fmt.Println(c, err, a3)
	c, err = fmt.Fscanf(strings.NewReader("k=v"), "k=%s", &s)
	fmt.Println(c, err, s)
}

var cxF float32
