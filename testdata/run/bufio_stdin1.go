// Reads standard input: the test and testdata/regen.sh feed it bufio_stdin1.in.
package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
)

// Reads its input the ways programs usually do: a header line with bufio.Reader, then
// numbers with a word Scanner, then the remaining lines; output through a bufio.Writer.
func main() {
	in := bufio.NewReader(os.Stdin)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()

	header, err := in.ReadString('\n')
	fmt.Fprintf(out, "header %q %v\n", header, err)
	line, isPrefix, err := in.ReadLine()
	fmt.Fprintf(out, "readline %q %v %v\n", line, isPrefix, err)
	r, size, err := in.ReadRune()
	fmt.Fprintf(out, "rune %q %d %v %v\n", r, size, err, in.UnreadRune())
	b, _ := in.Peek(3)
	fmt.Fprintf(out, "peek %q buffered %d\n", b, in.Buffered())

	sc := bufio.NewScanner(in)
	sum, lines := 0, 0
	for sc.Scan() {
		text := sc.Text()
		lines++
		if text == "end" {
			break
		}
		ws := bufio.NewScanner(strings.NewReader(text))
		ws.Split(bufio.ScanWords)
		for ws.Scan() {
			n, err := strconv.Atoi(ws.Text())
			if err != nil {
				fmt.Fprintln(out, "skip:", err)
				continue
			}
			sum += n
		}
	}
	fmt.Fprintln(out, "lines", lines, "sum", sum, sc.Err())
	var rest []string
	for sc.Scan() {
		rest = append(rest, sc.Text())
	}
	fmt.Fprintf(out, "rest %q %v\n", rest, sc.Err())
	fmt.Fprintln(out, "available", out.Available() > 0, out.Buffered() > 0, out.Size())
}
