// Package os is glassgo's os: Args, Exit, the environment, the standard files, and reading
// real files (Open, ReadFile, File.Read/Close) through a file-descriptor table in the VM.
// Errors are Go 1.19's: *PathError (= *fs.PathError) wrapping a syscall.Errno, so texts
// ("open /x: no such file or directory") and errors.Is(err, os.ErrNotExist) match Go.
// Descriptors are numbered as on linux/amd64 Go: the first file opened gets 3, and Go's
// netpoller then takes 4-6 (epoll and its wake-up pipe), so the next file gets 7.
//
// natives:
//   runtimeArgs() []string                — os.Args: program name, then the arguments
//   Exit(code int)                        — os.Exit: ends the process now, deferred calls do not run
//   write(fd int, b []byte) int           — writes b to fd 1 or 2; bytes written, or -errno
//                                           (EBADF for every other descriptor: files are read-only)
//   writeString(fd int, s string) int     — as write, without copying s
//   read(fd int, b []byte) int            — reads up to len(b) bytes from fd 0 (the VM's stdin) or an
//                                           open file; 0 at end of input, or -errno (EISDIR, EBADF)
//   open(name string) (fd int, errno int) — opens name read-only (O_RDONLY|O_CLOEXEC)
//   closeFd(fd int) int                   — closes an open file; 0 or errno
//   fileSize(fd int) int64                — the size Stat would report for a regular file, else 0
//   getenv(key string) (string, bool)     — the process environment
//   environ() []string                    — "key=value" pairs, sorted by key
//
// Left out: creating and writing files, Stat/FileInfo (needs package time), directories,
// processes, signals.
package os

import (
	"io"
	"io/fs"
	"syscall"
)

// Args hold the command-line arguments, starting with the program name.
var Args []string = runtimeArgs()

func runtimeArgs() []string

// Exit causes the current program to exit with the given status code.
func Exit(code int)

func write(fd int, b []byte) int
func writeString(fd int, s string) int
func read(fd int, b []byte) int
func open(name string) (fd int, errno int)
func closeFd(fd int) int
func fileSize(fd int) int64
func getenv(key string) (string, bool)
func environ() []string

// Portable analogs of some common system call errors.
var (
	ErrInvalid    = fs.ErrInvalid    // "invalid argument"
	ErrPermission = fs.ErrPermission // "permission denied"
	ErrExist      = fs.ErrExist      // "file already exists"
	ErrNotExist   = fs.ErrNotExist   // "file does not exist"
	ErrClosed     = fs.ErrClosed     // "file already closed"
)

// PathError records an error and the operation and file path that caused it.
type PathError = fs.PathError

// A FileMode represents a file's mode and permission bits.
type FileMode = fs.FileMode

// File represents an open file descriptor.
type File struct {
	*file // os specific
}

// file is the real representation of *File.
type file struct {
	fd     int
	name   string
	closed bool
}

// NewFile returns a new File with the given file descriptor and name.
func NewFile(fd uintptr, name string) *File {
	return &File{&file{fd: int(fd), name: name}}
}

var (
	Stdin  = NewFile(0, "/dev/stdin")
	Stdout = NewFile(1, "/dev/stdout")
	Stderr = NewFile(2, "/dev/stderr")
)

// Open opens the named file for reading.
func Open(name string) (*File, error) {
	fd, errno := open(name)
	if errno != 0 {
		return nil, &PathError{Op: "open", Path: name, Err: syscall.Errno(errno)}
	}
	return NewFile(uintptr(fd), name), nil
}

// ReadFile reads the named file and returns the contents (Go's algorithm, so the capacity of
// the result is Go's too).
func ReadFile(name string) ([]byte, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()

	size := int(fileSize(f.fd))
	size++ // one byte for final read at EOF

	// If a file claims a small size, read at least 512 bytes.
	if size < 512 {
		size = 512
	}

	data := make([]byte, 0, size)
	for {
		if len(data) == cap(data) {
			d := append(data[:cap(data)], 0)
			data = d[:len(data)]
		}
		n, err := f.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err != nil {
			if err == io.EOF {
				err = nil
			}
			return data, err
		}
	}
}

// Getenv retrieves the value of the environment variable named by the key.
func Getenv(key string) string {
	v, _ := getenv(key)
	return v
}

// LookupEnv retrieves the value of the environment variable named by the key and reports
// whether it is present.
func LookupEnv(key string) (string, bool) {
	return getenv(key)
}

// Environ returns a copy of strings representing the environment, in the form "key=value".
func Environ() []string {
	return environ()
}

// Name returns the name of the file as presented to Open.
func (f *File) Name() string { return f.name }

// Fd returns the integer Unix file descriptor referencing the open file.
func (f *File) Fd() uintptr {
	if f == nil {
		return ^(uintptr(0))
	}
	if f.closed {
		return ^(uintptr(0))
	}
	return uintptr(f.fd)
}

func (f *File) checkValid(op string) error {
	if f == nil {
		return ErrInvalid
	}
	return nil
}

// wrapErr wraps an error that occurred during an operation on an open file.
func (f *File) wrapErr(op string, err error) error {
	if err == nil || err == io.EOF {
		return err
	}
	return &PathError{Op: op, Path: f.name, Err: err}
}

// Write writes len(b) bytes from b to the File.
func (f *File) Write(b []byte) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	if f.closed {
		return 0, f.wrapErr("write", ErrClosed)
	}
	n = write(f.fd, b)
	if n < 0 {
		return 0, f.wrapErr("write", syscall.Errno(-n))
	}
	return n, nil
}

// WriteString is like Write, but writes the contents of string s.
func (f *File) WriteString(s string) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	if f.closed {
		return 0, f.wrapErr("write", ErrClosed)
	}
	n = writeString(f.fd, s)
	if n < 0 {
		return 0, f.wrapErr("write", syscall.Errno(-n))
	}
	return n, nil
}

// Read reads up to len(b) bytes from the File and stores them in b. At end of file, Read
// returns 0, io.EOF.
func (f *File) Read(b []byte) (n int, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	if f.closed {
		return 0, f.wrapErr("read", ErrClosed)
	}
	if len(b) == 0 {
		return 0, nil
	}
	n = read(f.fd, b)
	if n < 0 {
		return 0, f.wrapErr("read", syscall.Errno(-n))
	}
	if n == 0 {
		return 0, io.EOF
	}
	return n, nil
}

// Close closes the File. It returns an error if it has already been called.
func (f *File) Close() error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{Op: "close", Path: f.name, Err: ErrClosed}
	}
	f.closed = true
	if e := closeFd(f.fd); e != 0 {
		return &PathError{Op: "close", Path: f.name, Err: syscall.Errno(e)}
	}
	return nil
}
