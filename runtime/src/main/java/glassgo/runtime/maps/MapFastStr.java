package glassgo.runtime.maps;

import glassgo.runtime.heap.MCache;
import glassgo.runtime.mem.Memory;
import glassgo.runtime.types.Alg;

import static glassgo.runtime.maps.HMap.BUCKET_CNT_BITS;
import static glassgo.runtime.maps.HMap.DATA_OFFSET;
import static glassgo.runtime.maps.HMap.HASH_WRITING;
import static glassgo.runtime.maps.HMap.H_BUCKETS;
import static glassgo.runtime.maps.HMap.H_COUNT;
import static glassgo.runtime.maps.HMap.bucketMask;
import static glassgo.runtime.maps.HMap.cellOf;
import static glassgo.runtime.maps.HMap.fatal;
import static glassgo.runtime.maps.HMap.hasEmptyRest;
import static glassgo.runtime.maps.HMap.topAt;
import static glassgo.runtime.maps.HMap.topMatches;
import static glassgo.runtime.maps.HMap.tophash;

/**
 * runtime/map_faststr.go: the lookups, assignments and deletes cmd/compile calls for maps with
 * string keys and elems of at most 128 bytes ({@link MapType#FASTSTR}). The key is passed by value,
 * as its two words (data pointer, length).
 *
 * <p>They walk the same buckets as {@link HMap}'s generic operations and choose the same cells, so
 * a program cannot tell which ran; growth, evacuation and deletion's emptyRest bookkeeping are
 * HMap's own. What they spare is the key-algorithm dispatch on every key compare, hash and store.
 * They are separate code for the JVM's sake as much as Go's: HotSpot compiles each with the
 * profile of one key kind (see {@link MapFast64}).
 */
final class MapFastStr {
    private final HMap hm;
    private final Memory mem;

    MapFastStr(HMap hm) {
        this.hm = hm;
        this.mem = hm.mem;
    }

    /** The cell ({@code bucket << 3 | i}) holding the string (p, n) in the chain from b, or 0. */
    private long find(MapType t, long b, int top, long p, long n) {
        for (; b != 0; b = hm.overflow(t, b)) {
            long tops = mem.getLong(b);
            for (long m = topMatches(tops, top); m != 0; m &= m - 1) {
                int i = cellOf(m);
                if (topAt(tops, i) != top) continue;
                long k = b + DATA_OFFSET + 16L * i;
                if (mem.getLong(k + 8) != n) continue;
                long kp = mem.getLong(k);
                if (kp == p || hm.bytesEqual(p, kp, n)) return b << BUCKET_CNT_BITS | i;
            }
            if (hasEmptyRest(tops)) return 0;
        }
        return 0;
    }

    /** mapaccess2_faststr: the elem's address, or 0 if key is absent or the map is nil. */
    long mapaccess2(MapType t, long h, long p, long n) {
        if (h == 0 || mem.getLong(h + H_COUNT) == 0) return 0;
        if ((hm.flags(h) & HASH_WRITING) != 0) throw fatal(MapFatal.CONCURRENT_READ_WRITE);
        long hash = Alg.memhash(mem, p, n, hm.hash0(h));
        long slot = find(t, hm.lookupBucket(t, h, hash), tophash(hash), p, n);
        if (slot == 0) return 0;
        return (slot >>> BUCKET_CNT_BITS) + t.elemsOff + (slot & (HMap.BUCKET_CNT - 1)) * t.elemsize;
    }

    /** mapassign_faststr: the elem slot of key, inserted if absent. */
    long mapassign(MCache c, MapType t, long h, long p, long n) {
        if (h == 0) throw MapPanic.nilMapAssign();
        if ((hm.flags(h) & HASH_WRITING) != 0) throw fatal(MapFatal.CONCURRENT_WRITES);
        long hash = Alg.memhash(mem, p, n, hm.hash0(h));
        // Set hashWriting after calling t.hasher for consistency with mapassign.
        hm.setFlags(h, hm.flags(h) ^ HASH_WRITING);
        if (mem.getLong(h + H_BUCKETS) == 0) hm.ps.storePointer(h + H_BUCKETS, hm.newobject(c, t.bucket)); // newarray(t.bucket, 1)

        int top = tophash(hash);
        long elem;
        for (;;) {
            long bucket = hash & bucketMask(hm.B(h));
            if (hm.growing(h)) hm.growWork(c, t, h, bucket);
            long b = mem.getLong(h + H_BUCKETS) + bucket * t.bucketsize;
            long found = find(t, b, top, p, n);
            if (found != 0) {
                // already have a mapping for key. Overwrite the key's data pointer, so that the old
                // string can be garbage collected (the length is already equal).
                hm.ps.storePointer((found >>> BUCKET_CNT_BITS) + DATA_OFFSET + 16L * (found & (HMap.BUCKET_CNT - 1)), p);
                elem = (found >>> BUCKET_CNT_BITS) + t.elemsOff + (found & (HMap.BUCKET_CNT - 1)) * t.elemsize;
                break;
            }
            // Not found: insert (unless the map must grow first; then search again).
            long cell = hm.insertCell(c, t, h, b);
            if (cell == 0) continue;
            long insertb = cell >>> BUCKET_CNT_BITS;
            int inserti = (int) (cell & (HMap.BUCKET_CNT - 1));
            long insertk = insertb + DATA_OFFSET + 16L * inserti;
            // store new key at insert position
            hm.ps.storePointer(insertk, p);
            mem.putLong(insertk + 8, n);
            mem.putByte(insertb + inserti, (byte) top);
            mem.putLong(h + H_COUNT, mem.getLong(h + H_COUNT) + 1);
            elem = insertb + t.elemsOff + (long) inserti * t.elemsize;
            break;
        }
        int f = hm.flags(h);
        if ((f & HASH_WRITING) == 0) throw fatal(MapFatal.CONCURRENT_WRITES);
        hm.setFlags(h, f & ~HASH_WRITING);
        return elem;
    }

    /** mapdelete_faststr. */
    void mapdelete(MCache c, MapType t, long h, long p, long n) {
        if (h == 0 || mem.getLong(h + H_COUNT) == 0) return;
        if ((hm.flags(h) & HASH_WRITING) != 0) throw fatal(MapFatal.CONCURRENT_WRITES);
        long hash = Alg.memhash(mem, p, n, hm.hash0(h));
        // Set hashWriting after calling t.hasher for consistency with mapdelete
        hm.setFlags(h, hm.flags(h) ^ HASH_WRITING);

        long bucket = hash & bucketMask(hm.B(h));
        if (hm.growing(h)) hm.growWork(c, t, h, bucket);
        long bOrig = mem.getLong(h + H_BUCKETS) + bucket * t.bucketsize;
        long slot = find(t, bOrig, tophash(hash), p, n);
        if (slot != 0) {
            long b = slot >>> BUCKET_CNT_BITS;
            int i = (int) (slot & (HMap.BUCKET_CNT - 1));
            hm.ps.storePointer(b + DATA_OFFSET + 16L * i, 0); // Clear key's pointer (the length stays, as in Go).
            long e = b + t.elemsOff + (long) i * t.elemsize;
            if (t.elem.ptrdata != 0) hm.ps.memclrHasPointers(e, t.elem.size);
            else mem.clear(e, t.elem.size);
            hm.deleteCell(t, h, bOrig, b, i);
        }
        int f = hm.flags(h);
        if ((f & HASH_WRITING) == 0) throw fatal(MapFatal.CONCURRENT_WRITES);
        hm.setFlags(h, f & ~HASH_WRITING);
    }
}
