package glassgo.runtime.heap;

/**
 * runtime.MemStats, produced by {@link MHeap#readMemStats()} the way Go 1.19's readmemstats_m
 * produces it (go-runtime-facts §2.8). Field names are Go's, so the VM can copy them into the Go
 * struct one to one.
 *
 * <ul>
 * <li>Mallocs = large + small + tiny allocations; Frees = large + small frees + tiny allocations
 *     (a tiny sub-allocation is counted as a malloc and a free; the 16-byte block is the real
 *     object).</li>
 * <li>TotalAlloc counts size-class-rounded bytes (tiny sub-allocations add 0; their block adds 16).</li>
 * <li>Small-object counts are flushed from mcaches when spans leave them; readMemStats flushes all
 *     mcaches first, so the numbers are exact.</li>
 * <li>Not modelled (reported as 0): MCacheInuse/Sys, BuckHashSys, GCSys, OtherSys, Lookups, the
 *     OS part of StackSys, pause times. MSpanInuse/Sys use Go's 160-byte mspan in 16 KiB chunks.
 *     NextGC is Go's initial 4 MiB goal until the pacer exists.</li>
 * </ul>
 */
public final class MemStats {
    /** BySize covers size classes 0..60 only, as Go's MemStats. */
    public static final int BY_SIZE = 61;

    public long Alloc, TotalAlloc, Sys, Lookups, Mallocs, Frees;
    public long HeapAlloc, HeapSys, HeapIdle, HeapInuse, HeapReleased, HeapObjects;
    public long StackInuse, StackSys, MSpanInuse, MSpanSys, MCacheInuse, MCacheSys, BuckHashSys, GCSys, OtherSys;
    public long NextGC, LastGC, PauseTotalNs;
    public final long[] PauseNs = new long[256], PauseEnd = new long[256];
    public int NumGC, NumForcedGC;
    public double GCCPUFraction;
    public boolean EnableGC, DebugGC;
    public final BySizeEntry[] BySize = new BySizeEntry[BY_SIZE];

    /** One BySize row: size class object size, mallocs and frees of that class. */
    public static final class BySizeEntry {
        public int Size;
        public long Mallocs, Frees;
    }

    public MemStats() {
        for (int i = 0; i < BY_SIZE; i++) BySize[i] = new BySizeEntry();
    }
}
