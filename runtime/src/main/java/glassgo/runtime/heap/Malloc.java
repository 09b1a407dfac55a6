package glassgo.runtime.heap;

import glassgo.runtime.RuntimeErrorException;
import glassgo.runtime.debug.Throw;
import glassgo.runtime.types.RType;

import java.io.PrintStream;

/**
 * Go's mallocgc and its wrappers (malloc.go). Three paths, chosen by size and pointerness:
 * <ol>
 * <li><b>tiny</b> (noscan, size &lt; 16): sub-allocate from the mcache's current 16-byte block,
 *     aligned to 8/4/2/1 by the size's low bits; when it does not fit, take a fresh 16-byte object
 *     from span class 5 and keep whichever block has more room left. No GC check on a
 *     sub-allocation.</li>
 * <li><b>small</b> (size &lt;= 32 KiB): round up to the size class, take the next free slot of the
 *     mcache's span ({@code nextFreeFast}, else {@code nextFree}, which may refill from the
 *     mcentral, which may grow from the mheap); clear the slot if the span may hold garbage.</li>
 * <li><b>large</b>: a dedicated span of ceil(size/8 KiB) pages.</li>
 * </ol>
 * Size 0 returns {@link MHeap#zerobase} with no accounting. When a new span was taken or the
 * object was large ({@code shouldhelpgc}) the heap's GC trigger hook runs.
 *
 * <p>Not modelled yet (no GC): assist credit, allocate-black, heap bitmap writes (glassgo reads
 * pointer layout from the type), memory profiling samples.
 */
public final class Malloc {
    /** Go's maxTinySize. */
    public static final long MAX_TINY_SIZE = 16;
    /** Go's maxAlloc on 64-bit. */
    public static final long MAX_ALLOC = 1L << 48;

    private Malloc() {
    }

    /** Allocates size bytes for an object of type typ (null = noscan raw memory). Returns its address. */
    public static long mallocgc(MCache c, long size, RType typ, boolean needzero) {
        MHeap h = c.heap;
        if (size == 0) return h.zerobase;
        if (size < 0 || size > MAX_ALLOC) throw Throw.fatal("out of memory allocating heap arena metadata"); // callers check first
        boolean shouldhelpgc = false;
        boolean noscan = typ == null || typ.ptrdata == 0;
        long x;
        MSpan span;
        String path = null;
        long reqSize = size;
        if (size <= SizeClasses.MAX_SMALL_SIZE) {
            if (noscan && size < MAX_TINY_SIZE) {
                long off = c.tinyoffset;
                if ((size & 7) == 0) off = (off + 7) & ~7L;
                else if ((size & 3) == 0) off = (off + 3) & ~3L;
                else if ((size & 1) == 0) off = (off + 1) & ~1L;
                if (off + size <= MAX_TINY_SIZE && c.tiny != 0) {
                    x = c.tiny + off;
                    c.tinyoffset = off + size;
                    c.tinyAllocs++;
                    if (c.alloctrace) narrate(c, x, reqSize, SpanClass.TINY_SPAN_CLASS, h.spanOf(x), "tiny", typ);
                    return x;
                }
                span = c.alloc[SpanClass.TINY_SPAN_CLASS];
                long v = MSpan.nextFreeFast(span);
                path = "mcache";
                if (v == 0) {
                    v = c.nextFree(SpanClass.TINY_SPAN_CLASS);
                    span = c.alloc[SpanClass.TINY_SPAN_CLASS];
                    shouldhelpgc = c.refilled;
                    if (c.refilled) path = c.lastRefillGrew ? "mheap" : "mcentral";
                }
                x = v;
                h.mem.putLong(x, 0);
                h.mem.putLong(x + 8, 0);
                if (size < c.tinyoffset || c.tiny == 0) {
                    c.tiny = x;
                    c.tinyoffset = size;
                }
                size = MAX_TINY_SIZE;
                if (c.alloctrace) narrate(c, x, reqSize, SpanClass.TINY_SPAN_CLASS, span, "tiny-block/" + path, typ);
            } else {
                int sizeclass = SizeClasses.sizeToClass(size);
                size = SizeClasses.CLASS_TO_SIZE[sizeclass];
                int spc = sizeclass << 1 | (noscan ? 1 : 0);
                span = c.alloc[spc];
                long v = MSpan.nextFreeFast(span);
                if (v == 0) {
                    v = c.nextFree(spc);
                    span = c.alloc[spc];
                    shouldhelpgc = c.refilled;
                    if (c.alloctrace) path = c.refilled ? (c.lastRefillGrew ? "mheap" : "mcentral") : "mcache";
                } else if (c.alloctrace) {
                    path = "mcache";
                }
                x = v;
                if (needzero && span.needzero) h.mem.clear(x, size);
                if (c.alloctrace) narrate(c, x, reqSize, spc, span, path, typ);
            }
        } else {
            shouldhelpgc = true;
            span = c.allocLarge(size, noscan);
            span.freeindex = 1;
            span.allocCount = 1;
            size = span.elemsize;
            x = span.startAddr;
            if (needzero && span.needzero) h.mem.clear(x, size);
            if (c.alloctrace) narrate(c, x, reqSize, span.spanclass, span, "large", typ);
        }
        if (!noscan) {
            long scanSize = reqSize > typ.size ? reqSize - typ.size + typ.ptrdata : typ.ptrdata;
            c.scanAlloc += scanSize;
        }
        span.freeIndexForScan = span.freeindex;
        if (c.allocfreetrace) tracealloc(h.debug.err(), x, size, typ);
        if (shouldhelpgc) {
            Runnable trigger = h.gcTrigger;
            if (trigger != null) trigger.run();
        }
        return x;
    }

    /** Go's newobject: {@code mallocgc(t.size, t, true)}. */
    public static long newobject(MCache c, RType t) {
        return mallocgc(c, t.size, t, true);
    }

    /**
     * Go's newarray: {@code mallocgc(t.size*n, t, true)}; n == 1 is newobject. Overflow, negative
     * n, or more than maxAlloc panics {@code runtime error: allocation size out of range}... except
     * that Go's newarray reports negative n as {@code runtime error: makeslice: len out of range}
     * at its callers; here any invalid n is the allocation-size panic.
     */
    public static long newarray(MCache c, RType t, long n) {
        if (n == 1) return mallocgc(c, t.size, t, true);
        if (n < 0 || (t.size != 0 && n > MAX_ALLOC / t.size)) {
            throw new RuntimeErrorException("allocation size out of range");
        }
        return mallocgc(c, t.size * n, t, true);
    }

    /** GODEBUG=allocfreetrace=1: Go's tracealloc first line (Go then prints a goroutine traceback; glassgo does not). */
    static void tracealloc(PrintStream out, long p, long size, RType typ) {
        if (typ == null) out.println("tracealloc(0x" + Long.toHexString(p) + ", 0x" + Long.toHexString(size) + ")");
        else out.println("tracealloc(0x" + Long.toHexString(p) + ", 0x" + Long.toHexString(size) + ", " + typ.name + ")");
    }

    /**
     * GLASSDEBUG=alloctrace=1 line:
     * {@code alloc 0xADDR size=REQ class=C/SIZE noscan|scan span=0xBASE path=PATH type=T}
     * where PATH is tiny (sub-allocation in the current block), mcache (a free slot of the cached
     * span), mcentral (refilled from a span another mcache returned or the sweeper freed), mheap
     * (refilled with a span freshly carved from the page heap), large (dedicated span), and for a
     * new tiny block {@code tiny-block/<one of those>}.
     */
    static void narrate(MCache c, long x, long req, int spc, MSpan span, String path, RType typ) {
        int cl = SpanClass.sizeclass(spc);
        String cls = cl == 0 ? "large/" + (span.npages << MHeap.PAGE_SHIFT) : cl + "/" + SizeClasses.CLASS_TO_SIZE[cl];
        c.heap.debug.err().println("alloc 0x" + Long.toHexString(x) + " size=" + req + " class=" + cls
                + (SpanClass.noscan(spc) ? " noscan" : " scan") + " span=0x" + Long.toHexString(span.startAddr)
                + " path=" + path + " type=" + (typ == null ? "-" : typ.name));
    }
}
