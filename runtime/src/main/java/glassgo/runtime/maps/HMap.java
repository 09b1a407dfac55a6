package glassgo.runtime.maps;

import glassgo.runtime.debug.Throw;
import glassgo.runtime.heap.MCache;
import glassgo.runtime.heap.Malloc;
import glassgo.runtime.heap.SizeClasses;
import glassgo.runtime.mem.Memory;
import glassgo.runtime.types.Alg;
import glassgo.runtime.types.FieldSpec;
import glassgo.runtime.types.Kind;
import glassgo.runtime.types.RType;
import glassgo.runtime.types.TypeRegistry;

import java.util.Arrays;
import java.util.List;

/**
 * Go 1.19's hashmap (runtime/map.go) on glassgo's flat memory. One instance per runtime: it holds
 * the address space, the key algorithms, the seeded {@link FastRand}, the {@link PointerStore}
 * (write-barrier entry point), the shared {@code zeroVal} and the {@link MapTrace} switch. Every
 * operation works on addresses: a map value is the address of its {@code hmap} (0 = nil map),
 * keys are passed by address, element slots are returned by address, and the iterator is a
 * {@code hiter} struct in flat memory (so the VM can keep it in a frame).
 *
 * <p>Operations that may allocate take the caller's {@link MCache} (its P's mcache) and allocate
 * through {@link Malloc} exactly where map.go calls newobject/newarray/growslice. The
 * algorithms and their comments follow map.go function by function; see package-info for the
 * invariants.
 */
public final class HMap {
    // ---------------------------------------------------------------- constants (map.go)
    public static final int BUCKET_CNT_BITS = 3;
    public static final int BUCKET_CNT = 1 << BUCKET_CNT_BITS;
    public static final int LOAD_FACTOR_NUM = 13, LOAD_FACTOR_DEN = 2;
    public static final int MAX_KEY_SIZE = 128, MAX_ELEM_SIZE = 128;
    public static final int DATA_OFFSET = 8;
    /** Size of the shared zero area (Go's {@code maxZero}); larger elems get their own. */
    public static final int MAX_ZERO = 1024;

    public static final int EMPTY_REST = 0, EMPTY_ONE = 1, EVACUATED_X = 2, EVACUATED_Y = 3, EVACUATED_EMPTY = 4, MIN_TOP_HASH = 5;
    public static final int ITERATOR = 1, OLD_ITERATOR = 2, HASH_WRITING = 4, SAME_SIZE_GROW = 8;
    static final long NO_CHECK = -1L; // 1<<64 - 1
    private static final long MAX_ALLOC = 1L << 48;

    // ---------------------------------------------------------------- hmap layout (48 bytes)
    public static final int HMAP_SIZE = 48;
    public static final int H_COUNT = 0, H_FLAGS = 8, H_B = 9, H_NOVERFLOW = 10, H_HASH0 = 12, H_BUCKETS = 16,
            H_OLDBUCKETS = 24, H_NEVACUATE = 32, H_EXTRA = 40;
    // mapextra (24 bytes): overflow *[]*bmap, oldoverflow *[]*bmap, nextOverflow *bmap
    public static final int MAPEXTRA_SIZE = 24;
    public static final int X_OVERFLOW = 0, X_OLDOVERFLOW = 8, X_NEXTOVERFLOW = 16;
    // hiter (96 bytes)
    public static final int HITER_SIZE = 96;
    public static final int IT_KEY = 0, IT_ELEM = 8, IT_T = 16, IT_H = 24, IT_BUCKETS = 32, IT_BPTR = 40,
            IT_OVERFLOW = 48, IT_OLDOVERFLOW = 56, IT_STARTBUCKET = 64, IT_OFFSET = 72, IT_WRAPPED = 73, IT_B = 74,
            IT_I = 75, IT_BUCKET = 80, IT_CHECKBUCKET = 88;

    final Memory mem;
    private final Alg alg;
    private final TypeRegistry types;
    private final FastRand rand;
    private final MapTrace trace;
    volatile PointerStore ps;

    /** Go's {@code hmap}, {@code mapextra}, and the {@code []*bmap} slice header kept by mapextra. */
    public final RType hmapType, mapextraType, overflowSliceType;
    private final RType u8, uintptrT, unsafePtr;
    /** Shared zero area of {@link #MAX_ZERO} bytes in rodata. */
    public final long zeroVal;

    private volatile MapType[] byIndex = new MapType[64];
    /** map_fast64.go and map_faststr.go: the operations for {@link MapType#FAST64} and {@link MapType#FASTSTR} map types. */
    private final MapFast64 fast64;
    private final MapFastStr faststr;

    public HMap(Memory mem, TypeRegistry types, Alg alg, FastRand rand, MapTrace trace) {
        this.mem = mem;
        this.types = types;
        this.alg = alg;
        this.rand = rand;
        this.trace = trace == null ? MapTrace.OFF : trace;
        this.ps = PointerStore.plain(mem);
        this.u8 = RType.basic(Kind.UINT8);
        this.uintptrT = RType.basic(Kind.UINTPTR);
        this.unsafePtr = RType.unsafePointer();
        this.hmapType = RType.struct("runtime.hmap", List.of(
                new FieldSpec("count", RType.basic(Kind.INT), false),
                new FieldSpec("flags", u8, false),
                new FieldSpec("B", u8, false),
                new FieldSpec("noverflow", RType.basic(Kind.UINT16), false),
                new FieldSpec("hash0", RType.basic(Kind.UINT32), false),
                new FieldSpec("buckets", unsafePtr, false),
                new FieldSpec("oldbuckets", unsafePtr, false),
                new FieldSpec("nevacuate", uintptrT, false),
                new FieldSpec("extra", unsafePtr, false)));
        if (hmapType.size != HMAP_SIZE) throw new IllegalStateException("hmap size " + hmapType.size);
        this.mapextraType = RType.struct("runtime.mapextra", List.of(
                new FieldSpec("overflow", unsafePtr, false),
                new FieldSpec("oldoverflow", unsafePtr, false),
                new FieldSpec("nextOverflow", unsafePtr, false)));
        this.overflowSliceType = RType.slice(unsafePtr);
        this.zeroVal = mem.allocRodata(MAX_ZERO, 8);
        this.fast64 = new MapFast64(this);
        this.faststr = new MapFastStr(this);
    }

    /** Swaps the write-barrier entry point (the GC installs its barrier here). */
    public void setPointerStore(PointerStore ps) {
        this.ps = ps;
    }

    public PointerStore pointerStore() {
        return ps;
    }

    public Memory memory() {
        return mem;
    }

    // ---------------------------------------------------------------- map types

    /**
     * The (cached) {@link MapType} of {@code map[K]V}; registers the type descriptor if needed.
     * Every map operation starts here, so the common case is one field load
     * ({@link RType#mapTypeCache}) and an owner check.
     */
    public MapType maptype(RType mapType) {
        Object c = mapType.mapTypeCache;
        if (c instanceof MapType && ((MapType) c).owner == this) return (MapType) c;
        MapType t = maptypeSlow(mapType);
        mapType.mapTypeCache = t; // MapType is immutable (final fields): safe to publish by a race
        return t;
    }

    private MapType maptypeSlow(RType mapType) {
        if (mapType.addr == 0) types.register(mapType);
        int idx = mem.getInt(mapType.addr + TypeRegistry.OFF_INDEX);
        MapType[] tab = byIndex;
        if (idx < tab.length && tab[idx] != null && tab[idx].type == mapType) return tab[idx];
        synchronized (this) {
            tab = byIndex;
            if (idx >= tab.length) tab = Arrays.copyOf(tab, Math.max(idx + 1, tab.length * 2));
            MapType t = tab[idx];
            if (t == null || t.type != mapType) {
                long own = mapType.elem.size > MAX_ZERO ? mem.allocRodata(mapType.elem.size, 8) : 0;
                t = new MapType(this, mapType, u8, uintptrT, unsafePtr, zeroVal, own);
                tab[idx] = t;
            }
            byIndex = tab; // publish
            return t;
        }
    }

    /** The MapType whose map type descriptor is at {@code addr} (an iterator's {@code t} word). */
    private MapType maptypeAt(long addr) {
        int idx = mem.getInt(addr + TypeRegistry.OFF_INDEX);
        MapType[] tab = byIndex;
        MapType t = idx < tab.length ? tab[idx] : null;
        if (t == null) {
            synchronized (this) {
                t = byIndex[idx];
            }
        }
        return t;
    }

    // ---------------------------------------------------------------- small helpers

    static long bucketShift(int b) {
        return 1L << (b & 63);
    }

    static long bucketMask(int b) {
        return bucketShift(b) - 1;
    }

    /** The cell state / top 8 bits of the hash, shifted out of the reserved range. */
    static int tophash(long hash) {
        int top = (int) (hash >>> 56);
        if (top < MIN_TOP_HASH) top += MIN_TOP_HASH;
        return top;
    }

    static boolean isEmpty(int x) {
        return x <= EMPTY_ONE;
    }

    private int top(long b, long i) {
        return mem.getByte(b + i) & 0xff;
    }

    private boolean evacuated(long b) {
        int h = top(b, 0);
        return h > EMPTY_ONE && h < MIN_TOP_HASH;
    }

    long overflow(MapType t, long b) {
        return mem.getLong(b + t.overflowOff);
    }

    private void setoverflow(MapType t, long b, long ovf) {
        ps.storePointer(b + t.overflowOff, ovf);
    }

    int flags(long h) {
        return mem.getByte(h + H_FLAGS) & 0xff;
    }

    void setFlags(long h, int f) {
        mem.putByte(h + H_FLAGS, (byte) f);
    }

    int B(long h) {
        return mem.getByte(h + H_B) & 0xff;
    }

    long hash0(long h) {
        return mem.getInt(h + H_HASH0) & 0xffffffffL;
    }

    private int noverflow(long h) {
        return mem.getShort(h + H_NOVERFLOW) & 0xffff;
    }

    boolean growing(long h) {
        return mem.getLong(h + H_OLDBUCKETS) != 0;
    }

    private boolean sameSizeGrow(long h) {
        return (flags(h) & SAME_SIZE_GROW) != 0;
    }

    private long noldbuckets(long h) {
        int oldB = B(h);
        if (!sameSizeGrow(h)) oldB--;
        return bucketShift(oldB);
    }

    private long oldbucketmask(long h) {
        return noldbuckets(h) - 1;
    }

    static boolean overLoadFactor(long count, int B) {
        return count > BUCKET_CNT && count > LOAD_FACTOR_NUM * (bucketShift(B) / LOAD_FACTOR_DEN);
    }

    static boolean tooManyOverflowBuckets(int noverflow, int B) {
        if (B > 15) B = 15;
        return noverflow >= (1 << (B & 15));
    }

    long newobject(MCache c, RType t) {
        return Malloc.newobject(c, t);
    }

    /** The hash of the key at {@code key}; may throw RuntimeErrorException (unhashable dynamic type). */
    private long hash(MapType t, long key, long seed) {
        switch (t.keyAlg) {
            case MapType.ALG_MEM64: return Alg.memhash64(mem.getLong(key), seed);
            case MapType.ALG_STR: return Alg.memhash(mem, mem.getLong(key), mem.getLong(key + 8), seed);
            case MapType.ALG_MEM8: case MapType.ALG_MEM16: case MapType.ALG_MEM32: return Alg.memhash(mem, key, t.key.size, seed);
            default: return alg.hash(mem, key, t.key, seed);
        }
    }

    /**
     * The first word of the search key at {@code key} for the word-keyed algorithms (the int
     * value, or a string's data pointer), loaded once per operation; 0 for the others.
     */
    private long keyWord0(MapType t, long key) {
        return t.keyAlg == MapType.ALG_MEM64 || t.keyAlg == MapType.ALG_STR ? mem.getLong(key) : 0;
    }

    /** The second word (a string's length) for ALG_STR; 0 for the others. */
    private long keyWord1(MapType t, long key) {
        return t.keyAlg == MapType.ALG_STR ? mem.getLong(key + 8) : 0;
    }

    /** {@link #hash} with the search key's words already loaded ({@link #keyWord0}, {@link #keyWord1}). */
    private long hashKey(MapType t, long key, long kw0, long kw1, long seed) {
        switch (t.keyAlg) {
            case MapType.ALG_MEM64: return Alg.memhash64(kw0, seed);
            case MapType.ALG_STR: return Alg.memhash(mem, kw0, kw1, seed);
            default: return hash(t, key, seed);
        }
    }

    /** {@code keyEqual(t, key, k)} for the search key at {@code key} whose words are already loaded. */
    private boolean keyMatches(MapType t, long key, long kw0, long kw1, long k) {
        switch (t.keyAlg) {
            case MapType.ALG_MEM64: return mem.getLong(k) == kw0;
            case MapType.ALG_STR: {
                if (mem.getLong(k + 8) != kw1) return false;
                long p = mem.getLong(k);
                return p == kw0 || bytesEqual(kw0, p, kw1);
            }
            default: return keyEqual(t, key, k);
        }
    }

    /** memequal of n bytes at a and b, with word compares for short strings (never reading outside them). */
    boolean bytesEqual(long a, long b, long n) {
        if (n >= 8) {
            if (n > 16) return mem.equal(a, b, n);
            return mem.getLong(a) == mem.getLong(b) && mem.getLong(a + n - 8) == mem.getLong(b + n - 8);
        }
        if (n >= 4) return mem.getInt(a) == mem.getInt(b) && mem.getInt(a + n - 4) == mem.getInt(b + n - 4);
        if (n >= 2) return mem.getShort(a) == mem.getShort(b) && mem.getShort(a + n - 2) == mem.getShort(b + n - 2);
        return n == 0 || mem.getByte(a) == mem.getByte(b);
    }

    // A bucket's 8 tophash bytes are read as one little-endian word and searched a word at a time.
    private static final long LSB = 0x0101010101010101L, MSB = 0x8080808080808080L;

    /**
     * Bit 7 of byte i set where byte i of x may be 0. The lowest set bit is always a true zero
     * byte; bits above a zero byte may be false (a borrow), so callers verify candidates.
     */
    private static long zeroBytes(long x) {
        return (x - LSB) & ~x & MSB;
    }

    /** Candidate cells whose tophash byte equals {@code top} (verify each: see {@link #zeroBytes}). */
    static long topMatches(long tops, int top) {
        return zeroBytes(tops ^ (LSB * top));
    }

    /** Cell index (0..7) of the lowest candidate bit in a {@link #zeroBytes} mask. */
    static int cellOf(long mask) {
        return Long.numberOfTrailingZeros(mask) >>> 3;
    }

    /** Tophash byte of cell i in the word {@code tops}. */
    static int topAt(long tops, int i) {
        return (int) (tops >>> (i << 3)) & 0xff;
    }

    /** True if the word holds an emptyRest cell: no cell of this bucket after it, nor of a later bucket of the chain, is in use. */
    static boolean hasEmptyRest(long tops) {
        return zeroBytes(tops) != 0;
    }

    /** The first empty cell (emptyRest or emptyOne) of the word, or -1. */
    private static int firstEmpty(long tops) {
        long m = zeroBytes(tops & ~LSB); // 0 and 1 both become 0
        return m == 0 ? -1 : cellOf(m);
    }

    private boolean keyEqual(MapType t, long a, long b) {
        switch (t.keyAlg) {
            case MapType.ALG_MEM64: return mem.getLong(a) == mem.getLong(b);
            case MapType.ALG_STR: {
                long n = mem.getLong(a + 8);
                if (n != mem.getLong(b + 8)) return false;
                long pa = mem.getLong(a), pb = mem.getLong(b);
                return pa == pb || mem.equal(pa, pb, n);
            }
            case MapType.ALG_MEM32: return mem.getInt(a) == mem.getInt(b);
            case MapType.ALG_MEM16: return mem.getShort(a) == mem.getShort(b);
            case MapType.ALG_MEM8: return mem.getByte(a) == mem.getByte(b);
            default: return alg.equal(mem, a, b, t.key);
        }
    }

    /** {@code typedmemmove(t.key, dst, key)} for the search key whose words are already loaded. */
    private void storeKey(MapType t, long dst, long key, long kw0) {
        if (t.keyAlg == MapType.ALG_MEM64 && t.key.ptrdata == 0) mem.putLong(dst, kw0);
        else typedmemmove(t.key, dst, key);
    }

    private void typedmemmove(RType t, long dst, long src) {
        if (t.ptrdata != 0) {
            ps.typedmemmove(t, dst, src);
        } else if (t.size == 8) {
            mem.putLong(dst, mem.getLong(src));
        } else {
            mem.copy(dst, src, t.size);
        }
    }

    static MapFatal fatal(String msg) {
        return new MapFatal(msg);
    }

    // ---------------------------------------------------------------- overflow buckets

    /** incrnoverflow: exact below B=16, then with probability 1/2^(B-15). */
    private void incrnoverflow(long h) {
        int B = B(h);
        if (B < 16) {
            mem.putShort(h + H_NOVERFLOW, (short) (noverflow(h) + 1));
            return;
        }
        long mask = (1L << (B - 15)) - 1;
        if ((rand.fastrand() & mask) == 0) mem.putShort(h + H_NOVERFLOW, (short) (noverflow(h) + 1));
    }

    private long newoverflow(MCache c, MapType t, long h, long b) {
        long ovf;
        long extra = mem.getLong(h + H_EXTRA);
        if (extra != 0 && (ovf = mem.getLong(extra + X_NEXTOVERFLOW)) != 0) {
            // A preallocated overflow bucket; see makeBucketArray.
            if (overflow(t, ovf) == 0) {
                ps.storePointer(extra + X_NEXTOVERFLOW, ovf + t.bucketsize);
            } else {
                // The last one: its overflow word held the non-nil sentinel.
                setoverflow(t, ovf, 0);
                ps.storePointer(extra + X_NEXTOVERFLOW, 0);
            }
        } else {
            ovf = newobject(c, t.bucket);
        }
        incrnoverflow(h);
        if (t.bucket.ptrdata == 0) {
            createOverflow(c, h);
            appendOverflow(c, mem.getLong(mem.getLong(h + H_EXTRA) + X_OVERFLOW), ovf);
        }
        setoverflow(t, b, ovf);
        return ovf;
    }

    private void createOverflow(MCache c, long h) {
        long extra = mem.getLong(h + H_EXTRA);
        if (extra == 0) {
            extra = newobject(c, mapextraType);
            ps.storePointer(h + H_EXTRA, extra);
        }
        if (mem.getLong(extra + X_OVERFLOW) == 0) {
            ps.storePointer(extra + X_OVERFLOW, newobject(c, overflowSliceType));
        }
    }

    /** {@code *s = append(*s, ovf)} for the {@code []*bmap} header at {@code s}, growing as growslice does. */
    private void appendOverflow(MCache c, long s, long ovf) {
        long arr = mem.getLong(s), len = mem.getLong(s + 8), cap = mem.getLong(s + 16);
        if (len == cap) {
            long newcap = cap, doublecap = cap + cap, need = len + 1;
            if (need > doublecap) {
                newcap = need;
            } else if (cap < 256) {
                newcap = doublecap;
            } else {
                while (0 < newcap && newcap < need) newcap += (newcap + 3 * 256) / 4;
                if (newcap <= 0) newcap = need;
            }
            long capmem = SizeClasses.roundupsize(newcap * 8);
            newcap = capmem / 8;
            long narr = Malloc.mallocgc(c, capmem, unsafePtr, true);
            for (long i = 0; i < len; i++) ps.storePointer(narr + 8 * i, mem.getLong(arr + 8 * i));
            ps.storePointer(s, narr);
            mem.putLong(s + 16, newcap);
            arr = narr;
        }
        ps.storePointer(arr + 8 * len, ovf);
        mem.putLong(s + 8, len + 1);
    }

    // ---------------------------------------------------------------- creation

    /** makemap_small: {@code make(map[K]V)} / hint ≤ 8 known at compile time: only the hmap. */
    public long makemap_small(MCache c) {
        long h = newobject(c, hmapType);
        mem.putInt(h + H_HASH0, (int) rand.fastrand());
        return h;
    }

    /** makemap: {@code make(map[K]V, hint)}. Returns the hmap address. */
    public long makemap(MCache c, MapType t, long hint) {
        if (hint < 0 || Math.multiplyHigh(hint, t.bucketsize) != 0 || hint * t.bucketsize > MAX_ALLOC) hint = 0;
        long h = newobject(c, hmapType);
        mem.putInt(h + H_HASH0, (int) rand.fastrand());
        int B = 0;
        while (overLoadFactor(hint, B)) B++;
        mem.putByte(h + H_B, (byte) B);
        // if B == 0, the buckets field is allocated lazily later (in mapassign)
        if (B != 0) {
            long buckets = makeBucketArray(c, t, B, 0);
            ps.storePointer(h + H_BUCKETS, buckets);
            long nextOverflow = nextOverflow(t, B, buckets);
            if (nextOverflow != 0) {
                long extra = newobject(c, mapextraType);
                ps.storePointer(h + H_EXTRA, extra);
                ps.storePointer(extra + X_NEXTOVERFLOW, nextOverflow);
            }
        }
        return h;
    }

    /**
     * makemap for a map that does not escape (walkMakeMap with Esc == EscNone): the hmap is the
     * zeroed stack object {@code h}; when {@code hint <= 8} the zeroed stack bucket {@code bucket}
     * (0: none) becomes its bucket array, so a small local map allocates nothing.
     */
    public long makemapAt(MCache c, MapType t, long hint, long h, long bucket) {
        if (bucket != 0 && hint <= BUCKET_CNT) ps.storePointer(h + H_BUCKETS, bucket);
        if (hint < 0 || Math.multiplyHigh(hint, t.bucketsize) != 0 || hint * t.bucketsize > MAX_ALLOC) hint = 0;
        mem.putInt(h + H_HASH0, (int) rand.fastrand());
        int B = 0;
        while (overLoadFactor(hint, B)) B++;
        mem.putByte(h + H_B, (byte) B);
        if (B != 0) {
            long buckets = makeBucketArray(c, t, B, 0);
            ps.storePointer(h + H_BUCKETS, buckets);
            long nextOverflow = nextOverflow(t, B, buckets);
            if (nextOverflow != 0) {
                long extra = newobject(c, mapextraType);
                ps.storePointer(h + H_EXTRA, extra);
                ps.storePointer(extra + X_NEXTOVERFLOW, nextOverflow);
            }
        }
        return h;
    }

    /** Number of buckets makeBucketArray allocates for {@code b}: 2^b plus preallocated overflow ones. */
    public static long nbuckets(MapType t, int b) {
        long base = bucketShift(b), nb = base;
        if (b >= 4) {
            nb += bucketShift(b - 4);
            long sz = t.bucketsize * nb;
            long up = SizeClasses.roundupsize(sz);
            if (up != sz) nb = up / t.bucketsize;
        }
        return nb;
    }

    private static long nextOverflow(MapType t, int b, long buckets) {
        long base = bucketShift(b);
        return nbuckets(t, b) != base ? buckets + base * t.bucketsize : 0;
    }

    /**
     * makeBucketArray: a new (or, with {@code dirtyalloc != 0}, cleared) array of at least 2^b
     * buckets. Preallocated overflow buckets follow the first 2^b; by convention a preallocated
     * bucket with a nil overflow word means "more follow", and the last one points at the array
     * itself as a non-nil sentinel.
     */
    private long makeBucketArray(MCache c, MapType t, int b, long dirtyalloc) {
        long base = bucketShift(b);
        long nb = nbuckets(t, b);
        long buckets;
        if (dirtyalloc == 0) {
            buckets = Malloc.newarray(c, t.bucket, nb);
        } else {
            buckets = dirtyalloc;
            long size = t.bucketsize * nb;
            if (t.bucket.ptrdata != 0) ps.memclrHasPointers(buckets, size);
            else mem.clear(buckets, size);
        }
        if (base != nb) {
            long last = buckets + (nb - 1) * t.bucketsize;
            setoverflow(t, last, buckets);
        }
        return buckets;
    }

    // ---------------------------------------------------------------- lookup

    /** {@code len(m)}. */
    public long maplen(long h) {
        return h == 0 ? 0 : mem.getLong(h + H_COUNT);
    }

    /** The bucket a lookup of {@code hash} must search (the old one if it is not yet evacuated). */
    long lookupBucket(MapType t, long h, long hash) {
        long m = bucketMask(B(h));
        long b = mem.getLong(h + H_BUCKETS) + (hash & m) * t.bucketsize;
        long c = mem.getLong(h + H_OLDBUCKETS);
        if (c != 0) {
            if (!sameSizeGrow(h)) m >>>= 1; // there used to be half as many buckets
            long oldb = c + (hash & m) * t.bucketsize;
            if (!evacuated(oldb)) b = oldb;
        }
        return b;
    }

    /**
     * Searches the chain from {@code b} for the search key ({@code key}, its words {@code kw0},
     * {@code kw1}): the cell as {@code bucket << 3 | i}, or 0 if absent. Stops at the first
     * emptyRest cell: nothing after it is in use.
     */
    private long findSlot(MapType t, long b, int top, long key, long kw0, long kw1) {
        for (; b != 0; b = overflow(t, b)) {
            long tops = mem.getLong(b); // tophash[0..7], little-endian
            for (long m = topMatches(tops, top); m != 0; m &= m - 1) {
                int i = cellOf(m);
                if (topAt(tops, i) != top) continue;
                long k = b + DATA_OFFSET + (long) i * t.keysize;
                if (t.indirectkey) k = mem.getLong(k);
                if (keyMatches(t, key, kw0, kw1, k)) return b << BUCKET_CNT_BITS | i;
            }
            if (hasEmptyRest(tops)) return 0;
        }
        return 0;
    }

    /**
     * mapaccess1: {@code m[key]}. Never 0: the elem's address, or the address of a zero value of
     * the elem type ({@link MapType#zeroVal()}) when the key is absent or the map is nil.
     */
    public long mapaccess1(MapType t, long h, long key) {
        long e = mapaccess2(t, h, key);
        return e == 0 ? t.zero : e;
    }

    /** mapaccess2: {@code v, ok := m[key]}. The elem's address, or 0 if absent (use {@link MapType#zeroVal()}). */
    public long mapaccess2(MapType t, long h, long key) {
        if (h == 0 || mem.getLong(h + H_COUNT) == 0) {
            if (t.hashMightPanic) hash(t, key, 0); // see issue 23734
            return 0;
        }
        if ((flags(h) & HASH_WRITING) != 0) throw fatal(MapFatal.CONCURRENT_READ_WRITE);
        long kw0 = keyWord0(t, key), kw1 = keyWord1(t, key);
        long hash = hashKey(t, key, kw0, kw1, hash0(h));
        long slot = findSlot(t, lookupBucket(t, h, hash), tophash(hash), key, kw0, kw1);
        if (slot == 0) return 0;
        long e = (slot >>> BUCKET_CNT_BITS) + t.elemsOff + (slot & (BUCKET_CNT - 1)) * t.elemsize;
        return t.indirectelem ? mem.getLong(e) : e;
    }

    /** mapaccessK: key and elem addresses of {@code key} (for iteration), or null. */
    private long[] mapaccessK(MapType t, long h, long key) {
        if (h == 0 || mem.getLong(h + H_COUNT) == 0) return null;
        long kw0 = keyWord0(t, key), kw1 = keyWord1(t, key);
        long hash = hashKey(t, key, kw0, kw1, hash0(h));
        long slot = findSlot(t, lookupBucket(t, h, hash), tophash(hash), key, kw0, kw1);
        if (slot == 0) return null;
        long b = slot >>> BUCKET_CNT_BITS, i = slot & (BUCKET_CNT - 1);
        long k = b + DATA_OFFSET + i * t.keysize;
        if (t.indirectkey) k = mem.getLong(k);
        long e = b + t.elemsOff + i * t.elemsize;
        if (t.indirectelem) e = mem.getLong(e);
        return new long[] {k, e};
    }

    // ---------------------------------------------------------------- the fast families (cmd/compile's mapfast)

    /** mapaccess2_fast64 ({@link MapType#FAST64} types only): the elem's address, or 0 if absent. */
    public long mapaccess2_fast64(MapType t, long h, long key) {
        return fast64.mapaccess2(t, h, key);
    }

    /** mapassign_fast64 ({@link MapType#FAST64} types only): the elem slot of key, inserted if absent. */
    public long mapassign_fast64(MCache c, MapType t, long h, long key) {
        return fast64.mapassign(c, t, h, key);
    }

    /** mapdelete_fast64 ({@link MapType#FAST64} types only). */
    public void mapdelete_fast64(MCache c, MapType t, long h, long key) {
        fast64.mapdelete(c, t, h, key);
    }

    /** mapaccess2_faststr ({@link MapType#FASTSTR} types only) for the string with data p and length n. */
    public long mapaccess2_faststr(MapType t, long h, long p, long n) {
        return faststr.mapaccess2(t, h, p, n);
    }

    /** mapassign_faststr ({@link MapType#FASTSTR} types only). */
    public long mapassign_faststr(MCache c, MapType t, long h, long p, long n) {
        return faststr.mapassign(c, t, h, p, n);
    }

    /** mapdelete_faststr ({@link MapType#FASTSTR} types only). */
    public void mapdelete_faststr(MCache c, MapType t, long h, long p, long n) {
        faststr.mapdelete(c, t, h, p, n);
    }

    // ---------------------------------------------------------------- assignment

    /**
     * mapassign: {@code m[key] = ...}. Returns the address of the elem slot for {@code key}
     * (inserting the key if absent); the caller stores the value there (through the
     * {@link PointerStore} if the elem type has pointers). Panics {@link MapPanic} on a nil map.
     */
    public long mapassign(MCache c, MapType t, long h, long key) {
        if (h == 0) throw MapPanic.nilMapAssign();
        if ((flags(h) & HASH_WRITING) != 0) throw fatal(MapFatal.CONCURRENT_WRITES);
        long kw0 = keyWord0(t, key), kw1 = keyWord1(t, key);
        long hash = hashKey(t, key, kw0, kw1, hash0(h));

        // Set hashWriting after calling t.hasher, since t.hasher may panic,
        // in which case we have not actually done a write.
        setFlags(h, flags(h) ^ HASH_WRITING);

        if (mem.getLong(h + H_BUCKETS) == 0) ps.storePointer(h + H_BUCKETS, newobject(c, t.bucket)); // newarray(t.bucket, 1)

        int top = tophash(hash);
        long elem;
        again:
        for (;;) {
            long bucket = hash & bucketMask(B(h));
            if (growing(h)) growWork(c, t, h, bucket);
            long b = mem.getLong(h + H_BUCKETS) + bucket * t.bucketsize;

            long insertb = 0;
            int inserti = 0;
            // Scan the chain up to the first emptyRest cell for the key, remembering the first
            // empty cell as the insert position (map.go's bucketloop, a bucket at a time).
            for (;;) {
                long tops = mem.getLong(b);
                for (long m = topMatches(tops, top); m != 0; m &= m - 1) {
                    int i = cellOf(m);
                    if (topAt(tops, i) != top) continue;
                    long k = b + DATA_OFFSET + (long) i * t.keysize;
                    if (t.indirectkey) k = mem.getLong(k);
                    if (!keyMatches(t, key, kw0, kw1, k)) continue;
                    // already have a mapping for key. Update it.
                    if (t.needkeyupdate) typedmemmove(t.key, k, key);
                    elem = b + t.elemsOff + (long) i * t.elemsize;
                    break again;
                }
                if (insertb == 0) {
                    int i = firstEmpty(tops);
                    if (i >= 0) {
                        insertb = b;
                        inserti = i;
                    }
                }
                if (hasEmptyRest(tops)) break;
                long ovf = overflow(t, b);
                if (ovf == 0) break;
                b = ovf;
            }

            // Did not find mapping for key. Allocate new cell & add entry.

            // If we hit the max load factor or we have too many overflow buckets,
            // and we're not already in the middle of growing, start growing.
            if (needGrow(h)) {
                hashGrow(c, t, h);
                continue again; // Growing the table invalidates everything, so try again
            }

            if (insertb == 0) {
                // The current bucket and all the overflow buckets connected to it are full, allocate a new one.
                insertb = newoverflow(c, t, h, b);
                inserti = 0;
            }

            long insertk = insertb + DATA_OFFSET + (long) inserti * t.keysize;
            elem = insertb + t.elemsOff + (long) inserti * t.elemsize;
            // store new key/elem at insert position
            if (t.indirectkey) {
                long kmem = newobject(c, t.key);
                ps.storePointer(insertk, kmem);
                insertk = kmem;
            }
            if (t.indirectelem) {
                long vmem = newobject(c, t.elem);
                ps.storePointer(elem, vmem);
            }
            storeKey(t, insertk, key, kw0);
            mem.putByte(insertb + inserti, (byte) top);
            mem.putLong(h + H_COUNT, mem.getLong(h + H_COUNT) + 1);
            break;
        }

        // done:
        int f = flags(h);
        if ((f & HASH_WRITING) == 0) throw fatal(MapFatal.CONCURRENT_WRITES);
        setFlags(h, f & ~HASH_WRITING);
        if (t.indirectelem) elem = mem.getLong(elem);
        return elem;
    }

    /** {@code m[key] = *valAddr}: mapassign followed by the typed store of the value. */
    public void mapstore(MCache c, MapType t, long h, long key, long valAddr) {
        long e = mapassign(c, t, h, key);
        typedmemmove(t.elem, e, valAddr);
    }

    // ---------------------------------------------------------------- deletion

    /** mapdelete: {@code delete(m, key)}. */
    public void mapdelete(MCache c, MapType t, long h, long key) {
        if (h == 0 || mem.getLong(h + H_COUNT) == 0) {
            if (t.hashMightPanic) hash(t, key, 0); // see issue 23734
            return;
        }
        if ((flags(h) & HASH_WRITING) != 0) throw fatal(MapFatal.CONCURRENT_WRITES);

        long kw0 = keyWord0(t, key), kw1 = keyWord1(t, key);
        long hash = hashKey(t, key, kw0, kw1, hash0(h));

        // Set hashWriting after calling t.hasher, since t.hasher may panic,
        // in which case we have not actually done a write (delete).
        setFlags(h, flags(h) ^ HASH_WRITING);

        long bucket = hash & bucketMask(B(h));
        if (growing(h)) growWork(c, t, h, bucket);
        long b = mem.getLong(h + H_BUCKETS) + bucket * t.bucketsize;
        long bOrig = b;
        int top = tophash(hash);
        search:
        for (; b != 0; b = overflow(t, b)) {
            long tops = mem.getLong(b);
            for (long m = topMatches(tops, top); m != 0; m &= m - 1) {
                int i = cellOf(m);
                if (topAt(tops, i) != top) continue;
                long k = b + DATA_OFFSET + (long) i * t.keysize;
                long k2 = t.indirectkey ? mem.getLong(k) : k;
                if (!keyMatches(t, key, kw0, kw1, k2)) continue;
                // Only clear key if there are pointers in it.
                if (t.indirectkey) ps.storePointer(k, 0);
                else if (t.key.ptrdata != 0) ps.memclrHasPointers(k, t.key.size);
                long e = b + t.elemsOff + (long) i * t.elemsize;
                if (t.indirectelem) ps.storePointer(e, 0);
                else if (t.elem.ptrdata != 0) ps.memclrHasPointers(e, t.elem.size);
                else mem.clear(e, t.elem.size);
                deleteCell(t, h, bOrig, b, i);
                break search;
            }
            if (hasEmptyRest(tops)) break;
        }

        int f = flags(h);
        if ((f & HASH_WRITING) == 0) throw fatal(MapFatal.CONCURRENT_WRITES);
        setFlags(h, f & ~HASH_WRITING);
    }

    /** mapclear: {@code for k := range m { delete(m, k) }} (keeps B and the bucket array). */
    public void mapclear(MCache c, MapType t, long h) {
        if (h == 0 || mem.getLong(h + H_COUNT) == 0) return;
        if ((flags(h) & HASH_WRITING) != 0) throw fatal(MapFatal.CONCURRENT_WRITES);

        setFlags(h, flags(h) ^ HASH_WRITING);

        long old = mem.getLong(h + H_OLDBUCKETS);
        if (old != 0 && trace.enabled) traceDropped(t, h, old, noldbuckets(h), "by mapclear");
        setFlags(h, flags(h) & ~SAME_SIZE_GROW);
        ps.storePointer(h + H_OLDBUCKETS, 0);
        mem.putLong(h + H_NEVACUATE, 0);
        mem.putShort(h + H_NOVERFLOW, (short) 0);
        mem.putLong(h + H_COUNT, 0);

        // Reset the hash seed to make it more difficult for attackers to
        // repeatedly trigger hash collisions. See issue 25237.
        mem.putInt(h + H_HASH0, (int) rand.fastrand());

        // Keep the mapextra allocation but clear any extra information.
        long extra = mem.getLong(h + H_EXTRA);
        if (extra != 0) ps.memclrHasPointers(extra, MAPEXTRA_SIZE);

        // makeBucketArray clears the memory pointed to by h.buckets
        // and recovers any overflow buckets by generating them
        // as if h.buckets was newly alloced.
        int B = B(h);
        long buckets = makeBucketArray(c, t, B, mem.getLong(h + H_BUCKETS));
        long nextOverflow = nextOverflow(t, B, buckets);
        if (nextOverflow != 0) {
            // If overflow buckets are created then h.extra
            // will have been allocated during initial bucket creation.
            ps.storePointer(mem.getLong(h + H_EXTRA) + X_NEXTOVERFLOW, nextOverflow);
        }

        int f = flags(h);
        if ((f & HASH_WRITING) == 0) throw fatal(MapFatal.CONCURRENT_WRITES);
        setFlags(h, f & ~HASH_WRITING);
    }

    /**
     * The tail of every mapdelete once the key and elem of cell i of bucket b (in the chain from
     * bOrig) are cleared: the cell becomes emptyOne, a run of emptyOne cells ending the chain
     * becomes emptyRest, count drops, and an emptied map gets a new seed.
     */
    void deleteCell(MapType t, long h, long bOrig, long b, int i) {
        mem.putByte(b + i, (byte) EMPTY_ONE);
        // If the bucket now ends in a bunch of emptyOne states,
        // change those to emptyRest states.
        boolean notLast;
        if (i == BUCKET_CNT - 1) {
            long ovf = overflow(t, b);
            notLast = ovf != 0 && top(ovf, 0) != EMPTY_REST;
        } else {
            notLast = top(b, i + 1) != EMPTY_REST;
        }
        if (!notLast) {
            for (;;) {
                mem.putByte(b + i, (byte) EMPTY_REST);
                if (i == 0) {
                    if (b == bOrig) break; // beginning of initial bucket, we're done.
                    // Find previous bucket, continue at its last entry.
                    long cur = b;
                    for (b = bOrig; overflow(t, b) != cur; b = overflow(t, b)) {
                    }
                    i = BUCKET_CNT - 1;
                } else {
                    i--;
                }
                if (top(b, i) != EMPTY_ONE) break;
            }
        }
        long count = mem.getLong(h + H_COUNT) - 1;
        mem.putLong(h + H_COUNT, count);
        // Reset the hash seed to make it more difficult for attackers to
        // repeatedly trigger hash collisions. See issue 25237.
        if (count == 0) mem.putInt(h + H_HASH0, (int) rand.fastrand());
    }

    // ---------------------------------------------------------------- growth

    /**
     * Where the fast assigns (MapFast64, MapFastStr) put a key their search of the chain from b
     * did not find: the chain's first empty cell, or the first cell of a new overflow bucket, as
     * {@code bucket << 3 | i} — or 0 after starting a growth (the caller searches again), which
     * mapassign does first when the load factor or the overflow count says so.
     */
    long insertCell(MCache c, MapType t, long h, long b) {
        if (needGrow(h)) {
            hashGrow(c, t, h);
            return 0;
        }
        for (;;) {
            int i = firstEmpty(mem.getLong(b));
            if (i >= 0) return b << BUCKET_CNT_BITS | i;
            long ovf = overflow(t, b);
            if (ovf == 0) break;
            b = ovf;
        }
        // The current bucket and all the overflow buckets connected to it are full, allocate a new one.
        return newoverflow(c, t, h, b) << BUCKET_CNT_BITS;
    }

    /**
     * Whether inserting a new key must start a growth first: not while growing, and then when the
     * load factor would be exceeded or there are too many overflow buckets.
     */
    boolean needGrow(long h) {
        return !growing(h) && (overLoadFactor(mem.getLong(h + H_COUNT) + 1, B(h)) || tooManyOverflowBuckets(noverflow(h), B(h)));
    }

    private void hashGrow(MCache c, MapType t, long h) {
        // If we've hit the load factor, get bigger.
        // Otherwise, there are too many overflow buckets,
        // so keep the same number of buckets and "grow" laterally.
        int bigger = 1;
        long count = mem.getLong(h + H_COUNT);
        int oldB = B(h);
        if (!overLoadFactor(count + 1, oldB)) {
            bigger = 0;
            setFlags(h, flags(h) | SAME_SIZE_GROW);
        }
        long oldbuckets = mem.getLong(h + H_BUCKETS);
        int newB = oldB + bigger;
        long newbuckets = makeBucketArray(c, t, newB, 0);
        long nextOverflow = nextOverflow(t, newB, newbuckets);

        if (trace.enabled) {
            trace.out.println("map: grow " + MapTrace.hex(h) + " B=" + oldB + "->" + newB + (bigger == 1 ? " doubling" : " same-size")
                    + " count=" + count + " noverflow=" + noverflow(h) + " buckets " + MapTrace.hex(newbuckets)
                    + " (" + SizeClasses.roundupsize(nbuckets(t, newB) * t.bucketsize) + " bytes)");
        }

        int flags = flags(h) & ~(ITERATOR | OLD_ITERATOR);
        if ((flags(h) & ITERATOR) != 0) flags |= OLD_ITERATOR;
        // commit the grow (atomic wrt gc)
        mem.putByte(h + H_B, (byte) newB);
        setFlags(h, flags);
        ps.storePointer(h + H_OLDBUCKETS, oldbuckets);
        ps.storePointer(h + H_BUCKETS, newbuckets);
        mem.putLong(h + H_NEVACUATE, 0);
        mem.putShort(h + H_NOVERFLOW, (short) 0);

        long extra = mem.getLong(h + H_EXTRA);
        if (extra != 0 && mem.getLong(extra + X_OVERFLOW) != 0) {
            // Promote current overflow buckets to the old generation.
            if (mem.getLong(extra + X_OLDOVERFLOW) != 0) throw Throw.fatal("oldoverflow is not nil");
            ps.storePointer(extra + X_OLDOVERFLOW, mem.getLong(extra + X_OVERFLOW));
            ps.storePointer(extra + X_OVERFLOW, 0);
        }
        if (nextOverflow != 0) {
            if (extra == 0) {
                extra = newobject(c, mapextraType);
                ps.storePointer(h + H_EXTRA, extra);
            }
            ps.storePointer(extra + X_NEXTOVERFLOW, nextOverflow);
        }
        // the actual copying of the hash table data is done incrementally
        // by growWork() and evacuate().
    }

    void growWork(MCache c, MapType t, long h, long bucket) {
        // make sure we evacuate the oldbucket corresponding
        // to the bucket we're about to use
        evacuate(c, t, h, bucket & oldbucketmask(h));
        // evacuate one more oldbucket to make progress on growing
        if (growing(h)) evacuate(c, t, h, mem.getLong(h + H_NEVACUATE));
    }

    private boolean bucketEvacuated(MapType t, long h, long bucket) {
        return evacuated(mem.getLong(h + H_OLDBUCKETS) + bucket * t.bucketsize);
    }

    private void evacuate(MCache c, MapType t, long h, long oldbucket) {
        long oldbuckets = mem.getLong(h + H_OLDBUCKETS);
        long b = oldbuckets + oldbucket * t.bucketsize;
        long newbit = noldbuckets(h);
        boolean same = sameSizeGrow(h);
        int moved = 0, movedY = 0;
        boolean did = false;
        if (!evacuated(b)) {
            did = true;
            // xy contains the x and y (low and high) evacuation destinations.
            long newbuckets = mem.getLong(h + H_BUCKETS);
            long xb = newbuckets + oldbucket * t.bucketsize;
            int xi = 0;
            long yb = 0;
            int yi = 0;
            if (!same) {
                // Only calculate y pointers if we're growing bigger.
                yb = newbuckets + (oldbucket + newbit) * t.bucketsize;
            }
            long seed = hash0(h);
            for (; b != 0; b = overflow(t, b)) {
                long tops = mem.getLong(b); // cell i's byte is read before cell i is rewritten
                for (int i = 0; i < BUCKET_CNT; i++) {
                    int top = topAt(tops, i);
                    if (isEmpty(top)) {
                        mem.putByte(b + i, (byte) EVACUATED_EMPTY);
                        continue;
                    }
                    if (top < MIN_TOP_HASH) throw Throw.fatal("bad map state");
                    long k = b + DATA_OFFSET + (long) i * t.keysize;
                    long e = b + t.elemsOff + (long) i * t.elemsize;
                    long k2 = t.indirectkey ? mem.getLong(k) : k;
                    int useY = 0;
                    if (!same) {
                        // Compute hash to make our evacuation decision (whether we need
                        // to send this key/elem to bucket x or bucket y).
                        long hash = hash(t, k2, seed);
                        if (!t.reflexivekey && (flags(h) & ITERATOR) != 0 && !keyEqual(t, k2, k2)) {
                            // NaN-like key: the hash is random and unrepeatable. Use the low bit
                            // of the old tophash to decide, so iterators can agree, and give it
                            // a fresh tophash so the keys spread over later growths.
                            useY = top & 1;
                            top = tophash(hash);
                        } else if ((hash & newbit) != 0) {
                            useY = 1;
                        }
                    }
                    mem.putByte(b + i, (byte) (EVACUATED_X + useY)); // evacuatedX + 1 == evacuatedY
                    long db;
                    int di;
                    if (useY == 0) {
                        if (xi == BUCKET_CNT) {
                            xb = newoverflow(c, t, h, xb);
                            xi = 0;
                        }
                        db = xb;
                        di = xi++;
                    } else {
                        if (yi == BUCKET_CNT) {
                            yb = newoverflow(c, t, h, yb);
                            yi = 0;
                        }
                        db = yb;
                        di = yi++;
                        movedY++;
                    }
                    moved++;
                    mem.putByte(db + di, (byte) top);
                    long dk = db + DATA_OFFSET + (long) di * t.keysize;
                    long de = db + t.elemsOff + (long) di * t.elemsize;
                    if (t.indirectkey) ps.storePointer(dk, k2); // copy pointer
                    else typedmemmove(t.key, dk, k);
                    if (t.indirectelem) ps.storePointer(de, mem.getLong(e));
                    else typedmemmove(t.elem, de, e);
                }
            }
            // Unlink the overflow buckets & clear key/elem to help GC.
            if ((flags(h) & OLD_ITERATOR) == 0 && t.bucket.ptrdata != 0) {
                long ob = oldbuckets + oldbucket * t.bucketsize;
                // Preserve b.tophash because the evacuation state is maintained there.
                ps.memclrHasPointers(ob + DATA_OFFSET, t.bucketsize - DATA_OFFSET);
            }
        }

        String drop = null;
        if (oldbucket == mem.getLong(h + H_NEVACUATE)) drop = advanceEvacuationMark(t, h, newbit, oldbuckets);
        if (trace.enabled) {
            if (did) {
                String hdr = same ? " (B=" + B(h) + " same-size)" : " (B=" + (B(h) - 1) + "->" + B(h) + ")";
                long nev = growing(h) ? mem.getLong(h + H_NEVACUATE) : newbit;
                trace.out.println("map: evacuate " + MapTrace.hex(h) + " bucket " + oldbucket + hdr + ": " + moved + " entries, x="
                        + (moved - movedY) + " y=" + movedY + ", nevacuate=" + nev + "/" + newbit);
            }
            if (drop != null) trace.out.println(drop);
        }
    }

    /** Advances nevacuate; ends the growth when it reaches the old bucket count. Returns the trace line for that, or null. */
    private String advanceEvacuationMark(MapType t, long h, long newbit, long oldbuckets) {
        long nev = mem.getLong(h + H_NEVACUATE) + 1;
        // Experiments suggest that 1024 is overkill by at least an order of magnitude.
        // Put it in there as a safeguard anyway, to ensure O(1) behavior.
        long stop = nev + 1024;
        if (stop > newbit) stop = newbit;
        while (nev != stop && bucketEvacuated(t, h, nev)) nev++;
        mem.putLong(h + H_NEVACUATE, nev);
        if (nev == newbit) { // newbit == # of oldbuckets
            // Growing is all done. Free old main bucket array.
            String line = trace.enabled ? dropLine(t, h, oldbuckets, newbit, "growth complete") : null;
            ps.storePointer(h + H_OLDBUCKETS, 0);
            // Can discard old overflow buckets as well.
            // If they are still referenced by an iterator,
            // then the iterator holds a pointers to the slice.
            long extra = mem.getLong(h + H_EXTRA);
            if (extra != 0) ps.storePointer(extra + X_OLDOVERFLOW, 0);
            setFlags(h, flags(h) & ~SAME_SIZE_GROW);
            return line;
        }
        return null;
    }

    private String dropLine(MapType t, long h, long old, long noldbuckets, String why) {
        int oldB = Long.numberOfTrailingZeros(noldbuckets);
        long bytes = SizeClasses.roundupsize(nbuckets(t, oldB) * t.bucketsize);
        return "map: oldbuckets " + MapTrace.hex(h) + " dropped (" + bytes + " bytes at " + MapTrace.hex(old) + "), " + why;
    }

    private void traceDropped(MapType t, long h, long old, long noldbuckets, String why) {
        trace.out.println(dropLine(t, h, old, noldbuckets, why));
    }

    // ---------------------------------------------------------------- iteration

    /**
     * mapiterinit: starts {@code for k, v := range m} with the 96-byte {@code hiter} at {@code it}
     * (Go's layout; see the IT_* offsets). Afterwards {@code it.key} ({@link #IT_KEY}) and
     * {@code it.elem} ({@link #IT_ELEM}) point at the first entry, or are 0 if there is none.
     */
    public void mapiterinit(MCache c, MapType t, long h, long it) {
        ps.memclrHasPointers(it, HITER_SIZE); // the compiler zeroes hiter
        ps.storePointer(it + IT_T, t.type.addr);
        if (h == 0 || mem.getLong(h + H_COUNT) == 0) return;

        ps.storePointer(it + IT_H, h);

        // grab snapshot of bucket state
        int B = B(h);
        mem.putByte(it + IT_B, (byte) B);
        ps.storePointer(it + IT_BUCKETS, mem.getLong(h + H_BUCKETS));
        if (t.bucket.ptrdata == 0) {
            // Allocate the current slice and remember pointers to both current and old.
            // This preserves all relevant overflow buckets alive even if
            // the table grows and/or overflow buckets are added to the table
            // while we are iterating.
            createOverflow(c, h);
            long extra = mem.getLong(h + H_EXTRA);
            ps.storePointer(it + IT_OVERFLOW, mem.getLong(extra + X_OVERFLOW));
            ps.storePointer(it + IT_OLDOVERFLOW, mem.getLong(extra + X_OLDOVERFLOW));
        }

        // decide where to start
        long r = B > 31 - BUCKET_CNT_BITS ? rand.fastrand64() : rand.fastrand();
        long start = r & bucketMask(B);
        mem.putLong(it + IT_STARTBUCKET, start);
        mem.putByte(it + IT_OFFSET, (byte) ((r >>> B) & (BUCKET_CNT - 1)));

        // iterator state
        mem.putLong(it + IT_BUCKET, start);

        // Remember we have an iterator.
        // Can run concurrently with another mapiterinit().
        int old = flags(h);
        if ((old & (ITERATOR | OLD_ITERATOR)) != (ITERATOR | OLD_ITERATOR)) setFlags(h, flags(h) | ITERATOR | OLD_ITERATOR);

        mapiternext(t, it);
    }

    /** mapiternext: advances the iterator at {@code it}; {@code it.key == 0} at the end. */
    public void mapiternext(long it) {
        mapiternext(maptypeAt(mem.getLong(it + IT_T)), it);
    }

    /** mapiternext with the map type already at hand (saves the descriptor lookup). */
    public void mapiternext(MapType t, long it) {
        long h = mem.getLong(it + IT_H);
        if ((flags(h) & HASH_WRITING) != 0) throw fatal(MapFatal.CONCURRENT_ITER_WRITE);
        long bucket = mem.getLong(it + IT_BUCKET);
        long b = mem.getLong(it + IT_BPTR);
        int i = mem.getByte(it + IT_I) & 0xff;
        long checkBucket = mem.getLong(it + IT_CHECKBUCKET);
        int itB = mem.getByte(it + IT_B) & 0xff;
        int offset = mem.getByte(it + IT_OFFSET) & 0xff;
        long itBuckets = mem.getLong(it + IT_BUCKETS);
        long startBucket = mem.getLong(it + IT_STARTBUCKET);
        long bucket0 = bucket, b0 = b, checkBucket0 = checkBucket; // hiter words rewritten only if changed

        for (;;) { // next:
            if (b == 0) {
                if (bucket == startBucket && mem.getByte(it + IT_WRAPPED) != 0) {
                    // end of iteration
                    ps.storePointer(it + IT_KEY, 0);
                    ps.storePointer(it + IT_ELEM, 0);
                    return;
                }
                if (growing(h) && itB == B(h)) {
                    // Iterator was started in the middle of a grow, and the grow isn't done yet.
                    // If the bucket we're looking at hasn't been filled in yet (i.e. the old
                    // bucket hasn't been evacuated) then we need to iterate through the old
                    // bucket and only return the ones that will be migrated to this bucket.
                    long oldbucket = bucket & oldbucketmask(h);
                    b = mem.getLong(h + H_OLDBUCKETS) + oldbucket * t.bucketsize;
                    if (!evacuated(b)) {
                        checkBucket = bucket;
                    } else {
                        b = itBuckets + bucket * t.bucketsize;
                        checkBucket = NO_CHECK;
                    }
                } else {
                    b = itBuckets + bucket * t.bucketsize;
                    checkBucket = NO_CHECK;
                }
                bucket++;
                if (bucket == bucketShift(itB)) {
                    bucket = 0;
                    mem.putByte(it + IT_WRAPPED, (byte) 1);
                }
                i = 0;
            }
            long tops = mem.getLong(b); // nothing below writes to this bucket
            for (; i < BUCKET_CNT; i++) {
                int offi = (i + offset) & (BUCKET_CNT - 1);
                int th = topAt(tops, offi);
                if (isEmpty(th) || th == EVACUATED_EMPTY) continue;
                long k = b + DATA_OFFSET + (long) offi * t.keysize;
                if (t.indirectkey) k = mem.getLong(k);
                long e = b + t.elemsOff + (long) offi * t.elemsize;
                if (checkBucket != NO_CHECK && !sameSizeGrow(h)) {
                    // Special case: iterator was started during a grow to a larger size
                    // and the grow is not done yet. We're working on a bucket whose
                    // oldbucket has not been evacuated yet. Or at least, it wasn't
                    // evacuated when we started the bucket. So we're iterating
                    // through the oldbucket, skipping any keys that will go
                    // to the other new bucket (each oldbucket expands to two
                    // buckets during a grow).
                    if (t.reflexivekey || keyEqual(t, k, k)) {
                        // If the item in the oldbucket is not destined for
                        // the current new bucket in the iteration, skip it.
                        long hash = hash(t, k, hash0(h));
                        if ((hash & bucketMask(itB)) != checkBucket) continue;
                    } else {
                        // Hash isn't repeatable if k != k (NaNs). We need a repeatable and
                        // randomish choice of which direction to send NaNs during evacuation.
                        // We'll use the low bit of tophash to decide which way NaNs go.
                        if ((checkBucket >>> (itB - 1)) != (th & 1)) continue;
                    }
                }
                long rk, re;
                if ((th != EVACUATED_X && th != EVACUATED_Y) || !(t.reflexivekey || keyEqual(t, k, k))) {
                    // This is the golden data, we can return it.
                    // OR key!=key, so the entry can't be deleted or updated, so we can just return it.
                    rk = k;
                    re = t.indirectelem ? mem.getLong(e) : e;
                } else {
                    // The hash table has grown since the iterator was started.
                    // The golden data for this key is now somewhere else.
                    // Check the current hash table for the data.
                    long[] ke = mapaccessK(t, h, k);
                    if (ke == null) continue; // key has been deleted
                    rk = ke[0];
                    re = ke[1];
                }
                ps.storePointer(it + IT_KEY, rk);
                ps.storePointer(it + IT_ELEM, re);
                if (bucket != bucket0) mem.putLong(it + IT_BUCKET, bucket);
                if (b != b0) ps.storePointer(it + IT_BPTR, b);
                mem.putByte(it + IT_I, (byte) (i + 1));
                if (checkBucket != checkBucket0) mem.putLong(it + IT_CHECKBUCKET, checkBucket);
                return;
            }
            b = overflow(t, b);
            i = 0;
        }
    }

    /** {@code it.key}: the current key's address, 0 at the end. */
    public long iterKey(long it) {
        return mem.getLong(it + IT_KEY);
    }

    /** {@code it.elem}: the current elem's address. */
    public long iterElem(long it) {
        return mem.getLong(it + IT_ELEM);
    }
}
