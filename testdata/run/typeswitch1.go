package main

import (
	"fmt"
	"strconv"
)

type Celsius float64
type Point struct{ X, Y int }

func toString(v interface{}) string {
	switch x := v.(type) {
	case string:
		return strconv.Quote(x)
	case int, int64:
		return fmt.Sprintf("int:%v", x)
	case float64:
		return strconv.FormatFloat(x, 'f', 2, 64)
	case Celsius:
		return fmt.Sprintf("%.1fC", float64(x))
	case Point:
		return fmt.Sprintf("P(%d,%d)", x.X, x.Y)
	case *Point:
		if x == nil {
			return "nil *Point"
		}
		return "&" + toString(*x)
	case []interface{}:
		s := "["
		for i, e := range x {
			if i > 0 {
				s += " "
			}
			s += toString(e)
		}
		return s + "]"
	case map[string]int:
		return fmt.Sprintf("map with %d keys", len(x))
	case error:
		return "error(" + x.Error() + ")"
	case nil:
		return "nil"
	}
	return fmt.Sprintf("?%T", v)
}

func main() {
	var np *Point
	vals := []interface{}{"hi", 1, int64(2), 3.14159, Celsius(36.6), Point{1, 2}, &Point{3, 4}, np,
		[]interface{}{1, "x", []interface{}{2.5}}, map[string]int{"a": 1}, fmt.Errorf("e%d", 1), nil, uint(7), true}
	for _, v := range vals {
		fmt.Println(toString(v))
	}
}
