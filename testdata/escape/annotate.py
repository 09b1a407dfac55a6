#!/usr/bin/env python3
"""Adds `// ERROR "regex"` annotations to NAME.go from REAL Go's `go build -gcflags='-m -l'`
output (NAME.escape, written by check.sh): one quoted, fully escaped message per diagnostic on
that line (duplicates once). Lines that already carry an annotation are left alone.
Usage: testdata/escape/annotate.py NAME.go ..."""
import re, sys

SPECIAL = set('\\.^$|?*+()[]{}')

def rx(msg):
    return ''.join('\\' + c if c in SPECIAL else c for c in msg).replace('"', '\\"')

for src in sys.argv[1:]:
    golden = src[:-3] + '.escape'
    msgs = {}
    for line in open(golden):
        m = re.match(r'^\./([^:]+):(\d+):(\d+): (.*)$', line.rstrip('\n'))
        if m and m.group(1) == src.split('/')[-1]:
            lst = msgs.setdefault(int(m.group(2)), [])
            if m.group(4) not in lst:
                lst.append(m.group(4))
    lines = open(src).read().split('\n')
    for ln, ms in msgs.items():
        l = lines[ln - 1]
        if '// ERROR' in l:
            continue
        lines[ln - 1] = l + ' // ERROR ' + ' '.join('"' + rx(m) + '"' for m in ms)
    open(src, 'w').write('\n'.join(lines))
