#!/usr/bin/env bash
# Runs the JMH benchmarks of bench/src (MallocBench, MemoryAccessBench, MapBench) without a
# shaded jar: classpath = the bench module's jar + glassgo's fat jar + JMH from ~/.m2.
# Usage: bench/jmh.sh [JMH args...]   e.g. bench/jmh.sh MapBench -f 1 -wi 2 -i 3 -w 1s -r 1s
# Build first: mvn -B -q -o -DskipTests install   (from the repository root)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
m2=${M2_REPO:-$HOME/.m2/repository}
jmh=$(ls "$m2"/org/openjdk/jmh/jmh-core/*/jmh-core-*.jar | grep -v sources | tail -1)
jopt=$(ls "$m2"/net/sf/jopt-simple/jopt-simple/*/jopt-simple-*.jar | grep -v sources | tail -1)
math=$(ls "$m2"/org/apache/commons/commons-math3/*/commons-math3-*.jar | grep -v sources | tail -1)
bench=$(ls "$root"/bench/target/glassgo-bench-*.jar | tail -1)
[ -f "$root/target/glassgo.jar" ] || { echo "jmh.sh: build first (mvn -B -q -o -DskipTests install)" >&2; exit 1; }
exec java -cp "$bench:$root/target/glassgo.jar:$jmh:$jopt:$math" org.openjdk.jmh.Main "$@"
