package main

import (
	"fmt"
	"strconv"
	"strings"
)

type VM struct {
	stack []int
	trace bool
}

func (vm *VM) push(v int) { vm.stack = append(vm.stack, v) }
func (vm *VM) pop() int {
	v := vm.stack[len(vm.stack)-1]
	vm.stack = vm.stack[:len(vm.stack)-1]
	return v
}

func (vm *VM) Run(prog string) (result int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("vm error: %v", r)
		}
	}()
	for _, tok := range strings.Fields(prog) {
		switch tok {
		case "+", "-", "*", "/", "%":
			b, a := vm.pop(), vm.pop()
			switch tok {
			case "+":
				vm.push(a + b)
			case "-":
				vm.push(a - b)
			case "*":
				vm.push(a * b)
			case "/":
				vm.push(a / b)
			case "%":
				vm.push(a % b)
			}
		case "dup":
			v := vm.pop()
			vm.push(v)
			vm.push(v)
		case "swap":
			b, a := vm.pop(), vm.pop()
			vm.push(b)
			vm.push(a)
		default:
			n, err := strconv.Atoi(tok)
			if err != nil {
				return 0, err
			}
			vm.push(n)
		}
	}
	return vm.pop(), nil
}

func main() {
	for _, p := range []string{"1 2 +", "3 4 * 5 -", "2 dup * dup *", "10 3 swap -", "1 0 /", "+", "7 x +", "100 7 % 3 *"} {
		vm := &VM{}
		r, err := vm.Run(p)
		fmt.Printf("%-16q => %d, %v\n", p, r, err)
	}
}
