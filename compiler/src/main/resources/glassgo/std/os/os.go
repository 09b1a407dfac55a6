// Package os is glassgo's os: Args, Exit, and the standard files.
//
// natives:
//   runtimeArgs() []string                — os.Args: program name, then the arguments
//   Exit(code int)                        — os.Exit: ends the process now, deferred calls do not run
//   write(fd int, b []byte) int           — writes b to fd 1 or 2; returns bytes written, -1 on error
//   writeString(fd int, s string) int     — as write, without copying s
//   read(fd int, b []byte) int            — reads up to len(b) bytes from fd 0; 0 at end of input, -1 on error
//
// Left out: opening files, Getenv, the file system, processes, signals.
package os

import (
	"errors"
	"io"
)

// Args hold the command-line arguments, starting with the program name.
var Args []string = runtimeArgs()

func runtimeArgs() []string

// Exit causes the current program to exit with the given status code.
func Exit(code int)

func write(fd int, b []byte) int
func writeString(fd int, s string) int
func read(fd int, b []byte) int

// ErrInvalid indicates an invalid argument (a nil *File).
var ErrInvalid = errors.New("invalid argument")

var errWrite = errors.New("write error")

// File is an open file descriptor; only the standard files exist in glassgo.
type File struct {
	fd   int
	name string
}

var (
	Stdin  = &File{0, "/dev/stdin"}
	Stdout = &File{1, "/dev/stdout"}
	Stderr = &File{2, "/dev/stderr"}
)

// Name returns the name of the file.
func (f *File) Name() string { return f.name }

// Fd returns the file descriptor number.
func (f *File) Fd() uintptr { return uintptr(f.fd) }

// Write writes len(b) bytes to the file.
func (f *File) Write(b []byte) (n int, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	n = write(f.fd, b)
	if n < 0 {
		return 0, &PathError{Op: "write", Path: f.name, Err: errWrite}
	}
	return n, nil
}

// WriteString is like Write, but writes the contents of string s.
func (f *File) WriteString(s string) (n int, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	n = writeString(f.fd, s)
	if n < 0 {
		return 0, &PathError{Op: "write", Path: f.name, Err: errWrite}
	}
	return n, nil
}

// Read reads up to len(b) bytes; at end of input it returns 0, io.EOF.
func (f *File) Read(b []byte) (n int, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	if len(b) == 0 {
		return 0, nil
	}
	n = read(f.fd, b)
	if n < 0 {
		return 0, &PathError{Op: "read", Path: f.name, Err: errors.New("read error")}
	}
	if n == 0 {
		return 0, io.EOF
	}
	return n, nil
}

// Close is a no-op for the standard files.
func (f *File) Close() error {
	if f == nil {
		return ErrInvalid
	}
	return nil
}

// PathError records an error and the operation and file path that caused it.
type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }
func (e *PathError) Unwrap() error { return e.Err }
