#!/usr/bin/env python3
"""Interleaved A/B timing of glassgo builds or JVM flags on the bench/go programs.

Whole-process wall times of these short programs vary by +-20% from run to run (JIT compile
timing on 2 CPUs), and by more between hours, so comparing two builds measured minutes apart
says little. This script runs every configuration on every program in turn, N rounds, and prints
each configuration's mean/min per program and the geometric mean of its means.

Usage: bench/ab.py N prog1,prog2,... LABEL=JAR[|EXTRA JVM FLAGS] ...
  e.g. bench/ab.py 3 fib,maps,sorting old=/tmp/a/glassgo.jar new=target/glassgo.jar
       bench/ab.py 3 maps base=target/glassgo.jar 'osr500=target/glassgo.jar|-Dglassgo.jit.osr=500'

Each JAR gets a class-data archive next to it (glassgo.jsa), made as the launcher makes it (an
-Xint run of vm/src/main/cds/warmup.go), unless one newer than the jar is there. Copy each jar
to a directory of its own: the std AST cache (glassgo-std-ast) lives next to the jar and is keyed
by it, so two jars sharing a directory would invalidate each other's entries on every run.
The JVM flags are the launcher's (keep LAUNCHER_FLAGS in step with ./glassgo).
"""
import math
import os
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LAUNCHER_FLAGS = [
    '-Xss16m', '-XX:+UseParallelGC', '-Xlog:cds=off', '-Xlog:cds+dynamic=off',
    '-XX:CompileCommand=quiet', '-XX:CompileCommand=MaxNodeLimit,glassgo.compiler.*::*,100',
    '-XX:CompileCommand=MaxNodeLimit,glassgo.grammar.*::*,100', '-XX:CompileCommand=MaxNodeLimit,org.antlr.*::*,100',
    '-XX:CompileCommand=CompileThresholdScaling,glassgo.vm.interp.Go*::*,0.2',
    '-XX:-DontCompileHugeMethods', '-Dglassgo.jit.huge=12000',
]


def archive(jar):
    jsa = os.path.join(os.path.dirname(os.path.abspath(jar)), 'glassgo.jsa')
    if os.path.exists(jsa) and os.path.getmtime(jsa) > os.path.getmtime(jar):
        return jsa
    env = dict(os.environ, GLASSDEBUG='jit=2')
    subprocess.run(['java', '-Xint'] + LAUNCHER_FLAGS + ['-XX:ArchiveClassesAtExit=' + jsa, '-jar', jar, 'run',
                    os.path.join(ROOT, 'vm/src/main/cds/warmup.go')],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    return jsa


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    rounds, progs = int(sys.argv[1]), sys.argv[2].split(',')
    configs = []
    for arg in sys.argv[3:]:
        label, rest = arg.split('=', 1)
        jar, _, flags = rest.partition('|')
        configs.append((label, jar, archive(jar), flags.split()))
    times = {(c[0], p): [] for c in configs for p in progs}
    for _ in range(rounds):
        for p in progs:
            src = p if p.endswith('.go') else os.path.join(ROOT, 'bench/go', p + '.go')
            for label, jar, jsa, flags in configs:
                cmd = ['java'] + LAUNCHER_FLAGS + ['-XX:SharedArchiveFile=' + jsa] + flags + ['-jar', jar, 'run', src]
                t = time.time()
                r = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                times[(label, p)].append(time.time() - t)
                if r.returncode:
                    print('%s: %s exited %d' % (label, p, r.returncode))
    for label, _, _, _ in configs:
        means = [statistics.mean(times[(label, p)]) for p in progs]
        geo = math.exp(sum(map(math.log, means)) / len(means))
        per = ' '.join('%s=%.2f/%.2f' % (os.path.basename(p), statistics.mean(times[(label, p)]), min(times[(label, p)]))
                       for p in progs)
        print('%-12s geomean of means %.3f s | mean/min: %s' % (label, geo, per))


if __name__ == '__main__':
    main()
