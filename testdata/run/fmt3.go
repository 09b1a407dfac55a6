package main

import (
	"fmt"
	"strings"
)

type Row struct {
	Name  string
	Qty   int
	Price float64
}

func main() {
	rows := []Row{{"apple", 3, 0.5}, {"banana", 12, 0.25}, {"cherry", 100, 10}, {"dragonfruit", 1, 3.999}}
	fmt.Printf("%-12s %5s %8s %9s\n", "ITEM", "QTY", "PRICE", "TOTAL")
	fmt.Println(strings.Repeat("=", 37))
	total := 0.0
	for _, r := range rows {
		t := float64(r.Qty) * r.Price
		total += t
		fmt.Printf("%-12s %5d %8.2f %9.2f\n", r.Name, r.Qty, r.Price, t)
	}
	fmt.Println(strings.Repeat("-", 37))
	fmt.Printf("%-12s %24.2f\n", "TOTAL", total)
	for i := 1; i <= 5; i++ {
		fmt.Printf("%3d %3d %4d %6.3f %s\n", i, i*i, i*i*i, 1/float64(i), strings.Repeat("*", i))
	}
	fmt.Printf("[%6.2f] [%-8.3e] [%+.3g] [%g]\n", 3.14159, 1234.5, 0.000123456, 1e100)
	fmt.Printf("[%v] [%.3v] [%10.4v]\n", 2.0/3, 2.0/3, 2.0/3)
	fmt.Printf("[%s] [%v] [%d]\n", []string{"x", "y"}, [2]bool{true, false}, []int8{-1, 2})
	fmt.Printf("%08b %o %x %X %#b\n", 37, 64, 3054, 3054, 5)
	fmt.Printf("%v|%6v|%-6v|\n", "s", true, 1.5)
}
