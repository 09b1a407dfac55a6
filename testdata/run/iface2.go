package main

import "fmt"

func describe(i interface{}) string {
	switch v := i.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprintf("int %d", v)
	case int8, int16:
		return fmt.Sprintf("small int %v", v)
	case string:
		return "string " + v
	case bool:
		if v {
			return "yes"
		}
		return "no"
	case []int:
		return fmt.Sprintf("slice len %d", len(v))
	case error:
		return "error " + v.Error()
	case fmt.Stringer:
		return "stringer " + v.String()
	case func() int:
		return fmt.Sprint("func ", v())
	default:
		return fmt.Sprintf("other %T", v)
	}
}

type Name string

func (n Name) String() string { return "Name(" + string(n) + ")" }

type MyErr struct{ code int }

func (e *MyErr) Error() string { return fmt.Sprintf("code %d", e.code) }

func main() {
	vals := []interface{}{nil, 42, int8(3), int16(-4), "hi", true, false, []int{1, 2}, &MyErr{7}, Name("bob"), func() int { return 9 }, 3.5, map[string]int{}, struct{}{}}
	for _, v := range vals {
		fmt.Println(describe(v))
	}
	var x interface{} = 5
	switch x.(type) {
	case string:
		fmt.Println("str")
	default:
		fmt.Println("default")
	case int:
		fmt.Println("int case")
	}
}
