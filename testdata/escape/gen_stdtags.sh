#!/usr/bin/env bash
# Regenerates compiler/src/main/resources/glassgo/escape/stdtags.txt from REAL Go 1.19:
# for every std package glassgo ships (compiler/src/main/resources/glassgo/std/<path>), runs
#   go build -a -gcflags='<path>=-m' <path>
# (with inlining, as `go build -gcflags='-m -l' prog.go` compiles the std packages it imports: -gcflags
# without a pattern applies to the command-line package only, so the export data's tags come from
# the default, inlining compile; e.g. hex.Dump's data does not escape only once Dumper is inlined)
# and maps each "leaking param ..." / "... does not escape" / "moved to heap" line on a parameter
# back to its function and parameter index (a small go/ast program). Line format:
#   <import path>.<Func> | <import path>.(*T).M | <import path>.T.M   <index|recv>   <tag>
# where tag is "none" or a comma list of heap=K and rN=K (Go's leaks encoding).
set -eu
cd "$(dirname "$0")/../.."
case "$(go version)" in *go1.19*) ;; *) echo "gen_stdtags.sh: need go1.19, have $(go version)" >&2; exit 1;; esac
export GO111MODULE=off GOFLAGS=
out=compiler/src/main/resources/glassgo/escape/stdtags.txt
mkdir -p "$(dirname "$out")"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cat >"$tmp/tags.go" <<'GO'
package main

import (
	"bufio"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// tags PKGPATH DIAGFILE GOFILE...: prints the tag table lines for the package.
func main() {
	pkg, diag := os.Args[1], os.Args[2]
	type param struct{ fn, idx string }
	at := map[string]param{} // "file:line:col" -> param
	fset := token.NewFileSet()
	var all []param
	named := map[param]bool{}
	for _, f := range os.Args[3:] {
		af, err := parser.ParseFile(fset, f, nil, 0)
		if err != nil {
			panic(err)
		}
		for _, d := range af.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok {
				continue
			}
			name := pkg + "." + fd.Name.Name
			if fd.Recv != nil {
				t := fd.Recv.List[0].Type
				if st, ok := t.(*ast.StarExpr); ok {
					name = pkg + ".(*" + typeName(st.X) + ")." + fd.Name.Name
				} else {
					name = pkg + "." + typeName(t) + "." + fd.Name.Name
				}
				for _, n := range fd.Recv.List[0].Names {
					p := param{name, "recv"}
					at[key(fset, n.Pos())] = p
					all = append(all, p)
					named[p] = n.Name != "_"
				}
				if len(fd.Recv.List[0].Names) == 0 {
					all = append(all, param{name, "recv"})
				}
			}
			if fd.Type.Results != nil {
				for _, fl := range fd.Type.Results.List {
					if len(fl.Names) == 0 {
						resultNames[name] = append(resultNames[name], "")
					}
					for _, n := range fl.Names {
						resultNames[name] = append(resultNames[name], n.Name)
					}
				}
			}
			i := 0
			for _, fl := range fd.Type.Params.List {
				if len(fl.Names) == 0 {
					all = append(all, param{name, strconv.Itoa(i)})
					i++
					continue
				}
				for _, n := range fl.Names {
					p := param{name, strconv.Itoa(i)}
					at[key(fset, n.Pos())] = p
					all = append(all, p)
					named[p] = n.Name != "_"
					i++
				}
			}
		}
	}
	line := regexp.MustCompile(`^(.*?:\d+:\d+): (.*)$`)
	res := regexp.MustCompile(`^leaking param: \S+ to result (\S+) level=(\d+)$`)
	tags := map[param][]string{}
	seen := map[param]bool{}
	f, _ := os.Open(diag)
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		m := line.FindStringSubmatch(sc.Text())
		if m == nil {
			continue
		}
		p, ok := at[m[1]]
		if !ok {
			continue
		}
		msg := m[2]
		switch {
		case strings.HasSuffix(msg, " does not escape"):
			seen[p] = true
		case strings.HasPrefix(msg, "moved to heap: "):
			seen[p] = true
			tags[p] = append(tags[p], "heap=0")
		case res.MatchString(msg):
			r := res.FindStringSubmatch(msg)
			idx := resultIndex(fset, os.Args[3:], p, r[1])
			seen[p] = true
			tags[p] = append(tags[p], fmt.Sprintf("r%d=%s", idx, r[2]))
		case strings.HasPrefix(msg, "leaking param content: "):
			seen[p] = true
			tags[p] = append(tags[p], "heap=1")
		case strings.HasPrefix(msg, "leaking param: "):
			seen[p] = true
			tags[p] = append(tags[p], "heap=0")
		}
	}
	var lines []string
	for _, p := range all {
		if t, ok := tags[p]; ok {
			lines = append(lines, fmt.Sprintf("%s %s %s", p.fn, p.idx, strings.Join(t, ",")))
		} else if seen[p] || !named[p] {
			lines = append(lines, fmt.Sprintf("%s %s none", p.fn, p.idx))
		}
	}
	sort.Strings(lines)
	for _, l := range lines {
		fmt.Println(l)
	}
}

var resultNames = map[string][]string{}

// resultIndex finds the index of result r ("~r0" or a name) of p's function.
func resultIndex(fset *token.FileSet, files []string, p struct{ fn, idx string }, r string) int {
	if strings.HasPrefix(r, "~r") {
		n, _ := strconv.Atoi(r[2:])
		return n
	}
	names := resultNames[p.fn]
	for i, n := range names {
		if n == r {
			return i
		}
	}
	return 0
}

func typeName(e ast.Expr) string {
	switch t := e.(type) {
	case *ast.Ident:
		return t.Name
	case *ast.IndexExpr:
		return typeName(t.X)
	}
	return "?"
}

func key(fset *token.FileSet, p token.Pos) string {
	pos := fset.Position(p)
	return fmt.Sprintf("%s:%d:%d", pos.Filename, pos.Line, pos.Column)
}
GO
(cd "$tmp" && go build -o tags tags.go)
{
  echo "# Escape tags of std functions, from real $(go version | cut -d' ' -f3) (go build -gcflags='<pkg>=-m')."
  echo "# Generated by testdata/escape/gen_stdtags.sh; do not edit."
  for dir in $(cd compiler/src/main/resources/glassgo/std && find . -name FILES -printf '%h\n' | sed 's|^\./||' | sort); do

    files=$(go list -f '{{range .GoFiles}}{{$.Dir}}/{{.}} {{end}}' "$dir")
    go build -a -gcflags="$dir=-m" "$dir" >"$tmp/diag" 2>&1 || true
    "$tmp/tags" "$dir" "$tmp/diag" $files
  done
} >"$out"
echo "wrote $out ($(grep -vc '^#' "$out") entries)"
