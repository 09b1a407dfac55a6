package runtime

// MemStats records statistics about the memory allocator (Go 1.19's runtime.MemStats, same
// fields, order and types, so unsafe.Sizeof/Offsetof agree with Go). ReadMemStats fills it from
// glassgo's heap the way readmemstats_m does (go-runtime-facts §2.8): mcaches are flushed first,
// small allocations are counted per size class, tiny sub-allocations count as a malloc and a free.
// Not modelled (always 0): Lookups, MCacheInuse/Sys, BuckHashSys, GCSys, OtherSys, pause times,
// GCCPUFraction.
type MemStats struct {
	Alloc        uint64
	TotalAlloc   uint64
	Sys          uint64
	Lookups      uint64
	Mallocs      uint64
	Frees        uint64
	HeapAlloc    uint64
	HeapSys      uint64
	HeapIdle     uint64
	HeapInuse    uint64
	HeapReleased uint64
	HeapObjects  uint64
	StackInuse   uint64
	StackSys     uint64
	MSpanInuse   uint64
	MSpanSys     uint64
	MCacheInuse  uint64
	MCacheSys    uint64
	BuckHashSys  uint64
	GCSys        uint64
	OtherSys     uint64
	NextGC       uint64
	LastGC       uint64
	PauseTotalNs uint64
	PauseNs      [256]uint64
	PauseEnd     [256]uint64
	NumGC        uint32
	NumForcedGC  uint32
	GCCPUFraction float64
	EnableGC     bool
	DebugGC      bool
	BySize       [61]struct {
		Size    uint32
		Mallocs uint64
		Frees   uint64
	}
}

// ReadMemStats populates m with memory allocator statistics. It allocates nothing.
// native: fills *m at Go 1.19's field offsets (vm/…/lib/natives/RuntimeNatives).
func ReadMemStats(m *MemStats)
