package glassgo.runtime.heap;

import glassgo.runtime.debug.Throw;

/**
 * Go's mcentral: the spans of one span class not cached by any mcache.
 *
 * <p>Four span sets: {@code partial[2]} (spans with a free slot) and {@code full[2]} (no free
 * slot). Which index is "swept" alternates with the heap's sweepgen: {@code partialSwept(sg) =
 * partial[sg/2 % 2]}, {@code partialUnswept(sg) = partial[1 - sg/2 % 2]}. Because the heap adds 2
 * to sweepgen at every GC, the swept sets of one cycle become the unswept sets of the next with no
 * span moving.
 *
 * <p>Invariant: a span is in at most one set, and a span in a set is in no mcache. Spans are
 * handed to an mcache by {@link #cacheSpan} and returned by {@link #uncacheSpan}.
 */
public final class MCentral {
    /** How many unswept partial spans cacheSpan sweeps before giving up and growing (Go's spanBudget). */
    static final int SPAN_BUDGET = 100;

    final int spanclass;
    final MHeap heap;
    private final SpanSet[] partial = {new SpanSet(), new SpanSet()};
    private final SpanSet[] full = {new SpanSet(), new SpanSet()};

    MCentral(MHeap heap, int spanclass) {
        this.heap = heap;
        this.spanclass = spanclass;
    }

    SpanSet partialSwept(int sg) {
        return partial[(sg >>> 1) & 1];
    }

    SpanSet partialUnswept(int sg) {
        return partial[1 - ((sg >>> 1) & 1)];
    }

    SpanSet fullSwept(int sg) {
        return full[(sg >>> 1) & 1];
    }

    SpanSet fullUnswept(int sg) {
        return full[1 - ((sg >>> 1) & 1)];
    }

    /** Allocates a span with at least one free slot for an mcache (Go's cacheSpan). */
    MSpan cacheSpan() {
        int sg = heap.sweepgen;
        MSpan s = partialSwept(sg).pop();
        if (s == null) s = sweepForCache(sg);
        if (s == null) {
            s = grow();
            if (s == null) return null;
        }
        // haveSpan: set up allocCache from freeindex.
        int n = s.nelems - s.allocCount;
        if (n == 0 || s.freeindex == s.nelems || s.allocCount == s.nelems) throw Throw.fatal("span has no free objects");
        int freeByteBase = s.freeindex & ~63;
        s.refillAllocCache(freeByteBase >>> 3);
        s.allocCache >>>= s.freeindex & 63;
        return s;
    }

    /** Steps 3-4 of cacheSpan: sweep unswept partial, then unswept full spans of this class. */
    private MSpan sweepForCache(int sg) {
        int budget = SPAN_BUDGET;
        MSpan s;
        while (budget-- > 0 && (s = partialUnswept(sg).pop()) != null) {
            if (s.sweepgen == sg - 2 && s.casSweepgen(sg - 2, sg - 1)) {
                Sweep.sweep(heap, s, true);
                return s;
            }
            // Being swept by someone else (or already swept): it will land in a swept set.
        }
        while (budget-- > 0 && (s = fullUnswept(sg).pop()) != null) {
            if (s.sweepgen == sg - 2 && s.casSweepgen(sg - 2, sg - 1)) {
                Sweep.sweep(heap, s, true);
                int freeIndex = s.nextFreeIndex();
                if (freeIndex != s.nelems) {
                    s.freeindex = freeIndex;
                    return s;
                }
                fullSwept(sg).push(s);
            }
        }
        return null;
    }

    /**
     * Returns a span from an mcache (Go's uncacheSpan). A span cached before the current sweep began
     * (sweepgen == sg+1, "stale") is swept now; otherwise it goes to the swept partial or full set.
     */
    void uncacheSpan(MSpan s) {
        int sg = heap.sweepgen;
        boolean stale = s.sweepgen == sg + 1;
        if (stale) {
            s.setSweepgen(sg - 1);
            Sweep.sweep(heap, s, false);
        } else {
            s.setSweepgen(sg);
            if (s.allocCount == s.nelems) fullSwept(sg).push(s);
            else partialSwept(sg).push(s);
        }
    }

    /** Allocates a fresh span from the heap for this class (Go's mcentral.grow). */
    MSpan grow() {
        int sizeclass = SpanClass.sizeclass(spanclass);
        int npages = SizeClasses.CLASS_TO_ALLOCNPAGES[sizeclass];
        int size = SizeClasses.CLASS_TO_SIZE[sizeclass];
        MSpan s = heap.alloc(npages, spanclass);
        if (s == null) return null;
        s.limit = s.startAddr + (long) size * s.nelems;
        s.justGrown = true;
        return s;
    }

    /** Pops any span needing sweep (full first, as Go's sweepClass order), or null. Used by sweepone. */
    MSpan popUnswept(int sg, boolean fullSet) {
        return fullSet ? fullUnswept(sg).pop() : partialUnswept(sg).pop();
    }

    /** Number of spans currently held (all four sets). */
    int spanCount() {
        return partial[0].size() + partial[1].size() + full[0].size() + full[1].size();
    }
}
