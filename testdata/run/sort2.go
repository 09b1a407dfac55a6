package main 

import (
	"fmt"
	"sort"
	"strings"
)

type Student struct {
	Name  string
	Grade int
	Score float64
}

type multiSorter struct {
	s    []Student
	less []func(a, b *Student) int
}

func (m *multiSorter) Len() int      { return len(m.s) }
func (m *multiSorter) Swap(i, j int) { m.s[i], m.s[j] = m.s[j], m.s[i] }
func (m *multiSorter) Less(i, j int) bool {
	for _, f := range m.less {
		if c := f(&m.s[i], &m.s[j]); c != 0 {
			return c < 0
		}
	}
	return false
}

func main() {
	ss := []Student{{"ann", 3, 88.5}, {"bob", 2, 92}, {"cat", 3, 92}, {"dan", 2, 75}, {"eve", 3, 88.5}, {"fay", 1, 99}}
	ms := &multiSorter{ss, []func(a, b *Student) int{
		func(a, b *Student) int { return a.Grade - b.Grade },
		func(a, b *Student) int {
			switch {
			case a.Score > b.Score:
				return -1
			case a.Score < b.Score:
				return 1
			}
			return 0
		},
		func(a, b *Student) int { return strings.Compare(a.Name, b.Name) },
	}}
	sort.Sort(ms)
	for _, s := range ss {
		fmt.Printf("%d %-4s %5.1f\n", s.Grade, s.Name, s.Score)
	}
	names := sort.StringSlice{"zed", "amy", "Bob"}
	names.Sort()
	fmt.Println(names, names.Search("amy"))
	nums := sort.IntSlice{3, 1, 2}
	sort.Sort(sort.Reverse(nums))
	fmt.Println(nums)
	fl := []float64{3.5, -0.5, 2}
	fmt.Println(sort.Float64sAreSorted(fl), sort.SearchFloat64s([]float64{1, 2, 3}, 2.5))
	pos := sort.Search(100, func(i int) bool { return i*i >= 50 })
	fmt.Println(pos)
	stable := []string{"bb", "a", "ccc", "dd", "e", "fff"}
	sort.SliceStable(stable, func(i, j int) bool { return len(stable[i]) < len(stable[j]) })
	fmt.Println(stable)
}
