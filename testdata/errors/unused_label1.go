package main

func main() {
unused: // ERROR "label unused defined and not used"
	for i := 0; i < 1; i++ {
	}
}
