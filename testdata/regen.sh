#!/usr/bin/env bash
# Regenerates the goldens of testdata/run from REAL Go (go1.19.x) -- never from glassgo.
#   NAME.out  stdout of the program (always written, may be empty)
#   NAME.err  only when the exit status is non-zero: first stderr line, then "exit status N"
#   stdin is NAME.in when it exists, else /dev/null
# Usage: testdata/regen.sh [NAME.go ...]     (default: every testdata/run/*.go)
# Idempotent: rerunning produces identical files.
set -u
cd "$(dirname "$0")/run" || exit 1
command -v go >/dev/null || { echo "regen.sh: go not found" >&2; exit 1; }
case "$(go version)" in *go1.19*) ;; *) echo "regen.sh: need go1.19, have $(go version)" >&2; exit 1;; esac
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
export GO111MODULE=off GOFLAGS= GOTRACEBACK=
unset GOTRACEBACK GODEBUG GOGC GOMAXPROCS
files=("$@"); [ ${#files[@]} -eq 0 ] && files=(*.go)
fail=0
for f in "${files[@]}"; do
  f=$(basename "$f"); name=${f%.go}
  if ! (cd "$tmp" && cp "$OLDPWD/$f" "$f" && go build -o prog "$f") 2>"$tmp/build.txt"; then
    echo "regen.sh: $f does not compile:" >&2; cat "$tmp/build.txt" >&2; fail=1; continue
  fi
  in=/dev/null; [ -f "$name.in" ] && in="$PWD/$name.in"
  (cd "$tmp" && rm -f "$f" && ./prog <"$in" >"$tmp/stdout" 2>"$tmp/stderr"); rc=$?
  cp "$tmp/stdout" "$name.out"
  if [ $rc -ne 0 ]; then
    printf '%s\nexit status %d\n' "$(head -n 1 "$tmp/stderr")" "$rc" >"$name.err"   # line 1 may be empty
  else
    rm -f "$name.err"
  fi
done
exit $fail
