// Package utf8 is glassgo's unicode/utf8, in plain Go with Go 1.19's exact results:
// an invalid or incomplete sequence decodes as (RuneError, 1), an empty input as (RuneError, 0).
package utf8

const (
	RuneError = '\uFFFD'     // the "error" Rune or "Unicode replacement character"
	RuneSelf  = 0x80         // characters below RuneSelf are represented as themselves in a single byte.
	MaxRune   = '\U0010FFFF' // Maximum valid Unicode code point.
	UTFMax    = 4            // maximum number of bytes of a UTF-8 encoded Unicode character.
)

const (
	surrogateMin = 0xD800
	surrogateMax = 0xDFFF
)

// seqInfo describes a leading byte: the sequence length (0: invalid) and the valid
// range of the second byte.
func seqInfo(b0 byte) (size int, lo, hi byte) {
	switch {
	case b0 < 0x80:
		return 1, 0, 0
	case b0 < 0xC2:
		return 0, 0, 0
	case b0 < 0xE0:
		return 2, 0x80, 0xBF
	case b0 == 0xE0:
		return 3, 0xA0, 0xBF
	case b0 == 0xED:
		return 3, 0x80, 0x9F
	case b0 < 0xF0:
		return 3, 0x80, 0xBF
	case b0 == 0xF0:
		return 4, 0x90, 0xBF
	case b0 < 0xF4:
		return 4, 0x80, 0xBF
	case b0 == 0xF4:
		return 4, 0x80, 0x8F
	}
	return 0, 0, 0
}

// FullRune reports whether p begins with a full UTF-8 encoding of a rune
// (an invalid encoding counts as a full rune, since it decodes as a width-1 error).
func FullRune(p []byte) bool {
	n := len(p)
	if n == 0 {
		return false
	}
	size, lo, hi := seqInfo(p[0])
	if size <= 1 || n >= size {
		return true
	}
	if n > 1 && (p[1] < lo || hi < p[1]) {
		return true
	}
	if n > 2 && (p[2] < 0x80 || 0xBF < p[2]) {
		return true
	}
	return false
}

// FullRuneInString is like FullRune but its input is a string.
func FullRuneInString(s string) bool {
	n := len(s)
	if n == 0 {
		return false
	}
	size, lo, hi := seqInfo(s[0])
	if size <= 1 || n >= size {
		return true
	}
	if n > 1 && (s[1] < lo || hi < s[1]) {
		return true
	}
	if n > 2 && (s[2] < 0x80 || 0xBF < s[2]) {
		return true
	}
	return false
}

// DecodeRune unpacks the first UTF-8 encoding in p and returns the rune and its width.
func DecodeRune(p []byte) (r rune, size int) {
	n := len(p)
	if n < 1 {
		return RuneError, 0
	}
	b0 := p[0]
	sz, lo, hi := seqInfo(b0)
	if sz == 1 {
		return rune(b0), 1
	}
	if sz == 0 || n < sz {
		return RuneError, 1
	}
	b1 := p[1]
	if b1 < lo || hi < b1 {
		return RuneError, 1
	}
	if sz == 2 {
		return rune(b0&0x1F)<<6 | rune(b1&0x3F), 2
	}
	b2 := p[2]
	if b2 < 0x80 || 0xBF < b2 {
		return RuneError, 1
	}
	if sz == 3 {
		return rune(b0&0x0F)<<12 | rune(b1&0x3F)<<6 | rune(b2&0x3F), 3
	}
	b3 := p[3]
	if b3 < 0x80 || 0xBF < b3 {
		return RuneError, 1
	}
	return rune(b0&0x07)<<18 | rune(b1&0x3F)<<12 | rune(b2&0x3F)<<6 | rune(b3&0x3F), 4
}

// DecodeRuneInString is like DecodeRune but its input is a string.
func DecodeRuneInString(s string) (r rune, size int) {
	n := len(s)
	if n < 1 {
		return RuneError, 0
	}
	b0 := s[0]
	sz, lo, hi := seqInfo(b0)
	if sz == 1 {
		return rune(b0), 1
	}
	if sz == 0 || n < sz {
		return RuneError, 1
	}
	b1 := s[1]
	if b1 < lo || hi < b1 {
		return RuneError, 1
	}
	if sz == 2 {
		return rune(b0&0x1F)<<6 | rune(b1&0x3F), 2
	}
	b2 := s[2]
	if b2 < 0x80 || 0xBF < b2 {
		return RuneError, 1
	}
	if sz == 3 {
		return rune(b0&0x0F)<<12 | rune(b1&0x3F)<<6 | rune(b2&0x3F), 3
	}
	b3 := s[3]
	if b3 < 0x80 || 0xBF < b3 {
		return RuneError, 1
	}
	return rune(b0&0x07)<<18 | rune(b1&0x3F)<<12 | rune(b2&0x3F)<<6 | rune(b3&0x3F), 4
}

func isContinuation(b byte) bool { return b&0xC0 == 0x80 }

// DecodeLastRune unpacks the last UTF-8 encoding in p and returns the rune and its width.
func DecodeLastRune(p []byte) (r rune, size int) {
	end := len(p)
	if end == 0 {
		return RuneError, 0
	}
	start := end - 1
	if p[start] < RuneSelf {
		return rune(p[start]), 1
	}
	lim := end - UTFMax
	if lim < 0 {
		lim = 0
	}
	for start--; start >= lim; start-- {
		if !isContinuation(p[start]) {
			break
		}
	}
	if start < 0 {
		start = 0
	}
	r, size = DecodeRune(p[start:end])
	if start+size != end {
		return RuneError, 1
	}
	return r, size
}

// DecodeLastRuneInString is like DecodeLastRune but its input is a string.
func DecodeLastRuneInString(s string) (r rune, size int) {
	end := len(s)
	if end == 0 {
		return RuneError, 0
	}
	start := end - 1
	if s[start] < RuneSelf {
		return rune(s[start]), 1
	}
	lim := end - UTFMax
	if lim < 0 {
		lim = 0
	}
	for start--; start >= lim; start-- {
		if !isContinuation(s[start]) {
			break
		}
	}
	if start < 0 {
		start = 0
	}
	r, size = DecodeRuneInString(s[start:end])
	if start+size != end {
		return RuneError, 1
	}
	return r, size
}

// RuneLen returns the number of bytes needed to encode r, or -1 if r is not valid.
func RuneLen(r rune) int {
	switch {
	case r < 0:
		return -1
	case r < 0x80:
		return 1
	case r < 0x800:
		return 2
	case surrogateMin <= r && r <= surrogateMax:
		return -1
	case r < 0x10000:
		return 3
	case r <= MaxRune:
		return 4
	}
	return -1
}

// EncodeRune writes the UTF-8 encoding of r (RuneError if invalid) into p and returns its length.
func EncodeRune(p []byte, r rune) int {
	switch i := uint32(r); {
	case i < 0x80:
		p[0] = byte(r)
		return 1
	case i < 0x800:
		_ = p[1]
		p[0] = 0xC0 | byte(r>>6)
		p[1] = 0x80 | byte(r)&0x3F
		return 2
	case i > MaxRune, surrogateMin <= i && i <= surrogateMax:
		r = RuneError
		fallthrough
	case i < 0x10000:
		_ = p[2]
		p[0] = 0xE0 | byte(r>>12)
		p[1] = 0x80 | byte(r>>6)&0x3F
		p[2] = 0x80 | byte(r)&0x3F
		return 3
	default:
		_ = p[3]
		p[0] = 0xF0 | byte(r>>18)
		p[1] = 0x80 | byte(r>>12)&0x3F
		p[2] = 0x80 | byte(r>>6)&0x3F
		p[3] = 0x80 | byte(r)&0x3F
		return 4
	}
}

// AppendRune appends the UTF-8 encoding of r to the end of p.
func AppendRune(p []byte, r rune) []byte {
	if uint32(r) < RuneSelf {
		return append(p, byte(r))
	}
	var buf [UTFMax]byte
	n := EncodeRune(buf[:], r)
	return append(p, buf[:n]...)
}

// RuneCount returns the number of runes in p (invalid bytes count one each).
func RuneCount(p []byte) int {
	n := 0
	for i := 0; i < len(p); n++ {
		if p[i] < RuneSelf {
			i++
			continue
		}
		_, size := DecodeRune(p[i:])
		i += size
	}
	return n
}

// RuneCountInString is like RuneCount but its input is a string.
func RuneCountInString(s string) int {
	n := 0
	for i := 0; i < len(s); n++ {
		if s[i] < RuneSelf {
			i++
			continue
		}
		_, size := DecodeRuneInString(s[i:])
		i += size
	}
	return n
}

// RuneStart reports whether b could be the first byte of an encoded rune.
func RuneStart(b byte) bool { return b&0xC0 != 0x80 }

// Valid reports whether p consists entirely of valid UTF-8-encoded runes.
func Valid(p []byte) bool {
	for i := 0; i < len(p); {
		if p[i] < RuneSelf {
			i++
			continue
		}
		r, size := DecodeRune(p[i:])
		if r == RuneError && size == 1 {
			return false
		}
		i += size
	}
	return true
}

// ValidString reports whether s consists entirely of valid UTF-8-encoded runes.
func ValidString(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < RuneSelf {
			i++
			continue
		}
		r, size := DecodeRuneInString(s[i:])
		if r == RuneError && size == 1 {
			return false
		}
		i += size
	}
	return true
}

// ValidRune reports whether r can be legally encoded as UTF-8.
func ValidRune(r rune) bool {
	switch {
	case 0 <= r && r < surrogateMin:
		return true
	case surrogateMax < r && r <= MaxRune:
		return true
	}
	return false
}
