// Package fmt is glassgo's fmt: the Print, Fprint and Sprint families and Errorf,
// byte-identical to Go 1.19. Formatting is done by the VM (glassgo.vm.lib.fmt.Printer).
//
// natives:
//   Sprint(a ...any) string                           — Printer.sprint
//   Sprintln(a ...any) string                         — Printer.sprintln
//   Sprintf(format string, a ...any) string           — Printer.sprintf
//   errorf(format string, a ...any) (string, int)     — Printer.sprintfWrap: text, and the index
//                                                       of the operand consumed by %w (-1: none)
//
// The printer calls back into Go (callFormat) for operands that implement Formatter: their
// Format method gets a *pp State whose Write appends to the output, and whose Width,
// Precision and Flag report the verb's flags as Go's pp does. GoStringer is honoured by %#v.
//
// Scanning (Scan, Sscanf, Fscanln, ...) is Go's scan.go (scan.go here).
package fmt

import (
	"errors"
	"io"
	"os"
)

// Stringer is implemented by any value that has a String method.
type Stringer interface {
	String() string
}

// State represents the printer state passed to custom formatters.
type State interface {
	// Write is the function to call to emit formatted output to be printed.
	Write(b []byte) (n int, err error)
	// Width returns the value of the width option and whether it has been set.
	Width() (wid int, ok bool)
	// Precision returns the value of the precision option and whether it has been set.
	Precision() (prec int, ok bool)

	// Flag reports whether the flag c, a character, has been set.
	Flag(c int) bool
}

// Formatter is implemented by any value that has a Format method.
type Formatter interface {
	Format(f State, c rune)
}

// GoStringer is implemented by any value that has a GoString method, which defines the Go
// syntax for that value. The GoString method is used to print values passed as an operand
// to a %#v format.
type GoStringer interface {
	GoString() string
}

// pp is the State a Format method receives (in Go, the printer itself).
type pp struct {
	buf   []byte
	wid   int
	prec  int
	flags int // 1 '-', 2 '+' (or %+v), 4 '#' (or %#v), 8 ' ', 16 '0', 32 width set, 64 precision set
}

func (p *pp) Write(b []byte) (ret int, err error) {
	p.buf = append(p.buf, b...)
	return len(b), nil
}

func (p *pp) WriteString(s string) (ret int, err error) {
	p.buf = append(p.buf, s...)
	return len(s), nil
}

func (p *pp) Width() (wid int, ok bool) { return p.wid, p.flags&32 != 0 }

func (p *pp) Precision() (prec int, ok bool) { return p.prec, p.flags&64 != 0 }

func (p *pp) Flag(b int) bool {
	switch b {
	case '-':
		return p.flags&1 != 0
	case '+':
		return p.flags&2 != 0
	case '#':
		return p.flags&4 != 0
	case ' ':
		return p.flags&8 != 0
	case '0':
		return p.flags&16 != 0
	}
	return false
}

// callFormat is called by the printer (glassgo.vm.interp.MemValue.callFormat) for an operand
// with a Format method: ok is false when v is not a Formatter; a panic in Format is recovered
// and returned with what Format had written so far, for the printer's %!v(PANIC=Format ...).
// The printer finds callFormat by name; this reference keeps it in every program that uses fmt.
var _ = callFormat

func callFormat(v any, verb rune, wid, prec, flags int) (out string, ok bool, panicked bool, pv any) {
	f, isFormatter := v.(Formatter)
	if !isFormatter {
		return "", false, false, nil
	}
	p := &pp{wid: wid, prec: prec, flags: flags}
	defer func() {
		if err := recover(); err != nil {
			out, ok, panicked, pv = string(p.buf), true, true, err
		}
	}()
	f.Format(p, verb)
	return string(p.buf), true, false, nil
}

func Sprint(a ...any) string
func Sprintln(a ...any) string
func Sprintf(format string, a ...any) string
func errorf(format string, a ...any) (string, int)

// Fprint formats using the default formats and writes to w.
func Fprint(w io.Writer, a ...any) (n int, err error) {
	return w.Write([]byte(Sprint(a...)))
}

// Fprintln formats using the default formats, adds spaces and a newline, and writes to w.
func Fprintln(w io.Writer, a ...any) (n int, err error) {
	return w.Write([]byte(Sprintln(a...)))
}

// Fprintf formats according to a format specifier and writes to w.
func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	return w.Write([]byte(Sprintf(format, a...)))
}

// Print formats using the default formats and writes to standard output.
func Print(a ...any) (n int, err error) {
	return os.Stdout.WriteString(Sprint(a...))
}

// Println formats using the default formats, adds spaces and a newline, and writes to standard output.
func Println(a ...any) (n int, err error) {
	return os.Stdout.WriteString(Sprintln(a...))
}

// Printf formats according to a format specifier and writes to standard output.
func Printf(format string, a ...any) (n int, err error) {
	return os.Stdout.WriteString(Sprintf(format, a...))
}

// Errorf formats according to a format specifier and returns the string as an error.
// An operand of a single %w verb must be an error; the result then has an Unwrap method
// returning it.
func Errorf(format string, a ...any) error {
	s, w := errorf(format, a...)
	if w < 0 {
		return errors.New(s)
	}
	return &wrapError{s, a[w].(error)}
}

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string { return e.msg }
func (e *wrapError) Unwrap() error { return e.err }

// Append formats using the default formats, appends the result to the byte slice, and
// returns the updated slice.
func Append(b []byte, a ...any) []byte {
	return append(b, Sprint(a...)...)
}

// Appendf formats according to a format specifier, appends the result to the byte slice,
// and returns the updated slice.
func Appendf(b []byte, format string, a ...any) []byte {
	return append(b, Sprintf(format, a...)...)
}

// Appendln formats using the default formats, appends the result to the byte slice, and
// returns the updated slice. Spaces are always added between operands and a newline is
// appended.
func Appendln(b []byte, a ...any) []byte {
	return append(b, Sprintln(a...)...)
}
