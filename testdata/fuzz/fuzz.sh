#!/usr/bin/env bash
# Malformed-input fuzzer through the real command line: glassgo must answer every input with a
# Go-style report and a non-zero exit (or compile and run it), never a Java exception, an
# "internal error", or a hang.
#
# The cases come from the generator of vm/src/test/java/glassgo/vm/MalformedInputTest.java
# (truncated and mutated testdata programs, random bytes, empty files, huge nesting, very long
# lines, invalid UTF-8, BOMs, generics, unsupported packages), a pure function of N and SEED.
# Each is run as `timeout 20 java -Xss16m -jar target/glassgo.jar run X.go`; stderr must then be
#   * "# command-line-arguments" followed by "./X.go:L:C: msg" lines ("./X.go:L: msg" for a column
#     of 255 or more, as Go; tab-indented continuation lines allowed; exit status 2), or
#   * the go command's package-loading errors "X.go:L:C: msg" (exit status 1), or
#   * "package command-line-arguments is not a main package" (exit status 1), or
#   * anything at all from a program that compiled (a run-time panic is fine), except the
#     forbidden text below.
# Forbidden anywhere: "internal error", "Exception", "\tat glassgo.", "\tat java.", exit status 124
# (the 20 s timeout) or 3 (glassgo's internal-error status).
# With --go, also compares the first error line with real Go's `go run` (a report, not a failure).
#
# Usage: testdata/fuzz/fuzz.sh [--go] [--random] [N [SEED]]      (default N=60, SEED=1; needs the jar and
#        the vm test classes: mvn -B -o -q install -DskipTests; mvn -B -o -q test-compile)
# In-process (much faster, compile only): see MalformedInputTest's main (check / cuts modes).
set -u
here=$(cd "$(dirname "$0")/../.." && pwd)
compare=0; only=""
while [ $# -gt 0 ]; do
  case "$1" in
    --go) compare=1; shift;;
    --random) only=random; shift;;   # skip the fixed (structured) cases
    *) break;;
  esac
done
n=${1:-60}; seed=${2:-1}
jar="$here/target/glassgo.jar"
classes="$here/vm/target/test-classes"
[ -f "$jar" ] || { echo "fuzz.sh: build first (mvn -B -o -q install -DskipTests)" >&2; exit 2; }
[ -f "$classes/glassgo/vm/MalformedInputTest.class" ] || { echo "fuzz.sh: compile the tests first (mvn -B -o -q test-compile)" >&2; exit 2; }
junit=$(find ~/.m2 -name 'junit-jupiter-api-*.jar' | head -1)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
java -cp "$classes:$jar:$junit" -Dglassgo.testdata="$here/testdata" glassgo.vm.MalformedInputTest gen "$tmp/cases" "$n" "$seed" $only >/dev/null || exit 2
fail=0; total=0; same=0; compared=0
mkdir -p "$tmp/run"
for c in "$tmp"/cases/*.go; do
  total=$((total+1))
  cp "$c" "$tmp/run/X.go"
  (cd "$tmp/run" && timeout 20 java -Xss16m -jar "$jar" run X.go </dev/null >"$tmp/out" 2>"$tmp/err"); rc=$?
  why=""
  if [ $rc -eq 124 ]; then why="hang (timeout 20 s)"
  elif [ $rc -eq 3 ]; then why="exit status 3"
  elif grep -qE 'internal error|Exception|^	at (glassgo|java)\.' "$tmp/err"; then why="internal error: $(head -c 300 "$tmp/err")"
  elif [ $rc -eq 2 ] && head -1 "$tmp/err" | grep -q '^# command-line-arguments$'; then
    bad=$(tail -n +2 "$tmp/err" | grep -vE '^\./X\.go:[0-9]+(:[0-9]+)?: .|^	.|^runtime\.main_main·f: function main is undeclared in the main package$' | head -1)
    [ -n "$bad" ] && why="bad report line: $bad"
  elif [ $rc -eq 1 ] && ! grep -qvE '^X\.go:[0-9]+:[0-9]+: .|^package command-line-arguments is not a main package$' "$tmp/err"; then :
  elif [ $rc -ne 0 ] && ! grep -q '^goroutine 1 \[running\]:\|^panic: \|^fatal error: \|^exit status' "$tmp/err" && [ -s "$tmp/err" ]; then
    # a compiled program's own failure (panic, os.Exit, unsupported feature at run time) is fine
    # only if it is not a compile-stage complaint without Go's form
    if grep -q 'not supported by glassgo' "$tmp/err"; then :; else why="unexpected stderr (exit $rc): $(head -c 300 "$tmp/err")"; fi
  fi
  if [ -n "$why" ]; then
    fail=$((fail+1))
    mkdir -p "$here/testdata/fuzz/failures"
    cp "$c" "$here/testdata/fuzz/failures/"
    echo "FAIL $(basename "$c"): $why"
  fi
  if [ $compare -eq 1 ] && [ $rc -ne 0 ] && [ $rc -ne 124 ]; then
    (cd "$tmp/run" && GO111MODULE=off timeout 60 go build -o /dev/null X.go) >/dev/null 2>"$tmp/goerr"
    g=$(grep -v '^#' "$tmp/goerr" | head -1); m=$(grep -v '^#' "$tmp/err" | head -1)
    if [ -n "$g" ]; then
      compared=$((compared+1))
      if [ "$g" = "$m" ]; then same=$((same+1)); else echo "DIFF $(basename "$c"):"; echo "  go:      $g"; echo "  glassgo: $m"; fi
    fi
  fi
done
[ $compare -eq 1 ] && echo "first error line equal to go's: $same of $compared"
echo "fuzz.sh: $fail of $total cases failed (N=$n SEED=$seed)"
[ $fail -eq 0 ]
