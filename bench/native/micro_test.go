// Native Go counterparts of the JMH benchmarks MapBench and MallocBench (same operations, same
// keys, per-operation figures), so the JVM numbers can be read against real Go on the same machine.
// Run: cd bench/native && GO111MODULE=off go test -bench . -benchtime 1s
package native

import (
	"fmt"
	"testing"
)

const N = 1000

var (
	intKeys [N]int
	strKeys [N]string
	intFull map[int]int
	strFull map[string]int
	sink    int
)

func init() {
	for i := 0; i < N; i++ {
		intKeys[i] = int(uint64(i) * 0x9E3779B97F4A7C15)
		strKeys[i] = fmt.Sprintf("key-%012d", i*7919)
	}
	intFull = make(map[int]int)
	strFull = make(map[string]int)
	for i := 0; i < N; i++ {
		intFull[intKeys[i]] = i
		strFull[strKeys[i]] = i
	}
}

func BenchmarkIntInsert(b *testing.B) {
	for n := 0; n < b.N; n += N {
		m := make(map[int]int)
		for i := 0; i < N; i++ {
			m[intKeys[i]] = i
		}
		sink += len(m)
	}
}

func BenchmarkIntLookup(b *testing.B) {
	s := 0
	for n := 0; n < b.N; n += N {
		for i := 0; i < N; i++ {
			s += intFull[intKeys[i]]
		}
	}
	sink += s
}

func BenchmarkIntDeleteReinsert(b *testing.B) {
	for n := 0; n < b.N; n += N {
		for i := 0; i < N; i++ {
			delete(intFull, intKeys[i])
			intFull[intKeys[i]] = i
		}
	}
}

func BenchmarkStrInsert(b *testing.B) {
	for n := 0; n < b.N; n += N {
		m := make(map[string]int)
		for i := 0; i < N; i++ {
			m[strKeys[i]] = i
		}
		sink += len(m)
	}
}

func BenchmarkStrLookup(b *testing.B) {
	s := 0
	for n := 0; n < b.N; n += N {
		for i := 0; i < N; i++ {
			s += strFull[strKeys[i]]
		}
	}
	sink += s
}

func BenchmarkStrDeleteReinsert(b *testing.B) {
	for n := 0; n < b.N; n += N {
		for i := 0; i < N; i++ {
			delete(strFull, strKeys[i])
			strFull[strKeys[i]] = i
		}
	}
}

type obj64 struct {
	p    *obj64
	rest [7]int64
}

var (
	tiny  [N]*int64
	small [N]*obj64
	large [16][]byte
)

func BenchmarkTiny8(b *testing.B) {
	for n := 0; n < b.N; n++ {
		tiny[n%N] = new(int64)
	}
}

func BenchmarkSmall64Scan(b *testing.B) {
	for n := 0; n < b.N; n++ {
		small[n%N] = new(obj64)
	}
}

func BenchmarkLarge40k(b *testing.B) {
	for n := 0; n < b.N; n++ {
		large[n%16] = make([]byte, 40000)
	}
}
