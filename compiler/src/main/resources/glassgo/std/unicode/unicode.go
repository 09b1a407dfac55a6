// Package unicode is glassgo's unicode: the common predicates and case mappings, with
// ASCII handled in Go and everything else answered by natives backed by tables generated
// from Go 1.19 itself (Unicode 13.0.0; glassgo.vm.lib.strconv.Unicode).
//
// natives:
//   isLetter(r rune) bool  — Unicode.isLetter     isDigit(r rune) bool  — Unicode.isDigit
//   isNumber(r rune) bool  — Unicode.isNumber     isSpace(r rune) bool  — Unicode.isSpace
//   isUpper(r rune) bool   — Unicode.isUpper      isLower(r rune) bool  — Unicode.isLower
//   isTitle(r rune) bool   — Unicode.isTitle      isPunct(r rune) bool  — Unicode.isPunct
//   isMark(r rune) bool    — Unicode.isMark       isSymbol(r rune) bool — Unicode.isSymbol
//   isPrint(r rune) bool   — Unicode.isUnicodePrint
//   isGraphic(r rune) bool — Unicode.isUnicodeGraphic
//   toUpper(r rune) rune   — Unicode.toUpper      toLower(r rune) rune  — Unicode.toLower
//   toTitle(r rune) rune   — Unicode.toTitle
//
// Left out: RangeTable and the category/script tables (Is, In, IsOneOf), SimpleFold,
// SpecialCase.
package unicode

const (
	MaxRune         = '\U0010FFFF' // Maximum valid Unicode code point.
	ReplacementChar = '\uFFFD'     // Represents invalid code points.
	MaxASCII        = '\u007F'     // maximum ASCII value.
	MaxLatin1       = '\u00FF'     // maximum Latin-1 value.
)

const (
	UpperCase = iota
	LowerCase
	TitleCase
	MaxCase
)

const Version = "13.0.0"

func isLetter(r rune) bool
func isDigit(r rune) bool
func isNumber(r rune) bool
func isSpace(r rune) bool
func isUpper(r rune) bool
func isLower(r rune) bool
func isTitle(r rune) bool
func isPunct(r rune) bool
func isMark(r rune) bool
func isSymbol(r rune) bool
func isPrint(r rune) bool
func isGraphic(r rune) bool
func toUpper(r rune) rune
func toLower(r rune) rune
func toTitle(r rune) rune

func IsLetter(r rune) bool {
	if uint32(r) <= MaxASCII {
		return 'a' <= r|0x20 && r|0x20 <= 'z'
	}
	return isLetter(r)
}

func IsDigit(r rune) bool {
	if uint32(r) <= MaxASCII {
		return '0' <= r && r <= '9'
	}
	return isDigit(r)
}

func IsNumber(r rune) bool {
	if uint32(r) <= MaxASCII {
		return '0' <= r && r <= '9'
	}
	return isNumber(r)
}

// IsSpace reports white space: '\t', '\n', '\v', '\f', '\r', ' ', U+0085, U+00A0 in
// Latin-1, and the White_Space property beyond it.
func IsSpace(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		switch r {
		case '\t', '\n', '\v', '\f', '\r', ' ', 0x85, 0xA0:
			return true
		}
		return false
	}
	return isSpace(r)
}

func IsUpper(r rune) bool {
	if uint32(r) <= MaxASCII {
		return 'A' <= r && r <= 'Z'
	}
	return isUpper(r)
}

func IsLower(r rune) bool {
	if uint32(r) <= MaxASCII {
		return 'a' <= r && r <= 'z'
	}
	return isLower(r)
}

func IsTitle(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return false
	}
	return isTitle(r)
}

func IsPunct(r rune) bool  { return isPunct(r) }
func IsMark(r rune) bool   { return isMark(r) }
func IsSymbol(r rune) bool { return isSymbol(r) }

// IsControl reports whether r is a C0 or C1 control character.
func IsControl(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return r < 0x20 || 0x7F <= r && r <= 0x9F
	}
	return false
}

func IsPrint(r rune) bool {
	if uint32(r) <= MaxASCII {
		return 0x20 <= r && r < 0x7F
	}
	return isPrint(r)
}

func IsGraphic(r rune) bool {
	if uint32(r) <= MaxASCII {
		return 0x20 <= r && r < 0x7F
	}
	return isGraphic(r)
}

func ToUpper(r rune) rune {
	if r <= MaxASCII {
		if 'a' <= r && r <= 'z' {
			r -= 'a' - 'A'
		}
		return r
	}
	return toUpper(r)
}

func ToLower(r rune) rune {
	if r <= MaxASCII {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r
	}
	return toLower(r)
}

func ToTitle(r rune) rune {
	if r <= MaxASCII {
		if 'a' <= r && r <= 'z' {
			r -= 'a' - 'A'
		}
		return r
	}
	return toTitle(r)
}

// To maps r to the case _case (UpperCase, LowerCase or TitleCase).
func To(_case int, r rune) rune {
	switch _case {
	case UpperCase:
		return ToUpper(r)
	case LowerCase:
		return ToLower(r)
	case TitleCase:
		return ToTitle(r)
	}
	return ReplacementChar
}
