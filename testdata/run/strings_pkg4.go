package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"unicode"
)

func main() {
	// Replacer: the generic, byte, byte-string and single-string algorithms.
	reps := []*strings.Replacer{
		strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;"),
		strings.NewReplacer("a", "1", "b", "2"),
		strings.NewReplacer("a", "AA", "b", ""),
		strings.NewReplacer("hello", "HELLO"),
		strings.NewReplacer("", "X"),
		strings.NewReplacer("aaa", "3", "aa", "2", "a", "1"),
		strings.NewReplacer("a", "1", "a", "2"),
		strings.NewReplacer(),
	}
	for i, r := range reps {
		for _, s := range []string{"", "a<b>&c", "aaaaa", "hello, hello world", "banana"} {
			fmt.Printf("%d %q -> %q\n", i, s, r.Replace(s))
		}
		n, err := r.WriteString(os.Stdout, "<abba>\n")
		fmt.Println(n, err)
	}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		strings.NewReplacer("odd")
	}()

	// Reader.
	rd := strings.NewReader("héllo, world")
	fmt.Println(rd.Len(), rd.Size())
	b := make([]byte, 4)
	n, err := rd.Read(b)
	fmt.Println(n, err, string(b[:n]), rd.Len())
	r, size, err := rd.ReadRune()
	fmt.Println(r, size, err, rd.UnreadRune(), rd.UnreadRune())
	c, err := rd.ReadByte()
	fmt.Println(c, err, rd.UnreadByte())
	pos, err := rd.Seek(-5, io.SeekEnd)
	fmt.Println(pos, err)
	rest, err := io.ReadAll(rd)
	fmt.Printf("%q %v\n", rest, err)
	n, err = rd.Read(b)
	fmt.Println(n, err)
	n, err = rd.ReadAt(b, 1)
	fmt.Println(n, err, string(b[:n]))
	n, err = rd.ReadAt(b, 10)
	fmt.Println(n, err, string(b[:n]))
	_, err = rd.Seek(-1, io.SeekStart)
	fmt.Println(err)
	rd.Reset("xyz")
	var sb strings.Builder
	wn, err := rd.WriteTo(&sb)
	fmt.Println(wn, err, sb.String())

	// Title, ToValidUTF8, Special cases, Clone, EqualFold.
	for _, s := range []string{"hello wORLD", "her royal highness", "ǆungla_x y-z", "", "123abc 4x", "élan vital"} {
		fmt.Printf("%q %q %q\n", strings.Title(s), strings.ToTitle(s), strings.ToUpperSpecial(unicode.TurkishCase, s))
	}
	fmt.Println(strings.ToLowerSpecial(unicode.TurkishCase, "ÖRNEK İSTANBUL I"), strings.ToTitleSpecial(unicode.AzeriCase, "iı"))
	for _, s := range []string{"abc", "a\xffb\xfe\xfdc", "\xff", "日本\xe6語"} {
		fmt.Printf("%q %q\n", strings.ToValidUTF8(s, "?"), strings.ToValidUTF8(s, ""))
	}
	fmt.Println(strings.Clone("abc"), strings.Clone("") == "")
	pairs := [][2]string{{"Go", "GO"}, {"k", "\u212A"}, {"ß", "SS"}, {"σ", "Σ"}, {"ς", "Σ"}, {"résumé", "RÉSUMÉ"}, {"a", "ab"}, {"ǆ", "ǅ"}, {"\xff", "\xfe"}}
	for _, p := range pairs {
		fmt.Print(strings.EqualFold(p[0], p[1]), " ")
	}
	fmt.Println()

	// The rest of the API.
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 0))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", -1))
	fmt.Printf("%q\n", strings.SplitAfterN("a,b,c,d", ",", 3))
	fmt.Printf("%q\n", strings.Split("a日b", ""))
	fmt.Printf("%q\n", strings.Split("", ","))
	fmt.Printf("%q\n", strings.Fields(" a\u00a0b\u2003c\td "))
	fmt.Println(strings.LastIndexAny("golang", "gx"), strings.LastIndexAny("日本語", "本"), strings.IndexRune("chicken", 'k'),
		strings.IndexRune("a\xffb", utf8RuneError), strings.ContainsRune("abc", 'c'), strings.Count("five", ""))
	fmt.Println(strings.LastIndexFunc("go123", unicode.IsLetter), strings.TrimLeftFunc("123abc", unicode.IsDigit),
		strings.TrimRightFunc("abc123", unicode.IsDigit), strings.TrimFunc("¡¡¡Hello, Gophers!!!", func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsNumber(r)
		}))
	fmt.Println(strings.Repeat("ab", 3), strings.Repeat("", 5), strings.HasPrefix("golang", "go"), strings.HasSuffix("golang", "ng"))
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2), strings.Replace("oink", "", "-", -1), strings.ReplaceAll("aaa", "a", "bb"))
	fmt.Println(strings.Join(nil, ","), strings.Join([]string{"x"}, ","), strings.Join([]string{"x", "y", "z"}, ", "))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		strings.Repeat("x", -1)
	}()
}

const utf8RuneError = '\uFFFD'
