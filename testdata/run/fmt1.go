package main 

import "fmt"

func main() {
	fmt.Printf("|%d|%5d|%-5d|%05d|%+d|% d|\n", 42, 42, 42, 42, 42, 42)
	fmt.Printf("|%d|%5d|%-5d|%05d|%+d|\n", -42, -42, -42, -42, -42)
	fmt.Printf("|%x|%X|%#x|%08x|%o|%#o|%b|\n", 255, 255, 255, 255, 8, 8, 5)
	fmt.Printf("|%c|%q|%U|%#U|\n", 'G', 'G', 'G', '世')
	fmt.Printf("|%s|%10s|%-10s|%.2s|%q|\n", "go", "go", "go", "golang", "go")
	fmt.Printf("|%t|%v|%5t|\n", true, false, true)
	fmt.Printf("|%e|%.2e|%f|%.0f|%10.3f|%-10.1f|%g|\n", 123.456, 123.456, 123.456, 2.5, 3.14159, 2.0, 0.00001234)
	fmt.Printf("|%*d|%-*d|%.*f|\n", 6, 7, 4, 8, 2, 3.14159)
	fmt.Printf("|%v|%+v|%T|\n", []string{"a"}, map[int]bool{1: true}, []interface{}{1})
	fmt.Printf("100%%\n")
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d\n")
	fmt.Printf("%d %d\n", 1, 2, 3)
	fmt.Printf("%!\n", 1)
	fmt.Printf("%v %v %v\n", nil, []int(nil), map[string]int(nil))
	fmt.Printf("%x %X % x\n", "hello", []byte{1, 171}, []byte{1, 2, 3})
	fmt.Printf("%6.2f%%\n", 45.678)
	fmt.Printf("%3c|%-3c|\n", 'a', 'b')
	fmt.Printf("%08.3f|%+.1e|%x\n", -3.5, 12345.678, 3.5)
	fmt.Printf("%t %v\n", 1, struct{}{})
	fmt.Printf("%5v|%-5v|%05v\n", 12, 12, 12)
	fmt.Printf("%q\n", []string{"a b", "c"})
	fmt.Printf("%x %X\n", -255, uint8(200))
	fmt.Printf("%010.4f|%+05d\n", 3.14159265, 7)
}
