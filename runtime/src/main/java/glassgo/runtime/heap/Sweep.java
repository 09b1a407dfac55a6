package glassgo.runtime.heap;

import glassgo.runtime.debug.Throw;

/**
 * Sweeping one span (Go's mgcsweep.go {@code sweepLocked.sweep}): the mark bits of the finished
 * cycle become the allocation bits, unmarked slots become free in place (nothing is written into
 * them), and a span with no survivors goes back to the heap.
 *
 * <p>Precondition: the caller acquired the span ({@code sweepgen == sg-1}). Postcondition:
 * {@code sweepgen == sg}; unless {@code preserve}, the span is in its mcentral's swept partial or
 * full set, or freed. Finalizer/profile specials are not modelled yet.
 */
final class Sweep {
    private Sweep() {
    }

    /** Returns true if the span was freed to the heap. */
    static boolean sweep(MHeap h, MSpan s, boolean preserve) {
        int sg = h.sweepgen;
        if (s.state != MSpanState.IN_USE || s.sweepgen != sg - 1) {
            throw Throw.fatal("mspan.sweep: bad span state " + s + " sweepgen " + s.sweepgen + " heap " + sg);
        }
        int spc = s.spanclass;
        int sizeclass = SpanClass.sizeclass(spc);
        // Zombie check: a marked slot at or above freeindex that was never allocated.
        for (int i = s.freeindex; i < s.nelems; i++) {
            if (s.isMarked(i) && (s.allocBits[i >>> 6] >>> (i & 63) & 1) == 0) {
                h.debug.err().println("runtime: marked free object in span " + s + ", elemsize=" + s.elemsize
                        + " freeindex=" + s.freeindex + " (bad use of unsafe.Pointer? try -d=checkptr)");
                throw Throw.fatal("found pointer to free object");
            }
        }
        int nalloc = s.countMarked();
        int nfreed = s.allocCount - nalloc;
        if (nalloc > s.allocCount) throw Throw.fatal("sweep increased allocation count");
        if (h.debug.clobberfree != 0 && nfreed > 0) clobber(h, s);
        s.allocCount = nalloc;
        s.freeindex = 0;
        s.freeIndexForScan = 0;
        s.allocBits = s.gcmarkBits;
        s.gcmarkBits = new long[MSpan.bitmapWords(s.nelems)];
        s.refillAllocCache(0);
        s.setSweepgen(sg);

        if (sizeclass != 0) {
            if (nfreed > 0) {
                s.needzero = true;
                h.stats.smallFreeCount.addAndGet(sizeclass, nfreed);
                h.stats.totalFree.addAndGet(nfreed * s.elemsize);
            }
            if (!preserve) {
                if (nalloc == 0) {
                    h.freeSpan(s);
                    return true;
                }
                MCentral c = h.central(spc);
                if (nalloc == s.nelems) c.fullSwept(sg).push(s);
                else c.partialSwept(sg).push(s);
            }
        } else {
            if (!preserve && nfreed != 0) {
                h.stats.largeFreeCount.incrementAndGet();
                h.stats.largeFree.addAndGet(s.elemsize);
                h.stats.totalFree.addAndGet(s.elemsize);
                h.freeSpan(s);
                return true;
            }
            if (!preserve) h.central(spc).fullSwept(sg).push(s);
        }
        return false;
    }

    /** GODEBUG=clobberfree=1: fill freed slots with 0xdeadbeef so a premature free shows up. */
    private static void clobber(MHeap h, MSpan s) {
        for (int i = 0; i < s.nelems; i++) {
            boolean wasAlloc = i < s.freeindex || (s.allocBits[i >>> 6] >>> (i & 63) & 1) != 0;
            if (wasAlloc && !s.isMarked(i)) {
                long p = s.startAddr + i * s.elemsize;
                for (long off = 0; off + 4 <= s.elemsize; off += 4) h.mem.putInt(p + off, 0xdeadbeef);
            }
        }
    }
}
