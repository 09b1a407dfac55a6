package glassgo.runtime.heap;

import glassgo.runtime.debug.Throw;

import java.util.ArrayList;
import java.util.List;

/**
 * Goroutine stack memory (Go's stack.go {@code stackalloc}/{@code stackfree}), carved from
 * {@link MSpanState#MANUAL} spans and counted in StackInuse, never in the heap's objects.
 *
 * <ul>
 * <li>Sizes are powers of two, at least {@link #FIXED_STACK} (2 KiB).</li>
 * <li>Small stacks (2, 4, 8, 16 KiB: {@link #NUM_STACK_ORDERS} orders) come from a global pool per
 *     order: 32 KiB spans cut into equal stacks, free stacks linked through their first word
 *     ({@code manualFreeList}, Go's gclinkptr). A span whose stacks are all free goes back to the
 *     heap.</li>
 * <li>Larger stacks get their own span and are freed immediately (Go defers that while the GC is
 *     marking; glassgo has no concurrent GC yet).</li>
 * <li>Stack memory is not zeroed, as in Go: the frame code must initialise what it reads.</li>
 * </ul>
 * Go also keeps a per-P stack cache in the mcache; here every request goes to the locked global
 * pool (same addresses and accounting, more contention).
 */
final class Stacks {
    static final long FIXED_STACK = 2048;
    static final int NUM_STACK_ORDERS = 4;
    /** _StackCacheSize: span size for small-stack pools. */
    static final long STACK_CACHE_SIZE = 32 << 10;

    private final MHeap heap;
    /** stackpool[order]: spans of that order with at least one free stack. */
    @SuppressWarnings("unchecked")
    private final List<MSpan>[] pool = new List[NUM_STACK_ORDERS];

    Stacks(MHeap heap) {
        this.heap = heap;
        for (int i = 0; i < NUM_STACK_ORDERS; i++) pool[i] = new ArrayList<>();
    }

    synchronized long stackalloc(long n) {
        if (n < FIXED_STACK || (n & (n - 1)) != 0) throw Throw.fatal("stackalloc: bad stack size " + n);
        if (n < FIXED_STACK << NUM_STACK_ORDERS) {
            int order = Long.numberOfTrailingZeros(n) - Long.numberOfTrailingZeros(FIXED_STACK);
            return poolAlloc(order);
        }
        MSpan s = heap.allocManual(n >>> MHeap.PAGE_SHIFT);
        s.elemsize = n;
        s.allocCount = 1;
        return s.startAddr;
    }

    private long poolAlloc(int order) {
        List<MSpan> list = pool[order];
        MSpan s = list.isEmpty() ? null : list.get(0);
        if (s == null) {
            s = heap.allocManual(STACK_CACHE_SIZE >>> MHeap.PAGE_SHIFT);
            if (s.allocCount != 0 || s.manualFreeList != 0) throw Throw.fatal("bad manualFreeList");
            s.elemsize = FIXED_STACK << order;
            for (long i = 0; i < STACK_CACHE_SIZE; i += s.elemsize) {
                long x = s.startAddr + i;
                heap.mem.putLong(x, s.manualFreeList);
                s.manualFreeList = x;
            }
            list.add(0, s);
        }
        long x = s.manualFreeList;
        if (x == 0) throw Throw.fatal("span has no free stacks");
        s.manualFreeList = heap.mem.getLong(x);
        s.allocCount++;
        if (s.manualFreeList == 0) list.remove(s); // all stacks in s are allocated
        return x;
    }

    synchronized void stackfree(long lo, long n) {
        MSpan s = heap.spanOf(lo);
        if (s == null || s.state != MSpanState.MANUAL) throw Throw.fatal("stackfree: bad stack 0x" + Long.toHexString(lo));
        if (n < FIXED_STACK << NUM_STACK_ORDERS) {
            int order = Long.numberOfTrailingZeros(n) - Long.numberOfTrailingZeros(FIXED_STACK);
            if (s.elemsize != n) throw Throw.fatal("stackfree: size mismatch");
            if (s.manualFreeList == 0) pool[order].add(s); // s will now have a free stack
            heap.mem.putLong(lo, s.manualFreeList);
            s.manualFreeList = lo;
            s.allocCount--;
            if (s.allocCount == 0) { // no GC in progress: return the span
                pool[order].remove(s);
                s.manualFreeList = 0;
                heap.freeManual(s);
            }
        } else {
            if (s.startAddr != lo || s.elemsize != n) throw Throw.fatal("stackfree: bad large stack");
            heap.freeManual(s);
        }
    }
}
