package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
	"syscall"
)

func main() {
	// Errors of Open, with Go's texts and error chains.
	for _, name := range []string{"/definitely/not/here", "", "/etc/passwd/x", "/etc/passwd/", "no-such-relative-file.txt"} {
		f, err := os.Open(name)
		var pe *os.PathError
		var errno syscall.Errno
		fmt.Println(f == nil, err)
		fmt.Println(errors.Is(err, os.ErrNotExist), errors.Is(err, fs.ErrNotExist), errors.Is(err, os.ErrExist),
			errors.As(err, &pe), pe.Op, pe.Path, errors.As(err, &errno), uintptr(errno), errno == syscall.ENOENT)
		fmt.Printf("%T %T %v\n", err, errors.Unwrap(err), errors.Unwrap(err))
	}
	fmt.Println(os.ErrNotExist, os.ErrExist, os.ErrPermission, os.ErrClosed, os.ErrInvalid)
	fmt.Println(os.ErrNotExist == fs.ErrNotExist, syscall.ENOENT.Is(fs.ErrNotExist), syscall.EACCES.Is(os.ErrPermission),
		syscall.EEXIST.Is(fs.ErrExist), syscall.EAGAIN.Temporary(), syscall.ETIMEDOUT.Timeout(), syscall.Errno(0), syscall.Errno(9999))
	_, err := os.ReadFile("/nope")
	fmt.Println(err)

	// Reading a real file.
	f, err := os.Open("/etc/passwd")
	fmt.Println(err, f.Name(), f.Fd())
	g, _ := os.Open("/etc/passwd")
	fmt.Println(g.Fd())
	g.Close()
	buf := make([]byte, 5)
	n, err := f.Read(buf)
	fmt.Printf("%d %v %q\n", n, err, buf[:n])
	n, err = f.Read(buf[:0])
	fmt.Println(n, err)
	rest, err := io.ReadAll(f)
	fmt.Println(len(rest) > 0, err)
	n, err = f.Read(buf)
	fmt.Println(n, err, err == io.EOF)
	fmt.Println(f.Close())
	err = f.Close()
	fmt.Println(err, errors.Is(err, os.ErrClosed))
	n, err = f.Read(buf)
	fmt.Println(n, err)
	n, err = f.Write(buf)
	fmt.Println(n, err)

	data, err := os.ReadFile("/etc/passwd")
	fmt.Println(err, strings.HasPrefix(string(data), "root:"), len(data) == len(rest)+5, cap(data) >= 512)

	// A directory opens but cannot be read.
	d, err := os.Open("/")
	fmt.Println(err)
	n, err = d.Read(buf)
	fmt.Println(n, err, errors.Is(err, syscall.EISDIR))
	fmt.Println(d.Close())
	_, err = os.ReadFile("/")
	fmt.Println(err)

	// A read-only file cannot be written.
	h, _ := os.Open("/etc/passwd")
	n, err = h.Write([]byte("x"))
	fmt.Println(n, err)
	n, err = h.WriteString("")
	fmt.Println(n, err)
	h.Close()

	// A nil *File.
	var nf *os.File
	fmt.Println(nf.Close(), nf.Fd() == ^uintptr(0))
	_, err = nf.Read(buf)
	fmt.Println(err, err == os.ErrInvalid)
	_, err = nf.Write(buf)
	fmt.Println(err)

	// The standard files and the environment.
	fmt.Println(os.Stdin.Name(), os.Stdout.Name(), os.Stderr.Name(), os.Stdin.Fd(), os.Stdout.Fd(), os.Stderr.Fd())
	n, err = os.Stdout.Write([]byte("direct\n"))
	fmt.Println(n, err)
	v, ok := os.LookupEnv("GLASSGO_SURELY_UNSET_VARIABLE")
	fmt.Printf("%q %v %q\n", v, ok, os.Getenv("GLASSGO_SURELY_UNSET_VARIABLE"))
	fmt.Println(len(os.Environ()) > 0)
	fmt.Println(fs.ModeDir|0755, fs.FileMode(0644), fs.ModeSymlink|fs.ModeSetuid|0777, (fs.ModeDir | 0700).IsDir(), fs.FileMode(0600).IsRegular(),
		(fs.ModeDir | 0750).Perm(), fs.ValidPath("a/b"), fs.ValidPath("/a"), fs.ValidPath("a/../b"))
}
