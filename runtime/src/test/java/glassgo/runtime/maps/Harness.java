package glassgo.runtime.maps;

import glassgo.runtime.debug.Debug;
import glassgo.runtime.heap.MCache;
import glassgo.runtime.heap.MHeap;
import glassgo.runtime.heap.Malloc;
import glassgo.runtime.mem.Memory;
import glassgo.runtime.types.Alg;
import glassgo.runtime.types.Kind;
import glassgo.runtime.types.RType;
import glassgo.runtime.types.TypeRegistry;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** A runtime in miniature for map tests: memory, types, the real heap (one mcache), scratch space, helpers. */
final class Harness {
    final Memory mem = new Memory();
    final MHeap heap = new MHeap(mem, new Debug());
    /** The allocation context every map operation takes (tests pass the Harness's mcache as {@code x.c}). */
    final MCache c = heap.newMCache();
    final TypeRegistry types = new TypeRegistry(mem);
    final Alg alg = new Alg(types);
    final ByteArrayOutputStream traceBytes = new ByteArrayOutputStream();
    final HMap hm;

    Harness(long seed, boolean trace) {
        hm = new HMap(mem, types, alg, new FastRand(seed),
                trace ? new MapTrace(true, new PrintStream(traceBytes, true, StandardCharsets.UTF_8)) : MapTrace.OFF);
    }

    Harness(long seed) {
        this(seed, false);
    }

    /** Raw noscan memory for test values (keys, strings, iterators). */
    long alloc(long size) {
        return Malloc.mallocgc(c, size, null, true);
    }

    String trace() {
        return traceBytes.toString(StandardCharsets.UTF_8);
    }

    // ---------------------------------------------------------------- types

    MapType mt(RType k, RType v) {
        return hm.maptype(RType.map(k, v));
    }

    final RType INT = RType.basic(Kind.INT);
    final RType STRING = RType.string();
    final RType FLOAT64 = RType.basic(Kind.FLOAT64);

    // ---------------------------------------------------------------- values

    final long scratch = alloc(4096);

    long intKey(long v) {
        mem.putLong(scratch, v);
        return scratch;
    }

    long floatKey(double v) {
        mem.putLong(scratch, Double.doubleToRawLongBits(v));
        return scratch;
    }

    /** A fresh string header (ptr,len) at a fresh address, bytes copied into fresh memory. */
    long str(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        long p = b.length == 0 ? 0 : alloc(b.length);
        if (b.length > 0) mem.putBytes(p, b, 0, b.length);
        long hdr = alloc(16);
        mem.putLong(hdr, p);
        mem.putLong(hdr + 8, b.length);
        return hdr;
    }

    String readStr(long hdr) {
        long p = mem.getLong(hdr), n = mem.getLong(hdr + 8);
        return new String(mem.getBytes(p, (int) n), StandardCharsets.UTF_8);
    }

    // ---------------------------------------------------------------- map[int]int shortcuts

    void put(MapType t, long h, long k, long v) {
        long e = hm.mapassign(c, t, h, intKey(k));
        mem.putLong(e, v);
    }

    /** m[k] for map[int]int, or null if absent. */
    Long get(MapType t, long h, long k) {
        long e = hm.mapaccess2(t, h, intKey(k));
        return e == 0 ? null : mem.getLong(e);
    }

    void del(MapType t, long h, long k) {
        hm.mapdelete(c, t, h, intKey(k));
    }

    int B(long h) {
        return mem.getByte(h + HMap.H_B) & 0xff;
    }

    int flags(long h) {
        return mem.getByte(h + HMap.H_FLAGS) & 0xff;
    }

    boolean growing(long h) {
        return mem.getLong(h + HMap.H_OLDBUCKETS) != 0;
    }

    long count(long h) {
        return hm.maplen(h);
    }

    int hash0(long h) {
        return mem.getInt(h + HMap.H_HASH0);
    }

    long newIter() {
        return alloc(HMap.HITER_SIZE);
    }
}
