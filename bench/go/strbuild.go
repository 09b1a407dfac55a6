// String building: strings.Builder, strconv, concatenation and scanning.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

func main() {
	total := 0
	var h uint32 = 2166136261
	for round := 0; round < 20; round++ {
		var sb strings.Builder
		for i := 0; i < 50000; i++ {
			sb.WriteString("item")
			sb.WriteString(strconv.Itoa(i * round))
			sb.WriteByte(',')
			if i%7 == 0 {
				sb.WriteString(strconv.FormatFloat(float64(i)/7, 'f', 2, 64))
				sb.WriteByte(';')
			}
		}
		s := sb.String()
		total += len(s)
		for i := 0; i < len(s); i += 3 {
			h ^= uint32(s[i])
			h *= 16777619
		}
		parts := strings.Split(s[:2000], ",")
		for _, p := range parts {
			if n, err := strconv.Atoi(strings.TrimPrefix(p, "item")); err == nil {
				total += n % 10
			}
		}
	}
	fmt.Println("strbuild", total, h)
}
