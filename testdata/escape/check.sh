#!/usr/bin/env bash
# Errorcheck for testdata/escape, run against REAL Go (go1.19.x).
# For each NAME.go: runs `go build -o /dev/null -gcflags='-m -l' NAME.go` in this directory,
# saves the full output as NAME.escape (the golden: "# command-line-arguments" and
# "./NAME.go:L:C: msg" lines exactly as go prints them, in Go's order), then checks both directions:
#   * every `// ERROR "rx" ["rx2" ...]` annotation: each rx must match (unanchored, RE2)
#     the message of some error reported on that line;
#   * every reported error must be on an annotated line and match one of its regexes.
# (`// skip: reason` only tells the glassgo JUnit test to skip a file; it is checked here too.) Exit status is non-zero on any discrepancy.
# Usage: testdata/escape/check.sh [NAME.go ...]
set -u
cd "$(dirname "$0")" || exit 1
case "$(go version)" in *go1.19*) ;; *) echo "check.sh: need go1.19, have $(go version)" >&2; exit 1;; esac
export GO111MODULE=off GOFLAGS=
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cat >"$tmp/checker.go" <<'GO'
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

// checker SRC GOLDEN: exits 1 and prints discrepancies on mismatch.
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
GO
(cd "$tmp" && go build -o checker checker.go) || exit 1
files=("$@"); [ ${#files[@]} -eq 0 ] && files=(*.go)
fail=0; n=0
for f in "${files[@]}"; do
  f=$(basename "$f"); name=${f%.go}
  n=$((n+1))
  go build -o /dev/null -gcflags='-m -l' "$f" >"$name.escape" 2>&1; rc=$?
  if [ $rc -ne 0 ]; then echo "FAIL $f: does not compile"; fail=1; continue; fi
  if ! "$tmp/checker" "$f" "$name.escape"; then echo "FAIL $f"; fail=1; fi
done
[ $fail -eq 0 ] && echo "check.sh: all $n files OK"
exit $fail
