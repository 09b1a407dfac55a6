package glassgo.runtime.heap;

import glassgo.runtime.debug.Throw;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * Go's mspan: a run of pages. A heap span ({@link MSpanState#IN_USE}) of size class c is cut into
 * {@code nelems} objects of {@code elemsize} bytes at {@code startAddr + i*elemsize}; a large span
 * (class 0) holds one object; a manual span ({@link MSpanState#MANUAL}) holds goroutine stacks.
 *
 * <h2>Allocation bits (malloc.go, mbitmap.go)</h2>
 * <ul>
 * <li>Slots {@code < freeindex} are allocated. A slot {@code i >= freeindex} is free iff
 *     {@code allocBits[i] == 0}. allocBits is only rewritten by sweep ({@code allocBits = gcmarkBits}).</li>
 * <li>{@code allocCache} holds the complement of the 64 allocBits starting at
 *     {@code freeindex & ~63}, shifted so bit 0 corresponds to {@code freeindex}: the lowest set bit
 *     is the next free slot ({@link #nextFreeFast}). Free slots are handed out in increasing
 *     address order.</li>
 * <li>{@code allocCount} counts allocated slots; {@code allocCountBeforeCache} is its value when an
 *     mcache took the span, so the difference is what that mcache allocated (flushed to stats on
 *     uncache).</li>
 * <li>{@code sweepgen} relative to the heap's {@code sweepgen} sg: sg-2 needs sweeping, sg-1 being
 *     swept, sg swept, sg+1 cached since before the sweep began, sg+3 swept and cached.</li>
 * </ul>
 * Bitmaps are Java {@code long[]}s outside the flat address space (Go keeps them in separate
 * gcBits arenas, also outside the heap proper).
 *
 * <p>Thread-safety: a span is mutated by its owner only: the mcache that has it cached, the
 * mcentral/sweeper that popped it from a span set, or the heap under its lock. {@code sweepgen}
 * is the hand-off: a sweeper acquires a span with a CAS from sg-2 to sg-1.
 */
public final class MSpan {
    private static final VarHandle SWEEPGEN;

    static {
        try {
            SWEEPGEN = MethodHandles.lookup().findVarHandle(MSpan.class, "sweepgen", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    public long startAddr;
    public long npages;
    public int spanclass;
    public long elemsize;
    public int nelems;
    /** End of the last object (large: base + requested size). */
    public long limit;
    public int freeindex;
    /** freeindex as of the last published allocation (conservative scanning bound). */
    public int freeIndexForScan;
    public long allocCache;
    public long[] allocBits;
    public long[] gcmarkBits;
    public int allocCount;
    public int allocCountBeforeCache;
    volatile int sweepgen;
    public volatile MSpanState state = MSpanState.DEAD;
    /** Free slots may contain garbage: allocation must clear them. */
    public boolean needzero;
    /** Stack spans: head of the free-stack list, linked through the first word of each free stack (Go's gclinkptr). */
    public long manualFreeList;
    /** {@code ^uint32(0)/elemsize + 1}: objIndex = (offset * divMul) >>> 32. */
    long divMul;
    /** Set by MCentral.grow; read and cleared by the mcache that caches it (narration: "new span from mheap"). */
    boolean justGrown;

    /** The dummy span every mcache slot starts with: no slots, so allocation always refills. */
    static final MSpan EMPTY = new MSpan();

    MSpan() {
    }

    void init(long base, long npages) {
        this.startAddr = base;
        this.npages = npages;
        this.allocBits = null;
        this.gcmarkBits = null;
        this.spanclass = 0;
        this.nelems = 0;
        this.elemsize = 0;
        this.freeindex = 0;
        this.freeIndexForScan = 0;
        this.allocCache = 0;
        this.allocCount = 0;
        this.allocCountBeforeCache = 0;
        this.manualFreeList = 0;
        this.limit = 0;
        this.justGrown = false;
    }

    public long base() {
        return startAddr;
    }

    public long npages() {
        return npages;
    }

    public int sweepgen() {
        return sweepgen;
    }

    void setSweepgen(int sg) {
        sweepgen = sg;
    }

    boolean casSweepgen(int expect, int update) {
        return SWEEPGEN.compareAndSet(this, expect, update);
    }

    /** Number of 64-bit words in a bitmap covering nelems. */
    static int bitmapWords(int nelems) {
        return Math.max(1, (nelems + 63) >>> 6);
    }

    /**
     * Go's refillAllocCache: load the 64 alloc bits starting at bit {@code 8*whichByte}
     * (always a multiple of 64 here) and complement them.
     */
    void refillAllocCache(int whichByte) {
        int w = whichByte >>> 3;
        long bits = w < allocBits.length ? allocBits[w] : 0;
        allocCache = ~bits;
    }

    /** Go's nextFreeFast: a free slot from allocCache, or 0 if the slow path must run. */
    static long nextFreeFast(MSpan s) {
        int theBit = Long.numberOfTrailingZeros(s.allocCache);
        if (theBit < 64) {
            int result = s.freeindex + theBit;
            if (result < s.nelems) {
                int freeidx = result + 1;
                if ((freeidx & 63) == 0 && freeidx != s.nelems) return 0;
                s.allocCache >>>= theBit + 1;
                s.freeindex = freeidx;
                s.allocCount++;
                return result * s.elemsize + s.startAddr;
            }
        }
        return 0;
    }

    /** Go's nextFreeIndex: index of the next free slot at or after freeindex, or nelems if full. */
    int nextFreeIndex() {
        int sfreeindex = freeindex;
        int snelems = nelems;
        if (sfreeindex == snelems) return sfreeindex;
        if (sfreeindex > snelems) throw Throw.fatal("s.freeindex > s.nelems");
        long aCache = allocCache;
        int bitIndex = Long.numberOfTrailingZeros(aCache);
        while (bitIndex == 64) {
            sfreeindex = (sfreeindex + 64) & ~63;
            if (sfreeindex >= snelems) {
                freeindex = snelems;
                return snelems;
            }
            refillAllocCache(sfreeindex >>> 3);
            aCache = allocCache;
            bitIndex = Long.numberOfTrailingZeros(aCache);
        }
        int result = sfreeindex + bitIndex;
        if (result >= snelems) {
            freeindex = snelems;
            return snelems;
        }
        allocCache >>>= bitIndex + 1;
        sfreeindex = result + 1;
        if ((sfreeindex & 63) == 0 && sfreeindex != snelems) refillAllocCache(sfreeindex >>> 3);
        freeindex = sfreeindex;
        return result;
    }

    /** True if slot i is allocated (below freeindex, or its alloc bit is set). */
    public boolean isAllocated(int i) {
        return i < freeindex || (allocBits[i >>> 6] >>> (i & 63) & 1) != 0;
    }

    public boolean isMarked(int i) {
        return (gcmarkBits[i >>> 6] >>> (i & 63) & 1) != 0;
    }

    /** Sets the mark bit of slot i (GC greying or allocate-black). Owner-thread or STW only. */
    public void setMarked(int i) {
        gcmarkBits[i >>> 6] |= 1L << (i & 63);
    }

    /** Go's objIndex: which slot {@code addr} falls in (division by multiplication, as Go). */
    public int objIndex(long addr) {
        long off = addr - startAddr;
        if (divMul == 0) return 0;
        return (int) ((off * divMul) >>> 32);
    }

    public int sizeclass() {
        return SpanClass.sizeclass(spanclass);
    }

    public boolean noscan() {
        return SpanClass.noscan(spanclass);
    }

    /** Number of marked slots (popcount of gcmarkBits over nelems). */
    int countMarked() {
        int n = 0;
        for (long w : gcmarkBits) n += Long.bitCount(w);
        return n;
    }

    @Override
    public String toString() {
        return "span 0x" + Long.toHexString(startAddr) + "+" + npages + "p class " + sizeclass()
                + (noscan() ? " noscan" : "") + " " + state + " " + allocCount + "/" + nelems;
    }
}
