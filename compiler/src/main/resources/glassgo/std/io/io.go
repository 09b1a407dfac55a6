// Package io is glassgo's io: the basic interfaces and errors, WriteString, Discard.
// Left out: pipes, sections, multi-readers/writers, Copy, ReadAll, ReadFull.
package io

import "errors"

// EOF is the error returned by Read when no more input is available.
var EOF = errors.New("EOF")

// ErrUnexpectedEOF means that EOF was encountered in the middle of reading a fixed-size block.
var ErrUnexpectedEOF = errors.New("unexpected EOF")

// ErrShortWrite means that a write accepted fewer bytes than requested.
var ErrShortWrite = errors.New("short write")

type Reader interface {
	Read(p []byte) (n int, err error)
}

type Writer interface {
	Write(p []byte) (n int, err error)
}

type Closer interface {
	Close() error
}

type ReadWriter interface {
	Reader
	Writer
}

type ReadCloser interface {
	Reader
	Closer
}

type WriteCloser interface {
	Writer
	Closer
}

type StringWriter interface {
	WriteString(s string) (n int, err error)
}

type ByteWriter interface {
	WriteByte(c byte) error
}

type ByteReader interface {
	ReadByte() (byte, error)
}

type RuneReader interface {
	ReadRune() (r rune, size int, err error)
}

// WriteString writes s to w, using w.WriteString when available.
func WriteString(w Writer, s string) (n int, err error) {
	if sw, ok := w.(StringWriter); ok {
		return sw.WriteString(s)
	}
	return w.Write([]byte(s))
}

type discard struct{}

func (discard) Write(p []byte) (int, error)        { return len(p), nil }
func (discard) WriteString(s string) (int, error) { return len(s), nil }

// Discard is a Writer on which all Write calls succeed without doing anything.
var Discard Writer = discard{}
