package glassgo.runtime.heap;

import java.util.BitSet;

/**
 * Go's page allocator (mpagealloc.go), reduced to its contract: a bitmap with one bit per 8 KiB
 * page of the heap's address range (1 = in use), allocation is address-ordered first fit (the
 * lowest run of npages free pages), and a parallel "scavenged" bitmap marks free pages whose memory
 * counts as released to the OS (HeapReleased). Go accelerates the search with a radix tree of
 * summaries; here a {@code searchAddr} lower bound (also Go's) skips the fully used prefix, and
 * the scan uses {@link BitSet}'s word-at-a-time nextClearBit/nextSetBit.
 *
 * <p>Invariants: pages below {@code searchIdx} are all in use; a page is scavenged only while
 * free; pages are contiguous from {@code base} up to {@code base + mapped*8192}.
 * Not thread-safe: guarded by the MHeap lock.
 */
final class PageAlloc {
    static final int PAGE_SHIFT = SizeClasses.PAGE_SHIFT;

    final long base;
    private final BitSet inUse = new BitSet();
    private final BitSet scav = new BitSet();
    private int mapped;
    private int searchIdx;
    /** Scavenged pages in the last allocation (out-parameter of {@link #alloc}). */
    long lastScav;

    PageAlloc(long base) {
        this.base = base;
    }

    long mappedBytes() {
        return (long) mapped << PAGE_SHIFT;
    }

    long end() {
        return base + mappedBytes();
    }

    /** Adds {@code npages} fresh pages at the end; they start free and scavenged (released). */
    void grow(int npages) {
        scav.set(mapped, mapped + npages);
        mapped += npages;
    }

    /** First fit: base address of the lowest run of npages free pages, or 0 if none. */
    long alloc(int npages) {
        int i = searchIdx;
        while (true) {
            i = inUse.nextClearBit(i);
            if (i + npages > mapped) return 0;
            int j = inUse.nextSetBit(i);
            if (j == -1 || j >= i + npages) break;
            i = j;
        }
        if (i == searchIdx) searchIdx = i + npages;
        inUse.set(i, i + npages);
        lastScav = scav.get(i, i + npages).cardinality();
        scav.clear(i, i + npages);
        return base + ((long) i << PAGE_SHIFT);
    }

    /** Frees pages; they are not scavenged (Go returns them to the OS later, in the background). */
    void free(long addr, int npages) {
        int i = (int) ((addr - base) >>> PAGE_SHIFT);
        for (int k = i; k < i + npages; k++) if (!inUse.get(k)) throw new IllegalStateException("double free of page");
        inUse.clear(i, i + npages);
        if (i < searchIdx) searchIdx = i;
    }

    boolean pageInUse(long addr) {
        return inUse.get((int) ((addr - base) >>> PAGE_SHIFT));
    }

    int freePages() {
        return mapped - inUse.cardinality();
    }

    int scavengedPages() {
        return scav.cardinality();
    }
}
