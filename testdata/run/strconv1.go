package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(-42), strconv.Itoa(0), strconv.Itoa(1234567))
	for _, s := range []string{"123", "-7", "+9", "abc", "", "12a", "99999999999999999999", " 1"} {
		n, err := strconv.Atoi(s)
		fmt.Println(n, err)
	}
	i, err := strconv.ParseInt("-ff", 16, 64)
	fmt.Println(i, err)
	i, err = strconv.ParseInt("300", 10, 8)
	fmt.Println(i, err)
	i, err = strconv.ParseInt("0x1f", 0, 64)
	fmt.Println(i, err)
	u, err := strconv.ParseUint("777", 8, 64)
	fmt.Println(u, err)
	u, err = strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)
	fmt.Println(strconv.FormatInt(255, 2), strconv.FormatInt(-255, 16), strconv.FormatInt(35, 36), strconv.FormatUint(1<<63, 10))
	b, err := strconv.ParseBool("true")
	fmt.Println(b, err)
	b, err = strconv.ParseBool("yes")
	fmt.Println(b, err)
	fmt.Println(strconv.FormatBool(false))
	buf := []byte("n=")
	buf = strconv.AppendInt(buf, -99, 10)
	buf = append(buf, ' ')
	buf = strconv.AppendQuote(buf, "q")
	fmt.Println(string(buf))
}
