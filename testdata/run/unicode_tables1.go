package main

import (
	"fmt"
	"sort"
	"unicode"
)

func count(t *unicode.RangeTable) (n int, sum int64) {
	for r := rune(0); r <= unicode.MaxRune; r += 8209 {
		if unicode.Is(t, r) {
			n++
			sum += int64(r)
		}
	}
	return
}

func dump(name string, m map[string]*unicode.RangeTable) {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(name, len(keys))
	for _, k := range keys {
		t := m[k]
		n, sum := count(t)
		fmt.Println(" ", k, len(t.R16), len(t.R32), t.LatinOffset, n, sum)
	}
}

func main() {
	dump("Categories", unicode.Categories)
	dump("Scripts", unicode.Scripts)
	dump("Properties", unicode.Properties)
	dump("FoldCategory", unicode.FoldCategory)
	dump("FoldScript", unicode.FoldScript)
	fmt.Println(unicode.Letter == unicode.L, unicode.Upper == unicode.Lu, unicode.Digit == unicode.Nd, unicode.Han == unicode.Scripts["Han"])
	fmt.Println(unicode.Latin.R16[0], unicode.Greek.R32, unicode.White_Space.R16, unicode.Cyrillic.LatinOffset)
	for _, r := range []rune{'a', 'Z', '5', '٣', ' ', '\u00a0', '世', 'α', 'Ж', '_', '!', '€', 0x1F600, -1, 0x110000} {
		fmt.Print(unicode.In(r, unicode.Latin, unicode.Greek), unicode.IsOneOf([]*unicode.RangeTable{unicode.Han, unicode.Cyrillic}, r),
			unicode.Is(unicode.Sc, r), unicode.Is(unicode.Zs, r), unicode.IsOneOf(unicode.GraphicRanges, r), unicode.IsOneOf(unicode.PrintRanges, r), " ")
	}
	fmt.Println()
	for _, r := range []rune{'A', 'a', 'K', 'k', '\u212A', 'ß', 'ẞ', 'Σ', 'σ', 'ς', 'ǅ', '1', -2, 0x10FFFF, 0x118A0, 'İ', 'ı'} {
		fmt.Printf("%U->%U ", r, unicode.SimpleFold(r))
	}
	fmt.Println()
	for _, r := range []rune{'a', 'ǆ', 'ǅ', 'ß', 'ÿ', 'ı', 'İ', 0x10400, 0x1E900, '1'} {
		fmt.Print(unicode.To(unicode.UpperCase, r), unicode.To(unicode.LowerCase, r), unicode.To(unicode.TitleCase, r), unicode.To(7, r), " ")
	}
	fmt.Println()
	n := 0
	for _, cr := range unicode.CaseRanges {
		n += int(cr.Hi-cr.Lo) + 1
	}
	fmt.Println(len(unicode.CaseRanges), n, unicode.CaseRanges[0], unicode.CaseRanges[len(unicode.CaseRanges)-1], unicode.Version)
	fmt.Println(unicode.TurkishCase.ToUpper('i'), unicode.TurkishCase.ToLower('I'), unicode.TurkishCase.ToTitle('x'), unicode.AzeriCase.ToLower('İ'))
}
