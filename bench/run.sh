#!/usr/bin/env bash
# Compares glassgo with native Go on the CPU-bound programs in bench/go/.
# For each program: builds it natively (go build), then alternates native and `./glassgo run`
# runs (N each), checks that both print the same output, and reports median wall times.
# Finishes with the geometric mean of the glassgo/native ratios.
#
# Usage: bench/run.sh [-n N] [program ...]     (default N=3, programs: all of bench/go/*.go)
#   env GLASSGO=path/to/launcher (default: ./glassgo at the repo root)
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
N=${BENCH_N:-3}
if [ "${1:-}" = "-n" ]; then N=$2; shift 2; fi
GLASSGO=${GLASSGO:-$root/glassgo}
[ -x "$GLASSGO" ] || { echo "run.sh: $GLASSGO not found or not executable" >&2; exit 1; }
command -v go >/dev/null || { echo "run.sh: go not found" >&2; exit 1; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
export GO111MODULE=off

progs=("$@")
if [ ${#progs[@]} -eq 0 ]; then
  for f in "$root"/bench/go/*.go; do progs+=("$(basename "${f%.go}")"); done
fi

now() { date +%s.%N; }
# run_timed OUTFILE CMD... : runs CMD with stdin from /dev/null, prints elapsed seconds
run_timed() {
  local out=$1; shift
  local t0 t1 rc
  t0=$(now); "$@" </dev/null >"$out" 2>"$out.stderr"; rc=$?; t1=$(now)
  if [ $rc -ne 0 ]; then echo "FAILED($rc)"; return 1; fi
  awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }'
}
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR+1)/2]; else printf "%.3f\n", (v[NR/2] + v[NR/2+1]) / 2 }'; }

# Make sure the launcher has built its jar before timing anything.
"$GLASSGO" run "$root/bench/go/${progs[0]}.go" >/dev/null 2>&1 </dev/null || true

printf '%-12s %10s %10s %9s  %s\n' program native_s glassgo_s ratio output
status=0
ratios=()
for p in "${progs[@]}"; do
  src="$root/bench/go/$p.go"
  [ -f "$src" ] || { echo "run.sh: no such program $src" >&2; status=1; continue; }
  if ! (cd "$tmp" && go build -o "$tmp/$p" "$src") 2>"$tmp/$p.build"; then
    echo "run.sh: $p does not build natively:" >&2; cat "$tmp/$p.build" >&2; status=1; continue
  fi
  nat=(); gg=(); ok=same; failed=0
  for ((i = 0; i < N; i++)); do
    t=$(run_timed "$tmp/$p.native.out" "$tmp/$p") || { failed=1; ok="native failed"; break; }
    nat+=("$t")
    t=$(run_timed "$tmp/$p.glassgo.out" "$GLASSGO" run "$src") || {
      failed=1; ok="glassgo failed: $(head -n 1 "$tmp/$p.glassgo.out.stderr")"; break; }
    gg+=("$t")
    if ! cmp -s "$tmp/$p.native.out" "$tmp/$p.glassgo.out"; then ok="OUTPUT DIFFERS"; failed=1; break; fi
  done
  if [ $failed -ne 0 ]; then
    printf '%-12s %10s %10s %9s  %s\n' "$p" - - - "$ok"; status=1; continue
  fi
  mn=$(median "${nat[@]}"); mg=$(median "${gg[@]}")
  r=$(awk -v a="$mg" -v b="$mn" 'BEGIN { if (b <= 0) b = 0.001; printf "%.2f", a / b }')
  ratios+=("$r")
  printf '%-12s %10s %10s %8sx  %s\n' "$p" "$mn" "$mg" "$r" "$ok"
done
if [ ${#ratios[@]} -gt 0 ]; then
  gm=$(printf '%s\n' "${ratios[@]}" | awk '{ s += log($1) } END { printf "%.2f", exp(s / NR) }')
  printf '%-12s %10s %10s %8sx  (%d programs, N=%d)\n' geomean "" "" "$gm" "${#ratios[@]}" "$N"
fi
exit $status
