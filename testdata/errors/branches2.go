package main

func f(x int) int {
	goto L // ERROR "goto L jumps over declaration of y at ./branches2.go:5:4"
	y := 1
L:
	_ = y
	for {
		continue M // ERROR "continue label not defined: M"
	}
	{
	N:
		x++
	}
	goto N // ERROR "goto N jumps into block starting at ./branches2.go:11:2"
}

func g(x int) {
O:
	if x > 0 {
		break O // ERROR "invalid break label O"
	}
P: // ERROR "label P defined and not used"
	for {
		break
	}
	switch x {
	case 1:
		fallthrough
	case 2:
		fallthrough // ERROR "cannot fallthrough final case in switch"
	}
Q:
	for {
		continue Q
	}
}

func h(v interface{}) {
	switch v.(type) {
	case int:
		fallthrough // ERROR "cannot fallthrough in type switch"
	case string:
	}
	func() {
		break // ERROR "break is not in a loop, switch, or select"
	}()
R:
	for {
		break R
	}
R: // ERROR "label R already defined at ./branches2.go:48:1"
	for {
	}
}

func main() {}
