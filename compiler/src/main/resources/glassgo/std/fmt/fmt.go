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
// Left out: scanning (Scan, Sscanf, ...), the Formatter/GoStringer/State interfaces
// (values implementing them are printed as if they did not), Append*.
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
