package main

// Conversions Go compiles without a copy (walk/order.go OSTR2BYTESTMP, OBYTES2STRTMP): the
// converted value is never stored, so it does not escape.

func rangeBytes(s string) int { // ERROR "s does not escape"
	n := 0
	for i, c := range []byte(s) { // ERROR "\(\[\]byte\)\(s\) does not escape"
		n += i + int(c)
	}
	return n
}

func concat(b []byte) string { // ERROR "b does not escape"
	return "<" + string(b) + ">" // ERROR "\x22<\x22 \+ string\(b\) \+ \x22>\x22 escapes to heap" "string\(b\) does not escape"
}

func concatNoLit(b, c []byte) string { // ERROR "b does not escape" "c does not escape"
	return string(b) + string(c) // ERROR "string\(b\) \+ string\(c\) escapes to heap" "string\(b\) does not escape" "string\(c\) does not escape"
}

func sw(b []byte) int { // ERROR "b does not escape"
	switch string(b) { // ERROR "string\(b\) does not escape"
	case "a":
		return 1
	case "bb":
		return 2
	}
	return 0
}

func lookup(m map[string]int, b []byte) int { // ERROR "m does not escape" "b does not escape"
	return m[string(b)] // ERROR "string\(b\) does not escape"
}

func cmp(a, b []byte) bool { // ERROR "a does not escape" "b does not escape"
	return string(a) == "x" || string(a) < string(b) // ERROR "string\(a\) does not escape" "string\(a\) does not escape" "string\(b\) does not escape"
}

var sink string

func store(b []byte) { // ERROR "b does not escape"
	sink = string(b) // ERROR "string\(b\) escapes to heap"
}

func main() {
	_ = rangeBytes("x")
}
