package main

import (
	"encoding/hex"
	"fmt"
	"math"
	"math/cmplx"
	"os"
	"path"
	"text/tabwriter"
	"unicode/utf16"
)

func main() {
	// unicode/utf16
	u := utf16.Encode([]rune("a€😀\U0010FFFF\uFFFD"))
	fmt.Println(u, string(utf16.Decode(u)), utf16.IsSurrogate(0xD800), utf16.IsSurrogate('a'))
	r1, r2 := utf16.EncodeRune(0x1F600)
	fmt.Println(r1, r2, utf16.DecodeRune(r1, r2), utf16.DecodeRune('a', 'b'), utf16.Decode([]uint16{0xD800, 'x'}))

	// path
	for _, p := range []string{"", ".", "a/b/../c", "/../a//b/./c/", "a/", "//x", "../../a"} {
		fmt.Printf("%q %q %q %q %v ", path.Clean(p), path.Base(p), path.Dir(p), path.Ext(p+".go"), path.IsAbs(p))
		d, f := path.Split(p)
		fmt.Printf("%q %q\n", d, f)
	}
	fmt.Println(path.Join("a", "", "b/../c", "/d"), path.Join(), path.Join("", ""))
	for _, pat := range []string{"*.go", "a?c", "[a-c]*", "[^x]", "a\\*", "[", "*/b"} {
		ok, err := path.Match(pat, "abc")
		ok2, _ := path.Match(pat, "x.go")
		fmt.Println(pat, ok, ok2, err)
	}

	// math/cmplx
	zs := []complex128{0, 1, -1, 1i, complex(3, 4), complex(-2, 0.5), cmplx.Inf(), cmplx.NaN(), complex(math.Inf(-1), 1)}
	for _, z := range zs {
		fmt.Printf("%v %.6g %.6g %.6g %.6g %.6g %.6g %v %v\n", z, cmplx.Abs(z), cmplx.Sqrt(z), cmplx.Exp(z), cmplx.Log(z), cmplx.Phase(z),
			cmplx.Conj(z), cmplx.IsInf(z), cmplx.IsNaN(z))
	}
	fmt.Printf("%.6g %.6g %.6g %.6g %.6g\n", cmplx.Pow(complex(1, 1), 2), cmplx.Sin(1i), cmplx.Cos(complex(1, 2)), cmplx.Tan(0.5), cmplx.Asin(2))
	rr, th := cmplx.Polar(complex(0, -2))
	fmt.Println(rr, th, cmplx.Rect(2, math.Pi/2))

	// encoding/hex
	src := []byte("Hello Gopher!\x00\xff")
	enc := hex.EncodeToString(src)
	fmt.Println(enc, hex.EncodedLen(len(src)), hex.DecodedLen(len(enc)))
	dec, err := hex.DecodeString(enc)
	fmt.Println(string(dec[:5]), err)
	_, err = hex.DecodeString("abc")
	fmt.Println(err)
	_, err = hex.DecodeString("zz")
	fmt.Println(err)
	fmt.Print(hex.Dump([]byte("0123456789abcdefXYZ")))
	d := hex.Dumper(os.Stdout)
	d.Write([]byte("abc"))
	d.Close()

	// text/tabwriter
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "name\tqty\tprice\t")
	fmt.Fprintln(w, "apple\t3\t1.25\t")
	fmt.Fprintln(w, "watermelon\t12\t10.5\t")
	w.Flush()
	w = tabwriter.NewWriter(os.Stdout, 5, 0, 1, '.', 0)
	fmt.Fprintf(w, "a\tbb\tccc\n1\t22\t333\nxxxxxxx\ty\n")
	w.Flush()
}
