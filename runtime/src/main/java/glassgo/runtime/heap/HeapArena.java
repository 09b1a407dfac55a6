package glassgo.runtime.heap;

/**
 * Metadata for one 64 MiB heap arena (Go's heapArena): the page-to-span map used by
 * {@link MHeap#spanOf} and the zeroed watermark used to decide whether fresh pages need zeroing.
 * Go also keeps the heap bitmap and pageMarks/pageSpecials here; glassgo reads pointer layout
 * from type descriptors instead (the heap bitmap is not materialised).
 */
final class HeapArena {
    static final int ARENA_SHIFT = 26;
    static final long ARENA_BYTES = 1L << ARENA_SHIFT;
    static final int PAGES_PER_ARENA = (int) (ARENA_BYTES >>> SizeClasses.PAGE_SHIFT);

    /** Page index within the arena -> span that owns it, or null (Go's spans [pagesPerArena]*mspan). */
    final MSpan[] spans = new MSpan[PAGES_PER_ARENA];
    /**
     * Offset below which pages of this arena have been handed out at least once: memory above it is
     * still zero from mapping, memory below it may hold garbage (Go's zeroedBase).
     */
    long zeroedBase;
}
