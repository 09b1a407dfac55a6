// Command cases prints StrconvCases.java: strconv and builtin-print expectations from
// real Go 1.19. The builtin print output is read from a child process's stderr.
// Run: go run cases.go > ../StrconvCases.java
package main

import (
	"fmt"
	"math"
	"math/rand"
	"os"
	"os/exec"
	"strconv"
	"strings"
)

func javaLit(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\\' || c == '"':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c >= 0x20 && c < 0x7f:
			b.WriteByte(c)
		default:
			fmt.Fprintf(&b, "\\%03o", c)
		}
	}
	b.WriteByte('"')
	return b.String()
}

var printVals = []float64{0, 1, -1, 1.5, 0.1, 1e100, -1e-100, 123456789, 5e-324, math.MaxFloat64, 9.9999999, 0.99999995}

func main() {
	if len(os.Args) > 1 {
		for _, v := range printVals {
			println(v, float32(v), complex(v, -v))
		}
		print(1, true, "s", int8(-3), uint64(math.MaxUint64), math.NaN(), math.Inf(1), math.Inf(-1), math.Copysign(0, -1), "\n")
		return
	}
	var sb strings.Builder
	w := func(f string, a ...interface{}) { fmt.Fprintf(&sb, f, a...) }
	r := rand.New(rand.NewSource(7))
	vals := []float64{0, math.Copysign(0, -1), 0.1, 0.2, 0.3, 1e21, 1e20, 123456789, 1e-5, 5e-324, math.MaxFloat64, float64(float32(0.1)),
		math.NaN(), math.Inf(1), math.Inf(-1), 2.5, 0.5, 1.5, 1e23, 8.41e21, 5e-310, 2.2250738585072014e-308, 100, 0.000001, 33.333333333333336}
	for i := 0; i < 60; i++ {
		switch i % 3 {
		case 0:
			vals = append(vals, math.Float64frombits(r.Uint64()))
		case 1:
			vals = append(vals, float64(math.Float32frombits(r.Uint32())))
		default:
			vals = append(vals, r.ExpFloat64()*math.Pow(10, float64(r.Intn(30)-15)))
		}
	}
	w("  static final String[] FORMAT = {\n")
	for _, v := range vals {
		for _, f := range []byte{'e', 'f', 'g', 'b', 'x'} {
			for _, p := range []int{-1, 1, 17} {
				if f == 'f' && math.Abs(v) > 1e25 {
					continue
				}
				for _, bs := range []int{64, 32} {
					w("    \"%x %c %d %d %s\",\n", math.Float64bits(v), f, p, bs, strconv.FormatFloat(v, f, p, bs))
				}
			}
		}
	}
	w("  };\n\n")
	// ParseFloat: input, bitSize -> bits or error
	inputs := []string{"1", "0.1", "-0", "+1.5e3", "1e400", "-1e400", "1e-400", "inf", "-Inf", "+INFINITY", "nan", "NaN", "+nan", "infx", "1_000.5", "0x1p-2", "0x1.8p3", "0x_1p0", "1_000", "_1", "1__0", "0x1", "1e", ".5", "5.", ".", "", "abc", "1.7976931348623157e308", "1.7976931348623159e308", "3.4028235e38", "3.4028236e38", "4.9e-324", "2e-324", "0.000000000000000000000000000000000000000000001", "1e-45", "0X1.FFFFFEP+127", "123456789012345678901234567890", "9007199254740993", "0x1.fffffffffffff8p1023", "1e+308", "1.0000000596046448", "0.1e-1_0"}
	w("  static final String[] PARSE = {\n")
	for _, s := range inputs {
		for _, bs := range []int{64, 32} {
			f, err := strconv.ParseFloat(s, bs)
			e := ""
			if err != nil {
				e = err.Error()
			}
			w("    %s, \"%d\", \"%x\", %s,\n", javaLit(s), bs, math.Float64bits(f), javaLit(e))
		}
	}
	w("  };\n\n")
	// ParseInt / ParseUint / Atoi
	ints := []string{"0", "-0", "42", "-42", "+7", "0x1F", "0X1f", "0b101", "0o17", "017", "0_17", "1_000", "1__0", "_1", "1_", "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809", "18446744073709551615", "18446744073709551616", "abc", "", "-", "0x", "127", "128", "-129", "255", "256", "z", "Z"}
	w("  static final String[] INTS = {\n")
	for _, s := range ints {
		for _, c := range []struct{ base, bits int }{{0, 0}, {10, 0}, {0, 8}, {16, 64}, {36, 0}, {1, 0}, {10, 65}} {
			i, err := strconv.ParseInt(s, c.base, c.bits)
			e := ""
			if err != nil {
				e = err.Error()
			}
			u, err2 := strconv.ParseUint(s, c.base, c.bits)
			e2 := ""
			if err2 != nil {
				e2 = err2.Error()
			}
			w("    %s, \"%d\", \"%d\", \"%d\", %s, \"%d\", %s,\n", javaLit(s), c.base, c.bits, i, javaLit(e), u, javaLit(e2))
		}
		a, err := strconv.Atoi(s)
		e := ""
		if err != nil {
			e = err.Error()
		}
		w("    %s, \"atoi\", \"\", \"%d\", %s, \"\", \"\",\n", javaLit(s), a, javaLit(e))
	}
	w("  };\n\n")
	// Quote family
	strs := []string{"", "abc", "a\"b'c\\", "\a\b\f\n\r\t\v\x00\x7f", "héllo 日本", "\xff\xfe", "\u00ad\u2028\ufeff", "😀", "\U0010ffff", "a\u00a0b\u3000c", "`x`", "tab\there", "\xe2\x82"}
	w("  static final String[] QUOTE = {\n")
	for _, s := range strs {
		un, err := strconv.Unquote(strconv.Quote(s))
		_ = err
		w("    %s, %s, %s, %s, \"%v\", %s,\n", javaLit(s), javaLit(strconv.Quote(s)), javaLit(strconv.QuoteToASCII(s)), javaLit(strconv.QuoteToGraphic(s)), strconv.CanBackquote(s), javaLit(un))
	}
	w("  };\n\n")
	w("  static final String[] QUOTE_RUNE = {\n")
	for _, rn := range []rune{'a', '\'', '"', '\n', 0, 0x7f, 0xad, 0x4e16, 0x1F600, -1, 0xD800, 0x110000, 0xa0, 0x10ffff} {
		w("    \"%d\", %s, %s, %s,\n", rn, javaLit(strconv.QuoteRune(rn)), javaLit(strconv.QuoteRuneToASCII(rn)), javaLit(strconv.QuoteRuneToGraphic(rn)))
	}
	w("  };\n\n")
	w("  static final String[] UNQUOTE = {\n")
	for _, s := range []string{`"a\tb"`, `'x'`, "`raw\r\n`", `"\u4e16\U0001F600\x41\101"`, `'ab'`, `''`, `"unterminated`, `"a"b"`, `'\''`, `"\'"`, `'\"'`, "\"a\nb\"", `"\xff"`, `'\xff'`, `"\400"`, `"\uD800"`, "'\xff'", "\"\xff\"", "`a`b`", `x`, `"`, `'日'`} {
		u, err := strconv.Unquote(s)
		ok := err == nil
		w("    %s, %s, \"%v\",\n", javaLit(s), javaLit(u), ok)
	}
	w("  };\n\n")
	// builtin print
	cmd := exec.Command(os.Args[0], "child")
	outb, err := cmd.CombinedOutput()
	if err != nil {
		panic(err)
	}
	w("  static final String PRINT = %s;\n", javaLit(string(outb)))
	os.Stdout.WriteString(`// Code generated by gen/cases.go from real Go 1.19 output; DO NOT EDIT.
package glassgo.vm.lib.strconv;

final class StrconvCases {
  private StrconvCases() {}

`)
	os.Stdout.WriteString(sb.String())
	os.Stdout.WriteString("}\n")
}
