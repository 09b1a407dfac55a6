package main

func sls() ([]int, []int)        { return []int{1}, []int{7, 8} }
func two() (int, int)            { return 3, 4 }
func three() (int, int, int)     { return 3, 4, 5 }
func strs() ([]string, int)      { return nil, 1 }
func ms() (map[string]int, int)  { return nil, 1 }
func cps() ([]int, []string)     { return nil, nil }

func main() {
	_ = append(sls()...) // ERROR "cannot use ... with 2-valued sls\(\)"
	println(len(two()))  // ERROR "too many arguments for len\(two\(\)\) \(expected 1, found 2\)"
	println(cap(two()))  // ERROR "too many arguments for cap\(two\(\)\) \(expected 1, found 2\)"
	panic(two())         // ERROR "too many arguments for panic\(two\(\)\) \(expected 1, found 2\)"
	_ = complex(three()) // ERROR "too many arguments for complex\(three\(\)\) \(expected 2, found 3\)"
	_ = append(strs())   // ERROR "cannot use strs\(\) \(value of type int\) as type string in argument to append"
	delete(ms())         // ERROR "cannot use ms\(\) \(value of type int\) as type string in argument to delete"
	_ = copy(cps())      // ERROR "arguments to copy .* have different element types"
	_ = append(two())    // ERROR "must be a slice"
}
