package main

// Keys and values larger than 128 bytes are stored indirectly (the bucket holds pointers);
// semantics are unchanged: insert, overwrite, lookup, delete, growth and iteration.

import (
	"fmt"
	"sort"
)

type BigKey struct {
	id  int
	pad [20]int64
}

type BigVal struct {
	vals [40]int32
	name string
}

func key(i int) BigKey {
	var k BigKey
	k.id = i
	k.pad[19] = int64(i * 3)
	return k
}

func main() {
	m := map[BigKey]BigVal{}
	for i := 0; i < 200; i++ {
		var v BigVal
		v.vals[39] = int32(i)
		v.name = fmt.Sprint("v", i)
		m[key(i)] = v
	}
	fmt.Println(len(m), m[key(7)].name, m[key(199)].vals[39])
	v := m[key(5)]
	v.name = "changed copy"
	fmt.Println(m[key(5)].name)
	v.name = "stored"
	m[key(5)] = v
	fmt.Println(m[key(5)].name, len(m))
	k := key(9)
	k.pad[0] = 1
	_, ok := m[k]
	fmt.Println(ok)
	for i := 0; i < 200; i += 2 {
		delete(m, key(i))
	}
	ids := []int{}
	sum := 0
	for k, v := range m {
		ids = append(ids, k.id)
		sum += int(v.vals[39])
		if k.pad[19] != int64(k.id*3) {
			fmt.Println("BUG key copy")
		}
	}
	sort.Ints(ids)
	fmt.Println(len(ids), ids[:5], sum)

	// big values, small keys; value of array type updated in place via a pointer element
	pm := map[string]*BigVal{}
	for _, s := range []string{"a", "b", "c"} {
		pm[s] = &BigVal{name: s}
	}
	pm["b"].vals[0] = 42
	fmt.Println(pm["b"].vals[0], pm["b"].name, len(pm))

	// big array values
	am := map[int][300]byte{}
	var a [300]byte
	a[299] = 9
	am[1] = a
	a[299] = 10
	fmt.Println(am[1][299], am[2][299], len(am))
}
