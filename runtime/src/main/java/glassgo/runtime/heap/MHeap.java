package glassgo.runtime.heap;

import glassgo.runtime.debug.Debug;
import glassgo.runtime.debug.Throw;
import glassgo.runtime.mem.Memory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongPredicate;

/**
 * Go's mheap: owns the heap's address range, its pages and its spans.
 *
 * <h2>Structure</h2>
 * <ul>
 * <li>The heap starts at {@link Memory#HEAP_BASE} (0xc000000000) and grows upward, contiguously,
 *     in multiples of 4 MiB (512 pages, {@code pallocChunkPages}); each 64 MiB arena gets a
 *     {@link HeapArena} with the page-to-span map.</li>
 * <li>{@link PageAlloc} hands out runs of pages, address-ordered first fit; freed pages are reused
 *     by the next request that fits. Newly grown memory counts as released (HeapReleased) until a
 *     span is carved from it.</li>
 * <li>One {@link MCentral} per span class (136).</li>
 * </ul>
 *
 * <h2>Invariants</h2>
 * <ul>
 * <li>heapInUse + heapFree + heapReleased == mapped heap bytes - stack spans (HeapSys).</li>
 * <li>Every page of an IN_USE or MANUAL span maps to that span in its arena's {@code spans}; free
 *     pages map to null.</li>
 * <li>{@code needzero} of a new span is true iff some of its pages were handed out before.</li>
 * </ul>
 *
 * <h2>Locking</h2>
 * Page allocation, span creation/free and the HeapSys accounting happen under {@link #lock} (Go's
 * {@code mheap_.lock}). Allocation counters are atomics ({@link HeapStats}). mcaches are not
 * locked: each belongs to one P. {@link #readMemStats} and {@link #debugCollect} require the world
 * to be stopped (no other thread allocating), as in Go.
 *
 * <p>Missing (no GC yet): the sweeper runs only from {@link #debugCollect}; {@code mheap.reclaim},
 * proportional sweep credit, and the scavenger are not modelled.
 */
public final class MHeap {
    public static final int PAGE_SHIFT = SizeClasses.PAGE_SHIFT;
    public static final long PAGE_SIZE = 1L << PAGE_SHIFT;
    /** Heap growth granularity in pages (4 MiB, pallocChunkPages). */
    public static final int PALLOC_CHUNK_PAGES = 512;
    /** Go's heapminimum: the heap goal before the first GC (NextGC of a fresh process). */
    public static final long HEAP_MINIMUM = 4 << 20;
    /** Size of Go 1.19's mspan struct, for MSpanInuse accounting. */
    static final long MSPAN_STRUCT_SIZE = 160;

    final Memory mem;
    final Debug debug;
    final ReentrantLock lock = new ReentrantLock();
    private final PageAlloc pages = new PageAlloc(Memory.HEAP_BASE);
    private final HeapArena[] arenas = new HeapArena[1 << (Memory.ADDR_BITS - HeapArena.ARENA_SHIFT)];
    private final MCentral[] central = new MCentral[SpanClass.NUM_SPAN_CLASSES];
    /** Every span object ever created (Go's allspans); dead ones have state DEAD and are reused. */
    private final List<MSpan> allspans = new ArrayList<>();
    private final ArrayList<MSpan> spanFree = new ArrayList<>();
    private final List<MCache> allmcaches = new ArrayList<>();
    final Stacks stacks;
    final HeapStats stats = new HeapStats();

    /** Incremented by 2 at every GC (mark termination). Read racily, as in Go. */
    volatile int sweepgen;
    /** gcController.heapLive: bytes in live and cached-but-unused slots (see MCache.refill). */
    final AtomicLong heapLive = new AtomicLong();
    /** Bytes of scannable memory allocated (gcController.heapScan). */
    final AtomicLong heapScan = new AtomicLong();

    // guarded by lock
    private long heapInUse, heapFree, heapReleased, inStacks;
    private int numGC;

    /** Called after an allocation that took a new span or was large (Go's shouldhelpgc); null until a GC exists. */
    volatile Runnable gcTrigger;

    /** The address of runtime.zerobase: every zero-size allocation returns it. */
    public final long zerobase;

    public MHeap(Memory mem) {
        this(mem, Debug.fromEnvironment());
    }

    public MHeap(Memory mem, Debug debug) {
        this.mem = mem;
        this.debug = debug;
        for (int i = 0; i < central.length; i++) central[i] = new MCentral(this, i);
        this.stacks = new Stacks(this);
        // Go's zerobase is a uintptr in the data segment; here an 8-byte word in the globals region.
        this.zerobase = mem.allocGlobals(8, 8, null);
    }

    public Memory memory() {
        return mem;
    }

    public Debug debug() {
        return debug;
    }

    MCentral central(int spc) {
        return central[spc];
    }

    /** Installs the GC trigger hook (gcTrigger{kind: gcTriggerHeap}.test() / gcStart). */
    public void setGcTrigger(Runnable r) {
        this.gcTrigger = r;
    }

    public int sweepgen() {
        return sweepgen;
    }

    /** gcController.heapLive in bytes. */
    public long heapLive() {
        return heapLive.get();
    }

    // ------------------------------------------------------------------ mcaches

    /** A new per-P cache (Go's allocmcache). */
    public MCache newMCache() {
        MCache c = new MCache(this);
        lock.lock();
        try {
            allmcaches.add(c);
        } finally {
            lock.unlock();
        }
        return c;
    }

    /** Flushes and forgets an mcache (P destroyed: freemcache). */
    public void freeMCache(MCache c) {
        c.releaseAll();
        lock.lock();
        try {
            allmcaches.remove(c);
        } finally {
            lock.unlock();
        }
    }

    private List<MCache> mcaches() {
        lock.lock();
        try {
            return new ArrayList<>(allmcaches);
        } finally {
            lock.unlock();
        }
    }

    // ------------------------------------------------------------------ span allocation

    /** Allocates a heap span of npages for span class spc (Go's mheap.alloc). Null only if out of address space. */
    MSpan alloc(long npages, int spc) {
        return allocSpan(npages, false, spc);
    }

    /** Allocates a manual span (stacks) of npages (Go's allocManual). Not zeroed. */
    MSpan allocManual(long npages) {
        return allocSpan(npages, true, 0);
    }

    private MSpan allocSpan(long npages, boolean manual, int spc) {
        if (npages <= 0 || npages > Integer.MAX_VALUE) throw Throw.fatal("allocSpan: bad npages " + npages);
        MSpan s;
        boolean needzero;
        lock.lock();
        try {
            long base = pages.alloc((int) npages);
            if (base == 0) {
                grow(npages);
                base = pages.alloc((int) npages);
                if (base == 0) throw Throw.fatal("out of memory");
            }
            long scav = pages.lastScav << PAGE_SHIFT;
            long nbytes = npages << PAGE_SHIFT;
            needzero = allocNeedsZero(base, npages);
            s = spanFree.isEmpty() ? newSpanStruct() : spanFree.remove(spanFree.size() - 1);
            s.init(base, npages);
            if (manual) {
                s.state = MSpanState.MANUAL;
                inStacks += nbytes;
            } else {
                s.spanclass = spc;
                int sizeclass = SpanClass.sizeclass(spc);
                if (sizeclass == 0) {
                    s.elemsize = nbytes;
                    s.nelems = 1;
                    s.divMul = 0;
                } else {
                    s.elemsize = SizeClasses.CLASS_TO_SIZE[sizeclass];
                    s.nelems = (int) (nbytes / s.elemsize);
                    s.divMul = SizeClasses.CLASS_TO_DIVMAGIC[sizeclass];
                }
                s.freeindex = 0;
                s.allocCache = ~0L;
                s.allocBits = new long[MSpan.bitmapWords(s.nelems)];
                s.gcmarkBits = new long[MSpan.bitmapWords(s.nelems)];
                s.setSweepgen(sweepgen);
                s.state = MSpanState.IN_USE;
                heapInUse += nbytes;
            }
            s.needzero = needzero;
            heapFree -= nbytes - scav;
            heapReleased -= scav;
            setSpans(base, npages, s);
        } finally {
            lock.unlock();
        }
        return s;
    }

    private MSpan newSpanStruct() {
        MSpan s = new MSpan();
        allspans.add(s);
        return s;
    }

    /** Returns a heap span's pages to the page allocator (Go's freeSpan). */
    void freeSpan(MSpan s) {
        lock.lock();
        try {
            if (s.state != MSpanState.IN_USE || s.allocCount != 0 && s.sizeclass() != 0) {
                throw Throw.fatal("mheap.freeSpanLocked - invalid free of " + s);
            }
            heapInUse -= s.npages << PAGE_SHIFT;
            freeSpanLocked(s);
        } finally {
            lock.unlock();
        }
    }

    /** Returns a manual (stack) span (Go's freeManual). */
    void freeManual(MSpan s) {
        lock.lock();
        try {
            if (s.state != MSpanState.MANUAL) throw Throw.fatal("freeManual of non-manual span " + s);
            inStacks -= s.npages << PAGE_SHIFT;
            s.needzero = true;
            freeSpanLocked(s);
        } finally {
            lock.unlock();
        }
    }

    private void freeSpanLocked(MSpan s) {
        heapFree += s.npages << PAGE_SHIFT;
        setSpans(s.startAddr, s.npages, null);
        pages.free(s.startAddr, (int) s.npages);
        s.state = MSpanState.DEAD;
        s.allocBits = null;
        s.gcmarkBits = null;
        spanFree.add(s);
    }

    /** Maps fresh address space: alignUp(npages, 512) pages at the end of the heap (Go's mheap.grow). */
    private void grow(long npages) {
        long ask = (npages + PALLOC_CHUNK_PAGES - 1) / PALLOC_CHUNK_PAGES * PALLOC_CHUNK_PAGES;
        long start = pages.end();
        long nbytes = ask << PAGE_SHIFT;
        if (start + nbytes > (1L << Memory.ADDR_BITS)) throw Throw.fatal("out of memory: heap address space exhausted");
        mem.map(start, nbytes);
        for (long a = start; a < start + nbytes; a += HeapArena.ARENA_BYTES - (a & (HeapArena.ARENA_BYTES - 1))) {
            int ai = (int) (a >>> HeapArena.ARENA_SHIFT);
            if (arenas[ai] == null) arenas[ai] = new HeapArena();
        }
        pages.grow((int) ask);
        heapReleased += nbytes;
    }

    /** Go's allocNeedsZero: were any of these pages handed out before? Advances the zeroed watermarks. */
    private boolean allocNeedsZero(long base, long npages) {
        boolean needZero = false;
        long end = base + (npages << PAGE_SHIFT);
        for (long a = base; a < end; ) {
            HeapArena ha = arenas[(int) (a >>> HeapArena.ARENA_SHIFT)];
            long arenaStart = a & ~(HeapArena.ARENA_BYTES - 1);
            long arenaBase = a - arenaStart;
            if (arenaBase < ha.zeroedBase) needZero = true;
            long arenaLimit = Math.min(end - arenaStart, HeapArena.ARENA_BYTES);
            if (arenaLimit > ha.zeroedBase) ha.zeroedBase = arenaLimit;
            a = arenaStart + arenaLimit;
        }
        return needZero;
    }

    private void setSpans(long base, long npages, MSpan s) {
        for (long p = 0; p < npages; p++) {
            long a = base + (p << PAGE_SHIFT);
            arenas[(int) (a >>> HeapArena.ARENA_SHIFT)].spans[(int) ((a >>> PAGE_SHIFT) & (HeapArena.PAGES_PER_ARENA - 1))] = s;
        }
    }

    // ------------------------------------------------------------------ lookup

    /** The span containing addr (any state but DEAD), or null (Go's spanOf). Racy reads, like Go. */
    public MSpan spanOf(long addr) {
        if (addr < Memory.HEAP_BASE || addr >= (1L << Memory.ADDR_BITS)) return null;
        HeapArena ha = arenas[(int) (addr >>> HeapArena.ARENA_SHIFT)];
        if (ha == null) return null;
        return ha.spans[(int) ((addr >>> PAGE_SHIFT) & (HeapArena.PAGES_PER_ARENA - 1))];
    }

    /**
     * Base address of the heap object containing addr, or 0 if addr is not inside an allocated
     * slot of an in-use span (Go's findObject; 0 also for free slots, which Go would report as a bad
     * pointer under invalidptr).
     */
    public long findObject(long addr) {
        MSpan s = spanOf(addr);
        if (s == null || s.state != MSpanState.IN_USE || addr >= s.startAddr + s.nelems * s.elemsize) return 0;
        int idx = s.objIndex(addr);
        if (!s.isAllocated(idx)) return 0;
        return s.startAddr + idx * s.elemsize;
    }

    // ------------------------------------------------------------------ stacks

    /** Allocates a goroutine stack of n bytes (a power of two >= 2048); returns its low address. Not zeroed (as Go). */
    public long stackalloc(long n) {
        return stacks.stackalloc(n);
    }

    /** Frees a stack obtained from {@link #stackalloc} with the same n. */
    public void stackfree(long lo, long n) {
        stacks.stackfree(lo, n);
    }

    // ------------------------------------------------------------------ stats

    /**
     * runtime.ReadMemStats: flushes every mcache (releaseAll), then derives MemStats as Go's
     * readmemstats_m. The caller must have stopped the world.
     */
    public MemStats readMemStats() {
        for (MCache c : mcaches()) c.releaseAll();
        MemStats m = new MemStats();
        lock.lock();
        try {
            long smallAllocBytes = 0, smallFreeBytes = 0, smallAllocs = 0, smallFrees = 0;
            for (int i = 1; i < SizeClasses.NUM_SIZE_CLASSES; i++) {
                long a = stats.smallAllocCount.get(i), f = stats.smallFreeCount.get(i);
                smallAllocs += a;
                smallFrees += f;
                smallAllocBytes += a * SizeClasses.CLASS_TO_SIZE[i];
                smallFreeBytes += f * SizeClasses.CLASS_TO_SIZE[i];
            }
            long tiny = stats.tinyAllocCount.get();
            long largeAllocCount = stats.largeAllocCount.get(), largeFreeCount = stats.largeFreeCount.get();
            m.Mallocs = largeAllocCount + smallAllocs + tiny;
            m.Frees = largeFreeCount + smallFrees + tiny;
            m.TotalAlloc = stats.largeAlloc.get() + smallAllocBytes;
            long totalFree = stats.largeFree.get() + smallFreeBytes;
            m.Alloc = m.HeapAlloc = m.TotalAlloc - totalFree;
            m.HeapObjects = m.Mallocs - m.Frees;
            m.HeapInuse = heapInUse;
            m.HeapReleased = heapReleased;
            m.HeapIdle = heapFree + heapReleased;
            m.HeapSys = heapInUse + heapFree + heapReleased;
            m.StackInuse = inStacks;
            m.StackSys = inStacks;
            long nspans = allspans.size() - spanFree.size();
            m.MSpanInuse = nspans * MSPAN_STRUCT_SIZE;
            m.MSpanSys = (allspans.size() * MSPAN_STRUCT_SIZE + 16383) / 16384 * 16384;
            m.Sys = m.HeapSys + m.StackSys + m.MSpanSys + m.MCacheSys + m.BuckHashSys + m.GCSys + m.OtherSys;
            m.NextGC = HEAP_MINIMUM;
            m.NumGC = numGC;
            m.EnableGC = true;
            m.BySize[0].Size = 0;
            for (int i = 0; i < MemStats.BY_SIZE; i++) {
                m.BySize[i].Size = SizeClasses.CLASS_TO_SIZE[i];
                m.BySize[i].Mallocs = i == 0 ? 0 : stats.smallAllocCount.get(i);
                m.BySize[i].Frees = i == 0 ? 0 : stats.smallFreeCount.get(i);
            }
        } finally {
            lock.unlock();
        }
        return m;
    }

    // ------------------------------------------------------------------ test / GC hooks

    /**
     * Test hook standing in for a GC cycle until the collector exists: stops allocation (caller's
     * job), flushes all mcaches, marks every allocated object for which {@code live} is true, bumps
     * sweepgen by 2 and sweeps every span exactly as Go's sweeper would ({@code sweepone} order:
     * span classes ascending, full before partial). Unmarked objects are freed (counted in Frees),
     * empty spans return their pages to the heap. heapLive is reset to the surviving bytes, as at
     * Go's mark termination.
     */
    public void debugCollect(LongPredicate live) {
        for (MCache c : mcaches()) c.releaseAll();
        List<MSpan> spans;
        lock.lock();
        try {
            spans = new ArrayList<>(allspans);
        } finally {
            lock.unlock();
        }
        long marked = 0;
        for (MSpan s : spans) {
            if (s.state != MSpanState.IN_USE) continue;
            for (int i = 0; i < s.nelems; i++) {
                if (s.isAllocated(i) && live.test(s.startAddr + i * s.elemsize)) {
                    s.setMarked(i);
                    marked += s.elemsize;
                }
            }
        }
        lock.lock();
        try {
            sweepgen += 2;
            numGC++;
        } finally {
            lock.unlock();
        }
        heapLive.set(marked);
        while (sweepone()) {
            // keep sweeping
        }
    }

    /** Test hook: frees exactly the objects at these base addresses (all others survive). */
    public void debugFree(long... objects) {
        Set<Long> dead = new HashSet<>();
        for (long a : objects) dead.add(a);
        debugCollect(a -> !dead.contains(a));
    }

    /** Sweeps one unswept span; false when nothing is left to sweep (Go's sweepone). */
    boolean sweepone() {
        int sg = sweepgen;
        for (int spc = 0; spc < central.length; spc++) {
            for (boolean fullSet : new boolean[]{true, false}) {
                MSpan s;
                while ((s = central[spc].popUnswept(sg, fullSet)) != null) {
                    if (s.state == MSpanState.IN_USE && s.sweepgen == sg - 2 && s.casSweepgen(sg - 2, sg - 1)) {
                        Sweep.sweep(this, s, false);
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Pages currently free in the page allocator (test visibility). */
    long freePages() {
        lock.lock();
        try {
            return pages.freePages();
        } finally {
            lock.unlock();
        }
    }

    /** Snapshot of all live (non-dead) spans, in creation order (for GC and tests). */
    public List<MSpan> liveSpans() {
        lock.lock();
        try {
            List<MSpan> l = new ArrayList<>();
            for (MSpan s : allspans) if (s.state != MSpanState.DEAD) l.add(s);
            return l;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public String toString() {
        return "mheap " + Arrays.toString(new long[]{heapInUse, heapFree, heapReleased, inStacks});
    }
}
