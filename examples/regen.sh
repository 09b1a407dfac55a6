#!/usr/bin/env bash
# Regenerates examples/NAME.out (stdout of `go run NAME.go`) from REAL Go 1.19 -- never from
# glassgo. ExamplesTest checks that `glassgo run` prints exactly these bytes.
# Usage: examples/regen.sh [NAME.go ...]   (default: every examples/*.go)
set -u
cd "$(dirname "$0")" || exit 1
case "$(go version)" in *go1.19*) ;; *) echo "regen.sh: need go1.19, have $(go version)" >&2; exit 1;; esac
export GO111MODULE=off GOFLAGS=
unset GODEBUG GOGC GOMAXPROCS
files=("$@"); [ ${#files[@]} -eq 0 ] && files=(*.go)
fail=0
for f in "${files[@]}"; do
  f=$(basename "$f")
  go run "$f" </dev/null >"${f%.go}.out" || { echo "regen.sh: $f failed" >&2; fail=1; }
done
exit $fail
