package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode"
)

func main() {
	// Buffer.
	var buf bytes.Buffer
	buf.WriteString("hello ")
	buf.Write([]byte("world"))
	buf.WriteByte('!')
	buf.WriteRune('€')
	fmt.Fprintf(&buf, " %d", 42)
	fmt.Println(buf.String(), buf.Len(), buf.Cap() >= buf.Len())
	p := make([]byte, 5)
	n, err := buf.Read(p)
	fmt.Printf("%d %v %q %q\n", n, err, p[:n], buf.String())
	c, _ := buf.ReadByte()
	fmt.Println(c, buf.UnreadByte(), buf.UnreadByte())
	line, err := buf.ReadString('!')
	fmt.Printf("%q %v\n", line, err)
	r, size, err := buf.ReadRune()
	fmt.Println(r, size, err, buf.UnreadRune())
	bs, err := buf.ReadBytes('x')
	fmt.Printf("%q %v\n", bs, err)
	n, err = buf.Read(p)
	fmt.Println(n, err, buf.Len())
	buf.Reset()
	buf.Grow(100)
	fmt.Println(buf.Len(), buf.Cap() >= 100)
	b2 := bytes.NewBufferString("abcdef")
	fmt.Printf("%q %q\n", b2.Next(2), b2.Bytes())
	b2.Truncate(2)
	fmt.Println(b2.String())
	var sb strings.Builder
	wn, err := bytes.NewBuffer([]byte("to writer")).WriteTo(&sb)
	fmt.Println(wn, err, sb.String())
	var b3 bytes.Buffer
	rn, err := b3.ReadFrom(strings.NewReader("from reader"))
	fmt.Println(rn, err, b3.String())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		b3.Truncate(100)
	}()
	var nb *bytes.Buffer
	fmt.Println(nb.String())
	fmt.Println(errors.Is(bytes.ErrTooLarge, bytes.ErrTooLarge), bytes.MinRead)

	// Reader.
	rd := bytes.NewReader([]byte("0123456789"))
	rd.Seek(3, io.SeekStart)
	all, _ := io.ReadAll(rd)
	fmt.Printf("%q %d %d\n", all, rd.Len(), rd.Size())
	rn2, err := rd.ReadAt(p, 8)
	fmt.Println(rn2, err, string(p[:rn2]))

	// Functions.
	s := []byte("  Hello, Gophers! Hello!  ")
	fmt.Println(bytes.Contains(s, []byte("Go")), bytes.ContainsAny(s, "xyz!"), bytes.ContainsRune(s, 'G'), bytes.Count(s, []byte("l")), bytes.Count(s, nil))
	fmt.Println(bytes.Index(s, []byte("Hello")), bytes.LastIndex(s, []byte("Hello")), bytes.IndexByte(s, '!'), bytes.IndexRune(s, 'G'), bytes.IndexAny(s, "!,"), bytes.LastIndexAny(s, "H"), bytes.LastIndexByte(s, 'o'))
	fmt.Println(bytes.Index([]byte(strings.Repeat("ab", 100)+"abc"), []byte("abc")), bytes.Index([]byte(strings.Repeat("x", 70)), []byte(strings.Repeat("x", 66)+"y")))
	fmt.Println(bytes.Equal([]byte("a"), []byte("a")), bytes.Equal(nil, []byte{}), bytes.Compare([]byte("a"), []byte("b")), bytes.Compare(nil, nil), bytes.EqualFold([]byte("Go"), []byte("GO")))
	fmt.Printf("%q\n", bytes.Fields(s))
	fmt.Printf("%q\n", bytes.Split([]byte("a,b,,c"), []byte(",")))
	fmt.Printf("%q\n", bytes.SplitN([]byte("a,b,,c"), []byte(","), 2))
	fmt.Printf("%q\n", bytes.SplitAfter([]byte("a,b,c"), []byte(",")))
	fmt.Printf("%q\n", bytes.FieldsFunc([]byte("a1b2c3"), unicode.IsDigit))
	fmt.Printf("%s|%s|%s|%s\n", bytes.TrimSpace(s), bytes.Trim(s, " !"), bytes.TrimLeft(s, " H"), bytes.TrimRight(s, " !o"))
	fmt.Printf("%s|%s|%s\n", bytes.TrimPrefix([]byte("prefix-x"), []byte("prefix-")), bytes.TrimSuffix([]byte("x.go"), []byte(".go")), bytes.TrimFunc([]byte("123abc456"), unicode.IsDigit))
	fmt.Printf("%s|%s|%s|%s\n", bytes.ToUpper(s), bytes.ToLower(s), bytes.Title([]byte("ab cd")), bytes.ToTitle([]byte("ab")))
	fmt.Printf("%s|%s|%s\n", bytes.Repeat([]byte("ab"), 3), bytes.Replace(s, []byte("Hello"), []byte("Bye"), 1), bytes.ReplaceAll(s, []byte("l"), []byte("L")))
	fmt.Printf("%s|%s\n", bytes.Join([][]byte{[]byte("a"), []byte("b")}, []byte("--")), bytes.Map(func(r rune) rune {
		if r == 'l' {
			return -1
		}
		return unicode.ToUpper(r)
	}, s))
	before, after, found := bytes.Cut([]byte("k=v"), []byte("="))
	fmt.Printf("%s %s %v\n", before, after, found)
	fmt.Println(bytes.HasPrefix(s, []byte("  H")), bytes.HasSuffix(s, []byte("!  ")), bytes.IndexFunc(s, unicode.IsUpper), bytes.LastIndexFunc(s, unicode.IsUpper))
	fmt.Printf("%q %q\n", bytes.ToValidUTF8([]byte("a\xffb"), []byte("?")), bytes.Runes([]byte("héllo")))
}
