package glassgo.runtime.maps;

import glassgo.runtime.types.FieldSpec;
import glassgo.runtime.types.Kind;
import glassgo.runtime.types.RType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class MapLayoutTest {
    final Harness x = new Harness(1);

    @Test
    void bucketSizes() {
        assertEquals(144, x.mt(x.INT, x.INT).bucketsize);
        assertEquals(208, x.mt(x.STRING, x.INT).bucketsize);
        assertEquals(88, x.mt(RType.basic(Kind.INT64), RType.basic(Kind.INT8)).bucketsize);
        assertEquals(16, x.mt(RType.struct(null, List.of()), RType.struct(null, List.of())).bucketsize);
    }

    @Test
    void noscanBucketHasUintptrOverflow() {
        MapType t = x.mt(x.INT, x.INT);
        assertEquals(0, t.bucket.ptrdata);
        assertEquals("uintptr", t.bucket.fields[3].type().name);
        assertEquals("map.bucket[int]int", t.bucket.name);
    }

    @Test
    void pointerfulBucketMask() {
        MapType t = x.mt(x.STRING, x.INT);
        assertEquals(208, t.bucket.ptrdata);
        // words: 0 tophash; 1..16 keys (ptr at odd words 1,3,...,15); 17..24 elems; 25 overflow
        for (int w = 0; w < 26; w++) {
            boolean ptr = (w >= 1 && w <= 16 && (w - 1) % 2 == 0) || w == 25;
            assertEquals(ptr, t.bucket.ptrWord(w), "word " + w);
        }
    }

    @Test
    void indirectKeysAndElems() {
        RType big = RType.array(RType.basic(Kind.INT64), 17); // 136 bytes > 128
        RType edge = RType.array(RType.basic(Kind.INT64), 16); // exactly 128: inline
        MapType t = x.mt(big, big);
        assertTrue(t.indirectkey);
        assertTrue(t.indirectelem);
        assertEquals(8, t.keysize);
        assertEquals(8 + 64 + 64 + 8, t.bucketsize);
        assertTrue(t.bucket.ptrdata > 0);
        MapType u = x.mt(edge, x.INT);
        assertFalse(u.indirectkey);
        assertEquals(8 + 8 * 128 + 64 + 8, u.bucketsize);
    }

    @Test
    void headerAndIteratorSizes() {
        assertEquals(48, x.hm.hmapType.size);
        assertEquals(24, x.hm.mapextraType.size);
        MapType t = x.mt(x.INT, x.INT);
        assertEquals(96, t.hiter.size);
        assertEquals(72, t.hiter.fields[9].offset()); // offset
        assertEquals(80, t.hiter.fields[13].offset()); // bucket
    }

    @Test
    void keyProperties() {
        MapType f = x.mt(x.FLOAT64, x.INT);
        assertFalse(f.reflexivekey);
        assertTrue(f.needkeyupdate);
        assertFalse(f.hashMightPanic);
        MapType s = x.mt(x.STRING, x.INT);
        assertTrue(s.reflexivekey);
        assertTrue(s.needkeyupdate);
        RType st = RType.struct(null, List.of(new FieldSpec("a", x.INT, false), new FieldSpec("e", RType.emptyInterface(), false)));
        MapType i = x.mt(st, x.INT);
        assertFalse(i.reflexivekey);
        assertTrue(i.needkeyupdate);
        assertTrue(i.hashMightPanic);
        MapType n = x.mt(x.INT, x.INT);
        assertTrue(n.reflexivekey);
        assertFalse(n.needkeyupdate);
    }

    @Test
    void makemapHintToB() {
        MapType t = x.mt(x.INT, x.INT);
        long[][] cases = {{0, 0}, {8, 0}, {9, 1}, {13, 1}, {14, 2}, {26, 2}, {27, 3}, {52, 3}, {53, 4}, {100, 4}, {-5, 0}};
        for (long[] c : cases) {
            long h = x.hm.makemap(x.c, t, c[0]);
            assertEquals(c[1], x.B(h), "hint " + c[0]);
            assertEquals(c[1] == 0, x.mem.getLong(h + HMap.H_BUCKETS) == 0, "lazy buckets for B=0");
        }
    }

    @Test
    void preallocatedOverflowBuckets() {
        MapType t = x.mt(x.INT, x.INT);
        // B=4: 16 + 1 buckets = 2448 bytes -> size class 2688 -> 18 buckets (2 preallocated overflow)
        assertEquals(18, HMap.nbuckets(t, 4));
        long h = x.hm.makemap(x.c, t, 100);
        long buckets = x.mem.getLong(h + HMap.H_BUCKETS);
        long extra = x.mem.getLong(h + HMap.H_EXTRA);
        assertNotEquals(0, extra);
        assertEquals(buckets + 16 * 144, x.mem.getLong(extra + HMap.X_NEXTOVERFLOW));
        // the last preallocated bucket's overflow word is the non-nil sentinel (the array itself)
        assertEquals(buckets, x.mem.getLong(buckets + 17 * 144 + 136));
        assertEquals(3, HMap.nbuckets(t, 1) + 1);
    }
}
