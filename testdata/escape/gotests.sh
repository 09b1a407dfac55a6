#!/usr/bin/env bash
# Measures glassgo's escape analysis on Go's own errorcheck tests, /usr/share/go-1.19/test/escape*.go.
# For every file whose first line is `// errorcheck ... -m ... -l` (glassgo reproduces only -m -l),
# runs `glassgo build -gcflags='-m -l'` and checks the `// ERROR "regex"` annotations the way Go's
# test/run.go errorCheck does: each regex must match (and consumes) the diagnostics on its line;
# diagnostics left over are "unexpected". Prints per-file and total: regexes matched / total and
# unexpected lines. Files glassgo cannot compile (unsupported imports or features) are listed and
# excluded from the totals. With GO=1 it scores real Go instead (a sanity check of the scorer).
# Usage: testdata/escape/gotests.sh [FILE.go ...]
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
testdir=/usr/share/go-1.19/test
export GO111MODULE=off GOFLAGS=
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cat >"$tmp/score.go" <<'GO'
package main

import (
	"bufio"
	"fmt"
	"os"
	"regexp"
	"strings"
)

var annot = regexp.MustCompile(`//\s*ERROR\s+(.*)$`)
var quoted = regexp.MustCompile(`"((?:[^"\\]|\\.)*)"`)

// score SRC OUT: prints "matched total unexpected" and the details on stderr.
func main() {
	src, outFile := os.Args[1], os.Args[2]
	name := src[strings.LastIndex(src, "/")+1:]
	type want struct {
		line int
		re   *regexp.Regexp
	}
	var wants []want
	f, _ := os.Open(src)
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for ln := 1; sc.Scan(); ln++ {
		m := annot.FindStringSubmatch(sc.Text())
		if m == nil {
			continue
		}
		for _, q := range quoted.FindAllStringSubmatch(m[1], -1) {
			rx := strings.ReplaceAll(q[1], `\"`, `"`)
			re, err := regexp.Compile(rx)
			if err != nil {
				continue
			}
			wants = append(wants, want{ln, re})
		}
	}
	data, _ := os.ReadFile(outFile)
	var out []string
	for _, l := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(l, "./"+name+":") || strings.HasPrefix(l, name+":") {
			out = append(out, strings.TrimPrefix(l, "./"))
		}
	}
	matched := 0
	for _, w := range wants {
		prefix := fmt.Sprintf("%s:%d:", name, w.line)
		var here, rest []string
		for _, l := range out {
			if strings.HasPrefix(l, prefix) {
				here = append(here, l)
			} else {
				rest = append(rest, l)
			}
		}
		out = rest
		ok := false
		for _, l := range here {
			text := l
			if i := strings.Index(text, " "); i >= 0 {
				text = text[i+1:]
			}
			if w.re.MatchString(text) {
				ok = true
			} else {
				out = append(out, l)
			}
		}
		if ok {
			matched++
		} else {
			fmt.Fprintf(os.Stderr, "  missing %s:%d: %q\n", name, w.line, w.re.String())
		}
	}
	for _, l := range out {
		fmt.Fprintf(os.Stderr, "  unexpected %s\n", l)
	}
	fmt.Println(matched, len(wants), len(out))
}
GO
(cd "$tmp" && go build -o score score.go) || exit 1
[ -f "$root/target/glassgo.jar" ] || (cd "$root" && ./glassgo version >/dev/null)
[ -d "$root/vm/target/test-classes/glassgo/vm" ] || (cd "$root" && mvn -B -q -o test-compile -pl vm >&2)
files=("$@"); [ ${#files[@]} -eq 0 ] && files=("$testdir"/escape*.go)
if [ "${GO:-}" != 1 ]; then
  java -cp "$root/target/glassgo.jar:$root/vm/target/test-classes" glassgo.vm.EscapeGoTests "$tmp" "${files[@]}" || exit 1
fi
tm=0; tt=0; tu=0
for f in "${files[@]}"; do
  b=$(basename "$f")
  first=$(head -1 "$f")
  case "$first" in *errorcheck*-m*) ;; *) continue;; esac
  case " $first " in *" -l "*) ;; *) echo "EXCLUDED $b: needs Go's inliner ($first)"; continue;; esac
  cp "$f" "$tmp/$b"
  if [ "${GO:-}" = 1 ]; then
    (cd "$tmp" && go tool compile -p p -o /dev/null -m -l "$b" >"$tmp/out" 2>&1)
  else
    cp "$tmp/$b.out" "$tmp/out"
  fi
  if grep -q '^glassgo: ' "$tmp/out"; then echo "EXCLUDED $b: $(head -1 "$tmp/out")"; continue; fi
  read -r m t u < <("$tmp/score" "$tmp/$b" "$tmp/out" 2>"$tmp/details")
  echo "$b: $m/$t annotations matched, $u unexpected"
  [ -n "${VERBOSE:-}" ] && cat "$tmp/details"
  tm=$((tm+m)); tt=$((tt+t)); tu=$((tu+u))
done
awk -v m=$tm -v t=$tt -v u=$tu 'BEGIN { printf "TOTAL: %d/%d annotations matched (%.1f%%), %d unexpected lines\n", m, t, (t ? 100*m/t : 0), u }'
