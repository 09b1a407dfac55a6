package glassgo.runtime.maps;

import glassgo.runtime.types.Kind;
import glassgo.runtime.types.RType;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The fast families (map_fast64.go, map_faststr.go) against the generic operations: two runtimes
 * with the same seed run the same random operations, one through mapassign/mapaccess2/mapdelete,
 * the other through the _fast64/_faststr variants, and after every operation both maps must have
 * the same header, the same cells in the same buckets (tophash, keys, elems of live cells) and the
 * same contents as a java.util.HashMap model.
 */
class MapFastTest {
    @Test
    void familiesOfMapTypes() {
        Harness x = new Harness(1);
        assertEquals(MapType.FAST64, MapType.mapfast(RType.map(x.INT, x.INT)));
        assertEquals(MapType.FAST64, MapType.mapfast(RType.map(RType.pointer(x.INT), x.STRING)));
        assertEquals(MapType.FAST64, MapType.mapfast(RType.map(RType.basic(Kind.UINT64), RType.array(x.INT, 16))));
        assertEquals(MapType.SLOW, MapType.mapfast(RType.map(RType.basic(Kind.UINT64), RType.array(x.INT, 17))), "elem over 128 bytes");
        assertEquals(MapType.FASTSTR, MapType.mapfast(RType.map(x.STRING, x.INT)));
        assertEquals(MapType.SLOW, MapType.mapfast(RType.map(RType.basic(Kind.INT32), x.INT)));
        assertEquals(MapType.SLOW, MapType.mapfast(RType.map(x.FLOAT64, x.INT)));
    }

    @Test
    void fast64MatchesGenericCellForCell() {
        for (long seed = 1; seed <= 3; seed++) {
            Harness slow = new Harness(seed), fast = new Harness(seed);
            MapType ts = slow.mt(slow.INT, slow.INT), tf = fast.mt(fast.INT, fast.INT);
            long hs = slow.hm.makemap_small(slow.c), hf = fast.hm.makemap_small(fast.c);
            SplittableRandom r = new SplittableRandom(seed);
            Map<Long, Long> model = new HashMap<>();
            for (int op = 0; op < 4000; op++) {
                long range = op < 2000 ? 5000 : 700;
                long k = r.nextLong(range) - range / 2;
                int kind = r.nextInt(10);
                if (kind < 6) {
                    long v = r.nextLong();
                    slow.put(ts, hs, k, v);
                    fast.mem.putLong(fast.hm.mapassign_fast64(fast.c, tf, hf, k), v);
                    model.put(k, v);
                } else if (kind < 9) {
                    slow.del(ts, hs, k);
                    fast.hm.mapdelete_fast64(fast.c, tf, hf, k);
                    model.remove(k);
                } else {
                    long e = fast.hm.mapaccess2_fast64(tf, hf, k);
                    assertEquals(model.get(k), e == 0 ? null : fast.mem.getLong(e));
                }
                assertEquals(dump(slow, ts, hs, false), dump(fast, tf, hf, false), "seed " + seed + " op " + op);
            }
            for (Map.Entry<Long, Long> e : model.entrySet()) {
                assertEquals(e.getValue(), fast.mem.getLong(fast.hm.mapaccess2_fast64(tf, hf, e.getKey())));
            }
            assertEquals(0, fast.hm.mapaccess2_fast64(tf, hf, 1L << 40));
            assertEquals(0, fast.hm.mapaccess2_fast64(tf, 0, 1), "nil map");
            fast.hm.mapdelete_fast64(fast.c, tf, 0, 1); // nil map: no-op
            assertEquals(model, MapIterTest.drainInts(fast, tf, hf));
        }
    }

    @Test
    void faststrMatchesGenericCellForCell() {
        Harness slow = new Harness(7), fast = new Harness(7);
        MapType ts = slow.mt(slow.STRING, slow.INT), tf = fast.mt(fast.STRING, fast.INT);
        long hs = slow.hm.makemap(slow.c, ts, 20), hf = fast.hm.makemap(fast.c, tf, 20);
        SplittableRandom r = new SplittableRandom(7);
        Map<String, Long> model = new HashMap<>();
        for (int op = 0; op < 3000; op++) {
            String k = "k" + r.nextInt(op < 1500 ? 1500 : 300) + (r.nextInt(5) == 0 ? "-a-suffix-longer-than-sixteen-bytes" : "");
            if (r.nextInt(9) == 0) k = "";
            // each side gets its own copy of the key (a fresh string, as a program would build it)
            long ks = slow.str(k), kf = fast.str(k);
            long p = fast.mem.getLong(kf), n = fast.mem.getLong(kf + 8);
            int kind = r.nextInt(10);
            if (kind < 6) {
                long v = r.nextLong();
                slow.mem.putLong(slow.hm.mapassign(slow.c, ts, hs, ks), v);
                fast.mem.putLong(fast.hm.mapassign_faststr(fast.c, tf, hf, p, n), v);
                model.put(k, v);
            } else if (kind < 9) {
                slow.hm.mapdelete(slow.c, ts, hs, ks);
                fast.hm.mapdelete_faststr(fast.c, tf, hf, p, n);
                model.remove(k);
            } else {
                long e = fast.hm.mapaccess2_faststr(tf, hf, p, n);
                assertEquals(model.get(k), e == 0 ? null : fast.mem.getLong(e));
            }
            assertEquals(dump(slow, ts, hs, true), dump(fast, tf, hf, true), "op " + op);
        }
        for (Map.Entry<String, Long> e : model.entrySet()) {
            long kf = fast.str(e.getKey());
            long el = fast.hm.mapaccess2_faststr(tf, hf, fast.mem.getLong(kf), fast.mem.getLong(kf + 8));
            assertEquals(e.getValue(), fast.mem.getLong(el));
        }
    }

    @Test
    void faststrUpdateRepointsTheKeyAtTheNewString() {
        // map_faststr.go: an update overwrites the key's data pointer so the old string can be freed
        Harness x = new Harness(3);
        MapType t = x.mt(x.STRING, x.INT);
        long h = x.hm.makemap_small(x.c);
        long k1 = x.str("same"), k2 = x.str("same");
        long e1 = x.hm.mapassign_faststr(x.c, t, h, x.mem.getLong(k1), 4);
        long e2 = x.hm.mapassign_faststr(x.c, t, h, x.mem.getLong(k2), 4);
        assertEquals(e1, e2);
        long it = x.newIter();
        x.hm.mapiterinit(x.c, t, h, it);
        assertEquals(x.mem.getLong(k2), x.mem.getLong(x.hm.iterKey(it)));
    }

    @Test
    void fastAssignToNilMapPanics() {
        Harness x = new Harness(1);
        MapType t = x.mt(x.INT, x.INT);
        MapPanic p = assertThrows(MapPanic.class, () -> x.hm.mapassign_fast64(x.c, t, 0, 1));
        assertEquals("assignment to entry in nil map", p.goMessage);
    }

    /**
     * The map as a string: header fields and, bucket by bucket of buckets and oldbuckets, each
     * chain's cells: tophash, and for live cells the key and elem.
     */
    private static String dump(Harness x, MapType t, long h, boolean strKeys) {
        StringBuilder sb = new StringBuilder();
        sb.append("count=").append(x.count(h)).append(" B=").append(x.B(h)).append(" flags=").append(x.flags(h))
                .append(" noverflow=").append(x.mem.getShort(h + HMap.H_NOVERFLOW)).append(" nevacuate=").append(x.mem.getLong(h + HMap.H_NEVACUATE)).append('\n');
        dumpArray(x, t, x.mem.getLong(h + HMap.H_BUCKETS), 1L << x.B(h), strKeys, sb.append("buckets\n"));
        long old = x.mem.getLong(h + HMap.H_OLDBUCKETS);
        if (old != 0) {
            boolean same = (x.flags(h) & HMap.SAME_SIZE_GROW) != 0;
            dumpArray(x, t, old, 1L << (same ? x.B(h) : x.B(h) - 1), strKeys, sb.append("oldbuckets\n"));
        }
        return sb.toString();
    }

    private static void dumpArray(Harness x, MapType t, long buckets, long n, boolean strKeys, StringBuilder sb) {
        if (buckets == 0) return;
        for (long i = 0; i < n; i++) {
            sb.append(i).append(':');
            for (long b = buckets + i * t.bucketsize; b != 0; b = x.mem.getLong(b + t.overflowOff)) {
                for (int c = 0; c < HMap.BUCKET_CNT; c++) {
                    int top = x.mem.getByte(b + c) & 0xff;
                    sb.append(' ').append(top);
                    if (top < HMap.MIN_TOP_HASH) continue;
                    long k = b + HMap.DATA_OFFSET + (long) c * t.keysize;
                    sb.append('=').append(strKeys ? x.readStr(k) : String.valueOf(x.mem.getLong(k)));
                    sb.append('/').append(x.mem.getLong(b + t.elemsOff + (long) c * t.elemsize));
                }
                sb.append(" |");
            }
            sb.append('\n');
        }
    }
}
