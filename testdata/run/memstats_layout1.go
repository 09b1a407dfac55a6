package main

// runtime.MemStats has Go 1.19's exact layout (ReadMemStats writes it field by field).

import (
	"fmt"
	"runtime"
	"unsafe"
)

func main() {
	var m runtime.MemStats
	fmt.Println("size", unsafe.Sizeof(m), "align", unsafe.Alignof(m))
	fmt.Println(unsafe.Offsetof(m.Alloc), unsafe.Offsetof(m.TotalAlloc), unsafe.Offsetof(m.Mallocs), unsafe.Offsetof(m.Frees))
	fmt.Println(unsafe.Offsetof(m.HeapAlloc), unsafe.Offsetof(m.HeapObjects), unsafe.Offsetof(m.NextGC), unsafe.Offsetof(m.PauseTotalNs))
	fmt.Println(unsafe.Offsetof(m.PauseNs), unsafe.Offsetof(m.PauseEnd), unsafe.Offsetof(m.NumGC), unsafe.Offsetof(m.NumForcedGC))
	fmt.Println(unsafe.Offsetof(m.GCCPUFraction), unsafe.Offsetof(m.EnableGC), unsafe.Offsetof(m.DebugGC), unsafe.Offsetof(m.BySize))
	fmt.Println(unsafe.Sizeof(m.BySize[0]), unsafe.Offsetof(m.BySize[0].Mallocs), unsafe.Sizeof(m.BySize))
	runtime.ReadMemStats(&m)
	// The values that are the same in every fresh Go 1.19 process.
	fmt.Println("NextGC", m.NextGC, "NumGC", m.NumGC, "EnableGC", m.EnableGC, "DebugGC", m.DebugGC)
	for i, c := range m.BySize {
		if i < 8 || i > 57 {
			fmt.Print(c.Size, " ")
		}
	}
	fmt.Println()
	fmt.Println(m.HeapAlloc == m.Alloc, m.HeapObjects == m.Mallocs-m.Frees, m.HeapSys == m.HeapInuse+m.HeapIdle)
	fmt.Println(m.HeapInuse%8192 == 0, m.HeapAlloc <= m.HeapInuse, m.Sys >= m.HeapSys+m.StackSys)
}
