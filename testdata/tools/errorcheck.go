// errorcheck: verifies `// ERROR "regex"` annotations of a Go file against a golden of
// compiler output ("./NAME.go:L:C: msg" lines). Shared by testdata/errors/check.sh and
// testdata/escape/check.sh.
package main

import (
	"bufio"
	"fmt"
	"os"
	"regexp"
	"strconv"
	"strings"
)

var errLine = regexp.MustCompile(`^\./([^:]+):(\d+):(\d+): (.*)$`)
var annot = regexp.MustCompile(`//\s*ERROR\s+(.*)$`)
var quoted = regexp.MustCompile(`"((?:[^"\\]|\\.)*)"`)
var nonPortable = regexp.MustCompile(`(^|[^\\])\{[^0-9]|(^|[^\\])\{$`)

// errorcheck SRC GOLDEN: exits 1 and prints discrepancies on mismatch.
func main() {
	src, goerr := os.Args[1], os.Args[2]
	want := map[int][]*regexp.Regexp{}
	f, _ := os.Open(src)
	sc := bufio.NewScanner(f)
	for ln := 1; sc.Scan(); ln++ {
		m := annot.FindStringSubmatch(sc.Text())
		if m == nil {
			continue
		}
		for _, q := range quoted.FindAllStringSubmatch(m[1], -1) {
			rx := strings.ReplaceAll(q[1], `\"`, `"`)
			// The same regexes are compiled by java.util.regex in TestdataTest: keep them portable.
			if nonPortable.MatchString(rx) {
				fmt.Printf("%s:%d: regexp %q: escape literal braces as \\{ \\} (java.util.regex rejects them)\n", src, ln, rx)
				os.Exit(1)
			}
			re, err := regexp.Compile(rx)
			if err != nil {
				fmt.Printf("%s:%d: bad regexp %q: %v\n", src, ln, rx, err)
				os.Exit(1)
			}
			want[ln] = append(want[ln], re)
		}
	}
	got := map[int][]string{}
	g, _ := os.Open(goerr)
	sc = bufio.NewScanner(g)
	for sc.Scan() {
		m := errLine.FindStringSubmatch(sc.Text())
		if m == nil || m[1] != src {
			continue // "# command-line-arguments", continuation lines, "too many errors"
		}
		ln, _ := strconv.Atoi(m[2])
		got[ln] = append(got[ln], m[4])
	}
	bad := false
	for ln, res := range want {
		for _, re := range res {
			ok := false
			for _, msg := range got[ln] {
				if re.MatchString(msg) {
					ok = true
				}
			}
			if !ok {
				fmt.Printf("%s:%d: missing error matching %q (got %q)\n", src, ln, re.String(), got[ln])
				bad = true
			}
		}
	}
	for ln, msgs := range got {
		for _, msg := range msgs {
			ok := false
			for _, re := range want[ln] {
				if re.MatchString(msg) {
					ok = true
				}
			}
			if !ok {
				fmt.Printf("%s:%d: unexpected error: %s\n", src, ln, msg)
				bad = true
			}
		}
	}
	if bad {
		os.Exit(1)
	}
}
