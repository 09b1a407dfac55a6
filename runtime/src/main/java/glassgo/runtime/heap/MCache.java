package glassgo.runtime.heap;

import glassgo.runtime.debug.Throw;

/**
 * Go's mcache: the per-P allocation cache. Holds one span per span class ({@code alloc[136]},
 * initially the empty dummy span) and the tiny allocator's current 16-byte block.
 *
 * <p>Not thread-safe, by design: it belongs to one P, and only the goroutine running on that P
 * allocates from it, so the fast path (nextFreeFast, tiny) takes no lock. A Java thread must never
 * use another P's mcache. Counts of objects allocated from a cached span are flushed to the heap's
 * stats only when the span leaves the cache ({@link #refill}, {@link #releaseAll}), exactly as in
 * Go, so MemStats lag until ReadMemStats flushes.
 */
public final class MCache {
    final MHeap heap;
    final MSpan[] alloc = new MSpan[SpanClass.NUM_SPAN_CLASSES];
    /** Current tiny block base, or 0. */
    long tiny;
    /** Bytes used in the tiny block. */
    long tinyoffset;
    /** Tiny sub-allocations not yet flushed to stats (each counts as one malloc and one free). */
    long tinyAllocs;
    /** Bytes of scannable memory allocated since the last flush. */
    long scanAlloc;
    /** Out-parameter of nextFree: did it refill (Go's shouldhelpgc)? */
    boolean refilled;
    /** Out-parameter of refill: was the new span freshly grown from the heap (narration)? */
    boolean lastRefillGrew;
    /** Snapshot of the narration switches (checked once per allocation). */
    final boolean allocfreetrace, alloctrace;

    MCache(MHeap heap) {
        this.heap = heap;
        java.util.Arrays.fill(alloc, MSpan.EMPTY);
        this.allocfreetrace = heap.debug.allocfreetrace != 0;
        this.alloctrace = heap.debug.alloctrace != 0;
    }

    public MHeap heap() {
        return heap;
    }

    /** The span currently cached for span class spc (the empty dummy if none). */
    public MSpan cached(int spc) {
        return alloc[spc];
    }

    /** Go's nextFree: the slow path when nextFreeFast fails; may refill. Sets {@link #refilled}. */
    long nextFree(int spc) {
        MSpan s = alloc[spc];
        refilled = false;
        int freeIndex = s.nextFreeIndex();
        if (freeIndex == s.nelems) {
            if (s.allocCount != s.nelems) throw Throw.fatal("s.allocCount != s.nelems && freeIndex == s.nelems");
            refill(spc);
            refilled = true;
            s = alloc[spc];
            freeIndex = s.nextFreeIndex();
        }
        if (freeIndex >= s.nelems) throw Throw.fatal("freeIndex is not valid");
        long v = freeIndex * s.elemsize + s.startAddr;
        s.allocCount++;
        if (s.allocCount > s.nelems) throw Throw.fatal("s.allocCount > s.nelems");
        return v;
    }

    /**
     * Go's refill: return the full cached span to its mcentral (flushing its allocation count),
     * take a span with free slots, and count its whole free part in heapLive at once.
     */
    void refill(int spc) {
        MSpan s = alloc[spc];
        if (s.allocCount != s.nelems) throw Throw.fatal("refill of span with free space remaining");
        if (s != MSpan.EMPTY) {
            if (s.sweepgen != heap.sweepgen + 3) throw Throw.fatal("bad sweepgen in refill");
            heap.central(spc).uncacheSpan(s);
            long slotsUsed = s.allocCount - s.allocCountBeforeCache;
            heap.stats.smallAllocCount.addAndGet(SpanClass.sizeclass(spc), slotsUsed);
            if (spc == SpanClass.TINY_SPAN_CLASS) {
                heap.stats.tinyAllocCount.addAndGet(tinyAllocs);
                tinyAllocs = 0;
            }
            heap.stats.totalAlloc.addAndGet(slotsUsed * s.elemsize);
            s.allocCountBeforeCache = 0;
        }
        s = heap.central(spc).cacheSpan();
        if (s == null) throw Throw.fatal("out of memory");
        if (s.allocCount == s.nelems) throw Throw.fatal("span has no free space");
        lastRefillGrew = s.justGrown;
        s.justGrown = false;
        s.setSweepgen(heap.sweepgen + 3);
        s.allocCountBeforeCache = s.allocCount;
        long usedBytes = s.allocCount * s.elemsize;
        heap.heapLive.addAndGet((s.npages << MHeap.PAGE_SHIFT) - usedBytes);
        heap.heapScan.addAndGet(scanAlloc);
        scanAlloc = 0;
        alloc[spc] = s;
    }

    /** Go's allocLarge: a dedicated span for one object larger than 32 KiB. */
    MSpan allocLarge(long size, boolean noscan) {
        if (size + MHeap.PAGE_SIZE < size) throw Throw.fatal("out of memory");
        long npages = size >>> MHeap.PAGE_SHIFT;
        if ((size & (MHeap.PAGE_SIZE - 1)) != 0) npages++;
        int spc = SpanClass.make(0, noscan);
        MSpan s = heap.alloc(npages, spc);
        if (s == null) throw Throw.fatal("out of memory");
        long bytes = npages << MHeap.PAGE_SHIFT;
        heap.stats.largeAlloc.addAndGet(bytes);
        heap.stats.largeAllocCount.incrementAndGet();
        heap.stats.totalAlloc.addAndGet(bytes);
        heap.heapLive.addAndGet(bytes);
        heap.central(spc).fullSwept(heap.sweepgen).push(s);
        s.limit = s.startAddr + size;
        return s;
    }

    /**
     * Go's releaseAll: uncache every span (flushing counts and undoing the heapLive overestimate for
     * the unused slots), drop the tiny block, flush tinyAllocs. Owner thread or stopped world only.
     */
    public void releaseAll() {
        long scan = scanAlloc;
        scanAlloc = 0;
        int sg = heap.sweepgen;
        long dHeapLive = 0;
        for (int i = 0; i < alloc.length; i++) {
            MSpan s = alloc[i];
            if (s == MSpan.EMPTY) continue;
            long slotsUsed = s.allocCount - s.allocCountBeforeCache;
            s.allocCountBeforeCache = 0;
            heap.stats.smallAllocCount.addAndGet(SpanClass.sizeclass(i), slotsUsed);
            heap.stats.totalAlloc.addAndGet(slotsUsed * s.elemsize);
            if (s.sweepgen != sg + 1) dHeapLive -= (long) (s.nelems - s.allocCount) * s.elemsize;
            heap.central(i).uncacheSpan(s);
            alloc[i] = MSpan.EMPTY;
        }
        tiny = 0;
        tinyoffset = 0;
        heap.stats.tinyAllocCount.addAndGet(tinyAllocs);
        tinyAllocs = 0;
        heap.heapLive.addAndGet(dHeapLive);
        heap.heapScan.addAndGet(scan);
    }
}
