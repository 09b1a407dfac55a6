package glassgo.runtime.heap;

/**
 * Go's spanClass: {@code sizeclass << 1 | noscan}. 136 span classes; class 0 (both variants) holds
 * large objects. Noscan spans hold objects without pointers and are never scanned by the GC.
 */
public final class SpanClass {
    public static final int NUM_SPAN_CLASSES = SizeClasses.NUM_SIZE_CLASSES << 1;
    /** tinySpanClass: 16-byte noscan blocks used by the tiny allocator. */
    public static final int TINY_SPAN_CLASS = 2 << 1 | 1;

    private SpanClass() {
    }

    public static int make(int sizeclass, boolean noscan) {
        return sizeclass << 1 | (noscan ? 1 : 0);
    }

    public static int sizeclass(int spc) {
        return spc >>> 1;
    }

    public static boolean noscan(int spc) {
        return (spc & 1) != 0;
    }
}
