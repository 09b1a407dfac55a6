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
go build -o "$tmp/checker" ../tools/errorcheck.go || exit 1   # the shared annotation checker
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
