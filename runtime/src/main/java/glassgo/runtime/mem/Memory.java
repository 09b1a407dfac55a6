package glassgo.runtime.mem;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.BitSet;

/**
 * The flat, little-endian, 64-bit address space every Go value lives in.
 *
 * <p>Addresses are split as {@code chunk = addr >>> 22}, {@code offset = addr & (4 MiB - 1)}: the
 * backing store is a table of 4 MiB {@code byte[]} chunks, created only when a region is mapped
 * ({@link #map}). Go reserves 64 MiB arenas but commits ({@code sysMap}) heap memory in 4 MiB
 * steps ({@code pallocChunkBytes}); a Java array is committed and zeroed at creation, so the
 * backing granule here is Go's commit granule, and the 64 MiB arena survives as a metadata unit
 * in {@code glassgo.runtime.heap.MHeap}. See package-info for the layout and the benchmark that
 * chose this representation.
 *
 * <p>Fast paths do no range check of their own: an unmapped chunk is a {@code null} table entry
 * (NullPointerException), an address above 2^40 indexes past the table
 * (ArrayIndexOutOfBoundsException); both are caught and turned into {@link MemoryFault}. A
 * misaligned multi-byte access that straddles two chunks also lands in the catch and is served
 * byte by byte by the slow path.
 *
 * <p>Thread-safety: plain loads and stores have Java's plain-access semantics (Go's memory model
 * for racy programs is weaker still); the {@code *Volatile}/{@code cas*}/{@code getAndAdd*}
 * methods are the sync/atomic primitives and need naturally aligned addresses. Mapping is
 * synchronized and publishes the new chunk with a release store.
 */
public final class Memory {
    /** Go's first heap arena hint on linux/amd64: the heap grows upward from here. */
    public static final long HEAP_BASE = 0xc000000000L;
    /** Read-only data (string literals, type descriptors, static funcvals). Arena 1. */
    public static final long RODATA_BASE = 0x4000000L;
    /** End (exclusive) of the rodata region; globals start here. */
    public static final long RODATA_LIMIT = 0x40000000L;
    /** Global variables (data + bss). */
    public static final long GLOBALS_BASE = 0x40000000L;
    /** End (exclusive) of the globals region. */
    public static final long GLOBALS_LIMIT = 0x80000000L;

    /** log2 of the backing chunk size (4 MiB, Go's pallocChunkBytes). */
    public static final int CHUNK_SHIFT = 22;
    public static final long CHUNK_BYTES = 1L << CHUNK_SHIFT;
    private static final int CHUNK_MASK = (1 << CHUNK_SHIFT) - 1;
    /** Addresses are below 2^ADDR_BITS (1 TiB): enough for 256 GiB of heap above HEAP_BASE. */
    public static final int ADDR_BITS = 40;

    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle CHUNKS = MethodHandles.arrayElementVarHandle(byte[][].class);
    /**
     * The plain multi-byte loads and stores use sun.misc.Unsafe over the chunk (see package-info:
     * it is faster than the byteArrayView VarHandle in C2 code and much faster before HotSpot has
     * compiled the caller). Unsafe does not check: every access tests for a missing chunk and for
     * an access running past the chunk's end first, and takes the faulting slow path then.
     */
    private static final sun.misc.Unsafe U = unsafe();
    private static final long BYTES = U.arrayBaseOffset(byte[].class);
    private static final boolean LE = ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN;

    private static sun.misc.Unsafe unsafe() {
        try {
            java.lang.reflect.Field f = sun.misc.Unsafe.class.getDeclaredField("theUnsafe");
            f.setAccessible(true);
            return (sun.misc.Unsafe) f.get(null);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final byte[][] chunks = new byte[1 << (ADDR_BITS - CHUNK_SHIFT)][];

    private long rodataNext = RODATA_BASE;
    private long globalsNext = GLOBALS_BASE;
    /** One bit per 8-byte word of the globals region: 1 = the word may hold a pointer (GC root). */
    private final BitSet globalsPtrmask = new BitSet();

    public Memory() {
    }

    // ---------------------------------------------------------------- mapping (sysMap)

    /**
     * Maps (commits, zeroed) every 4 MiB chunk overlapping {@code [addr, addr+n)}. Idempotent:
     * already-mapped chunks keep their contents. Address 0's chunk can never be mapped.
     */
    public synchronized void map(long addr, long n) {
        if (n <= 0) return;
        if (addr < RODATA_BASE || addr + n > (1L << ADDR_BITS) || addr + n < addr) {
            throw new IllegalArgumentException("map of illegal range 0x" + Long.toHexString(addr) + "+" + n);
        }
        for (long c = addr >>> CHUNK_SHIFT; c <= (addr + n - 1) >>> CHUNK_SHIFT; c++) {
            if (chunks[(int) c] == null) CHUNKS.setRelease(chunks, (int) c, new byte[1 << CHUNK_SHIFT]);
        }
    }

    /** True if the byte at {@code addr} is mapped. */
    public boolean isMapped(long addr) {
        if (addr < 0 || addr >= (1L << ADDR_BITS)) return false;
        return CHUNKS.getAcquire(chunks, (int) (addr >>> CHUNK_SHIFT)) != null;
    }

    // ---------------------------------------------------------------- loads and stores

    /** The chunk holding addr, or null if it is unmapped or beyond the address space (the caller's slow path faults). */
    private byte[] chunk(long addr) {
        long c = addr >>> CHUNK_SHIFT;
        return c < chunks.length ? chunks[(int) c] : null;
    }

    public long getLong(long addr) {
        byte[] ch = chunk(addr);
        long off = addr & CHUNK_MASK;
        if (ch == null || off > CHUNK_BYTES - 8) return slowGet(addr, 8);
        long v = U.getLong(ch, BYTES + off);
        return LE ? v : Long.reverseBytes(v);
    }

    public void putLong(long addr, long v) {
        byte[] ch = chunk(addr);
        long off = addr & CHUNK_MASK;
        if (ch == null || off > CHUNK_BYTES - 8) { slowPut(addr, 8, v); return; }
        U.putLong(ch, BYTES + off, LE ? v : Long.reverseBytes(v));
    }

    public int getInt(long addr) {
        byte[] ch = chunk(addr);
        long off = addr & CHUNK_MASK;
        if (ch == null || off > CHUNK_BYTES - 4) return (int) slowGet(addr, 4);
        int v = U.getInt(ch, BYTES + off);
        return LE ? v : Integer.reverseBytes(v);
    }

    public void putInt(long addr, int v) {
        byte[] ch = chunk(addr);
        long off = addr & CHUNK_MASK;
        if (ch == null || off > CHUNK_BYTES - 4) { slowPut(addr, 4, v); return; }
        U.putInt(ch, BYTES + off, LE ? v : Integer.reverseBytes(v));
    }

    public short getShort(long addr) {
        byte[] ch = chunk(addr);
        long off = addr & CHUNK_MASK;
        if (ch == null || off > CHUNK_BYTES - 2) return (short) slowGet(addr, 2);
        short v = U.getShort(ch, BYTES + off);
        return LE ? v : Short.reverseBytes(v);
    }

    public void putShort(long addr, short v) {
        byte[] ch = chunk(addr);
        long off = addr & CHUNK_MASK;
        if (ch == null || off > CHUNK_BYTES - 2) { slowPut(addr, 2, v); return; }
        U.putShort(ch, BYTES + off, LE ? v : Short.reverseBytes(v));
    }

    public byte getByte(long addr) {
        try {
            return chunks[(int) (addr >>> CHUNK_SHIFT)][(int) addr & CHUNK_MASK];
        } catch (NullPointerException | IndexOutOfBoundsException e) {
            throw new MemoryFault(addr);
        }
    }

    public void putByte(long addr, byte v) {
        try {
            chunks[(int) (addr >>> CHUNK_SHIFT)][(int) addr & CHUNK_MASK] = v;
        } catch (NullPointerException | IndexOutOfBoundsException e) {
            throw new MemoryFault(addr);
        }
    }

    /** Misaligned access straddling two chunks, or a fault: assemble little-endian byte by byte. */
    private long slowGet(long addr, int n) {
        long v = 0;
        for (int i = 0; i < n; i++) v |= (getByte(addr + i) & 0xffL) << (8 * i);
        return v;
    }

    private void slowPut(long addr, int n, long v) {
        for (int i = 0; i < n; i++) chunkFor(addr + i); // fault before writing anything
        for (int i = 0; i < n; i++) putByte(addr + i, (byte) (v >>> (8 * i)));
    }

    /** The chunk holding {@code addr}, or MemoryFault. */
    private byte[] chunkFor(long addr) {
        if (addr < 0 || addr >= (1L << ADDR_BITS)) throw new MemoryFault(addr);
        byte[] c = chunks[(int) (addr >>> CHUNK_SHIFT)];
        if (c == null) throw new MemoryFault(addr);
        return c;
    }

    // ---------------------------------------------------------------- sync/atomic

    public long getLongVolatile(long addr) {
        return (long) LONG.getVolatile(chunkFor(addr), (int) addr & CHUNK_MASK);
    }

    public void putLongVolatile(long addr, long v) {
        LONG.setVolatile(chunkFor(addr), (int) addr & CHUNK_MASK, v);
    }

    public boolean casLong(long addr, long expect, long update) {
        return LONG.compareAndSet(chunkFor(addr), (int) addr & CHUNK_MASK, expect, update);
    }

    public long getAndAddLong(long addr, long delta) {
        return (long) LONG.getAndAdd(chunkFor(addr), (int) addr & CHUNK_MASK, delta);
    }

    public int getIntVolatile(long addr) {
        return (int) INT.getVolatile(chunkFor(addr), (int) addr & CHUNK_MASK);
    }

    public void putIntVolatile(long addr, int v) {
        INT.setVolatile(chunkFor(addr), (int) addr & CHUNK_MASK, v);
    }

    public boolean casInt(long addr, int expect, int update) {
        return INT.compareAndSet(chunkFor(addr), (int) addr & CHUNK_MASK, expect, update);
    }

    public int getAndAddInt(long addr, int delta) {
        return (int) INT.getAndAdd(chunkFor(addr), (int) addr & CHUNK_MASK, delta);
    }

    // ---------------------------------------------------------------- bulk operations

    /** Length of the piece starting at {@code addr} that stays inside its chunk, capped at n. */
    private static long piece(long addr, long n) {
        return Math.min(n, CHUNK_BYTES - (addr & CHUNK_MASK));
    }

    /** memmove: copies n bytes from src to dst; correct for overlapping ranges. */
    public void copy(long dst, long src, long n) {
        if (n <= 0) {
            if (n < 0) throw new IllegalArgumentException("negative copy length " + n);
            return;
        }
        int so = (int) src & CHUNK_MASK, d0 = (int) dst & CHUNK_MASK;
        if (so + n <= CHUNK_BYTES && d0 + n <= CHUNK_BYTES) { // common case: one chunk each
            System.arraycopy(chunkFor(src), so, chunkFor(dst), d0, (int) n);
            return;
        }
        checkMapped(src, n);
        checkMapped(dst, n);
        if (dst <= src || dst >= src + n) { // forward
            long done = 0;
            while (done < n) {
                long k = Math.min(piece(src + done, n - done), piece(dst + done, n - done));
                System.arraycopy(chunkFor(src + done), (int) (src + done) & CHUNK_MASK,
                        chunkFor(dst + done), (int) (dst + done) & CHUNK_MASK, (int) k);
                done += k;
            }
        } else { // overlapping with dst above src: copy backward, piece by piece from the end
            long left = n;
            while (left > 0) {
                long se = src + left, de = dst + left; // exclusive ends
                long k = Math.min(left, Math.min(backPiece(se), backPiece(de)));
                System.arraycopy(chunkFor(se - k), (int) (se - k) & CHUNK_MASK,
                        chunkFor(de - k), (int) (de - k) & CHUNK_MASK, (int) k);
                left -= k;
            }
        }
    }

    /** Bytes available going backward from exclusive end {@code end} within its chunk. */
    private static long backPiece(long end) {
        long off = (end - 1) & CHUNK_MASK;
        return off + 1;
    }

    private void checkMapped(long addr, long n) {
        for (long a = addr; a < addr + n; a = (a & ~(long) CHUNK_MASK) + CHUNK_BYTES) chunkFor(a);
    }

    /** memclr: zeroes n bytes. */
    public void clear(long addr, long n) {
        if (n <= 64) { // frame temporaries and small objects: a few word stores, no Arrays.fill call
            byte[] ch = chunk(addr);
            long off = addr & CHUNK_MASK;
            if (ch != null && n >= 0 && off + n <= CHUNK_BYTES) {
                long p = BYTES + off, end = p + n;
                for (; p + 8 <= end; p += 8) U.putLong(ch, p, 0L);
                for (; p < end; p++) U.putByte(ch, p, (byte) 0);
                return;
            }
        }
        if (n < 0) throw new IllegalArgumentException("negative clear length " + n);
        checkMapped(addr, n);
        long done = 0;
        while (done < n) {
            long a = addr + done;
            long k = piece(a, n - done);
            int off = (int) a & CHUNK_MASK;
            Arrays.fill(chunkFor(a), off, off + (int) k, (byte) 0);
            done += k;
        }
    }

    /** memequal: true if the n bytes at a and b are identical. */
    public boolean equal(long a, long b, long n) {
        if (n < 0) throw new IllegalArgumentException("negative length " + n);
        if (a == b) {
            if (n > 0) checkMapped(a, n);
            return true;
        }
        long done = 0;
        while (done < n) {
            long x = a + done, y = b + done;
            long k = Math.min(piece(x, n - done), piece(y, n - done));
            int xo = (int) x & CHUNK_MASK, yo = (int) y & CHUNK_MASK;
            if (!Arrays.equals(chunkFor(x), xo, xo + (int) k, chunkFor(y), yo, yo + (int) k)) return false;
            done += k;
        }
        return true;
    }

    public byte[] getBytes(long addr, int n) {
        byte[] out = new byte[n];
        int done = 0;
        while (done < n) {
            long a = addr + done;
            int k = (int) piece(a, n - done);
            System.arraycopy(chunkFor(a), (int) a & CHUNK_MASK, out, done, k);
            done += k;
        }
        return out;
    }

    public void putBytes(long addr, byte[] b, int off, int len) {
        if (len > 0) checkMapped(addr, len);
        int done = 0;
        while (done < len) {
            long a = addr + done;
            int k = (int) piece(a, len - done);
            System.arraycopy(b, off + done, chunkFor(a), (int) a & CHUNK_MASK, k);
            done += k;
        }
    }

    // ---------------------------------------------------------------- static regions

    /** Read-only data: bump-allocated from {@link #RODATA_BASE}, never freed. Returns its address. */
    public synchronized long allocRodata(long size, int align) {
        long p = alignUp(rodataNext, align);
        if (p + size > RODATA_LIMIT) throw new IllegalStateException("rodata region exhausted");
        map(p, Math.max(size, 1));
        rodataNext = p + size;
        return p;
    }

    /**
     * Global variables (data/bss): bump-allocated from {@link #GLOBALS_BASE}, zeroed. Bit i of
     * {@code ptrmask} (word i of the variable) marks a word that may hold a pointer; those words are
     * GC roots ({@link #isGlobalPointerWord}). {@code ptrmask} may be null for pointer-free globals.
     */
    public synchronized long allocGlobals(long size, int align, long[] ptrmask) {
        long p = alignUp(globalsNext, Math.max(align, 1));
        if (p + size > GLOBALS_LIMIT) throw new IllegalStateException("globals region exhausted");
        map(p, Math.max(size, 1));
        globalsNext = p + size;
        if (ptrmask != null) {
            long words = (size + 7) / 8;
            long w0 = (p - GLOBALS_BASE) >>> 3;
            if ((p & 7) != 0 && ptrmask.length > 0) throw new IllegalArgumentException("pointerful global must be word aligned");
            for (long i = 0; i < words && (i >>> 6) < ptrmask.length; i++) {
                if ((ptrmask[(int) (i >>> 6)] >>> (i & 63) & 1) != 0) globalsPtrmask.set((int) (w0 + i));
            }
        }
        return p;
    }

    /** First address past the globals allocated so far (the GC scans [GLOBALS_BASE, globalsEnd)). */
    public synchronized long globalsEnd() {
        return globalsNext;
    }

    /** First address past the rodata allocated so far. */
    public synchronized long rodataEnd() {
        return rodataNext;
    }

    /** True if the global word at {@code addr} (8-aligned) was declared pointer-holding. */
    public synchronized boolean isGlobalPointerWord(long addr) {
        if (addr < GLOBALS_BASE || addr >= globalsNext) return false;
        return globalsPtrmask.get((int) ((addr - GLOBALS_BASE) >>> 3));
    }

    private static long alignUp(long v, long a) {
        if (a <= 1) return v;
        if ((a & (a - 1)) != 0) throw new IllegalArgumentException("alignment not a power of two: " + a);
        return (v + a - 1) & -a;
    }
}
