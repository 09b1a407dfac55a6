package glassgo.runtime.maps;

import glassgo.runtime.RuntimeErrorException;
import glassgo.runtime.types.FieldSpec;
import glassgo.runtime.types.Kind;
import glassgo.runtime.types.RType;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.*;

class MapKeysTest {
    @Test
    void nanKeysAlwaysInsertNeverFound() {
        Harness x = new Harness(1);
        MapType t = x.mt(x.FLOAT64, x.INT);
        long h = x.hm.makemap_small(x.c);
        for (int i = 0; i < 100; i++) x.mem.putLong(x.hm.mapassign(x.c, t, h, x.floatKey(Double.NaN)), i);
        assertEquals(100, x.count(h));
        assertEquals(0, x.hm.mapaccess2(t, h, x.floatKey(Double.NaN)));
        assertEquals(t.zeroVal(), x.hm.mapaccess1(t, h, x.floatKey(Double.NaN)));
        x.hm.mapdelete(x.c, t, h, x.floatKey(Double.NaN));
        assertEquals(100, x.count(h));
        // iteration returns them all
        Set<Long> ids = new HashSet<>();
        long it = x.newIter();
        for (x.hm.mapiterinit(x.c, t, h, it); x.hm.iterKey(it) != 0; x.hm.mapiternext(it)) {
            assertTrue(Double.isNaN(Double.longBitsToDouble(x.mem.getLong(x.hm.iterKey(it)))));
            assertTrue(ids.add(x.mem.getLong(x.hm.iterElem(it))));
        }
        assertEquals(100, ids.size());
        x.hm.mapclear(x.c, t, h);
        assertEquals(0, x.count(h));
    }

    @Test
    void nanKeysIteratedWhileGrowing() {
        for (long seed = 1; seed <= 100; seed++) {
            Harness x = new Harness(seed);
            MapType t = x.mt(x.FLOAT64, x.INT);
            long h = x.hm.makemap_small(x.c);
            int n = 20 + (int) (seed % 50);
            for (int i = 0; i < n; i++) x.mem.putLong(x.hm.mapassign(x.c, t, h, x.floatKey(Double.NaN)), i);
            Set<Long> ids = new HashSet<>();
            long it = x.newIter();
            int extra = 1000;
            for (x.hm.mapiterinit(x.c, t, h, it); x.hm.iterKey(it) != 0; x.hm.mapiternext(it)) {
                long id = x.mem.getLong(x.hm.iterElem(it));
                assertTrue(ids.add(id), "seed " + seed + ": NaN entry produced twice: " + id);
                for (int j = 0; j < 3; j++) x.mem.putLong(x.hm.mapassign(x.c, t, h, x.floatKey(Double.NaN)), extra++);
            }
            for (long i = 0; i < n; i++) assertTrue(ids.contains(i), "seed " + seed + ": NaN entry missed: " + i);
        }
    }

    @Test
    void signedZerosAreOneKeyAndKeyIsUpdated() {
        Harness x = new Harness(2);
        MapType t = x.mt(x.FLOAT64, x.INT);
        long h = x.hm.makemap_small(x.c);
        x.mem.putLong(x.hm.mapassign(x.c, t, h, x.floatKey(0.0)), 1);
        x.mem.putLong(x.hm.mapassign(x.c, t, h, x.floatKey(-0.0)), 2);
        assertEquals(1, x.count(h));
        long e = x.hm.mapaccess2(t, h, x.floatKey(0.0));
        assertEquals(2, x.mem.getLong(e));
        long it = x.newIter();
        x.hm.mapiterinit(x.c, t, h, it);
        assertEquals(Double.doubleToRawLongBits(-0.0), x.mem.getLong(x.hm.iterKey(it)), "needkeyupdate stores -0");
        x.hm.mapdelete(x.c, t, h, x.floatKey(0.0));
        assertEquals(0, x.count(h));
    }

    @Test
    void floatKeysModel() {
        Harness x = new Harness(3);
        MapType t = x.mt(x.FLOAT64, x.INT);
        long h = x.hm.makemap_small(x.c);
        Map<Double, Long> model = new HashMap<>();
        SplittableRandom r = new SplittableRandom(3);
        for (int op = 0; op < 2000; op++) {
            double k = r.nextInt(500) / 4.0;
            if (r.nextInt(3) > 0) {
                x.mem.putLong(x.hm.mapassign(x.c, t, h, x.floatKey(k)), op);
                model.put(k, (long) op);
            } else {
                x.hm.mapdelete(x.c, t, h, x.floatKey(k));
                model.remove(k);
            }
        }
        for (Map.Entry<Double, Long> en : model.entrySet()) {
            assertEquals(en.getValue(), x.mem.getLong(x.hm.mapaccess2(t, h, x.floatKey(en.getKey()))));
        }
        assertEquals(model.size(), x.count(h));
    }

    @Test
    void structKeys() {
        Harness x = new Harness(4);
        RType st = RType.struct(null, List.of(
                new FieldSpec("a", RType.basic(Kind.INT32), false),
                new FieldSpec("_", RType.basic(Kind.INT32), false),
                new FieldSpec("s", x.STRING, false)));
        assertEquals(24, st.size);
        MapType t = x.mt(st, x.INT);
        long h = x.hm.makemap_small(x.c);
        Map<String, Long> model = new HashMap<>();
        for (int i = 0; i < 500; i++) {
            long k = x.alloc(24);
            x.mem.putInt(k, i % 37);
            x.mem.putInt(k + 4, i); // blank field: ignored by == and hash
            long s = x.str("s" + (i % 11));
            x.mem.putLong(k + 8, x.mem.getLong(s));
            x.mem.putLong(k + 16, x.mem.getLong(s + 8));
            x.mem.putLong(x.hm.mapassign(x.c, t, h, k), i);
            model.put((i % 37) + "/" + (i % 11), (long) i);
        }
        assertEquals(model.size(), x.count(h));
        assertEquals(37 * 11, model.size());
        long k = x.alloc(24);
        x.mem.putInt(k, 5);
        long s = x.str("s3");
        x.mem.putLong(k + 8, x.mem.getLong(s));
        x.mem.putLong(k + 16, 2);
        assertEquals(model.get("5/3"), x.mem.getLong(x.hm.mapaccess2(t, h, k)));
    }

    @Test
    void interfaceKeys() {
        Harness x = new Harness(5);
        RType eface = RType.emptyInterface();
        MapType t = x.mt(eface, x.INT);
        RType intT = x.INT;
        RType strT = x.STRING;
        RType ptrT = RType.pointer(intT);
        x.types.register(intT);
        x.types.register(strT);
        x.types.register(ptrT);
        long h = x.hm.makemap_small(x.c);
        // int(7) boxed, "7" boxed, a pointer (direct), nil interface
        long k1 = boxed(x, intT.addr, 8);
        x.mem.putLong(x.mem.getLong(k1 + 8), 7);
        long k2 = x.alloc(16);
        x.mem.putLong(k2, strT.addr);
        x.mem.putLong(k2 + 8, x.str("7"));
        long k3 = x.alloc(16);
        x.mem.putLong(k3, ptrT.addr);
        x.mem.putLong(k3 + 8, 0xc000001000L);
        long k4 = x.alloc(16);
        long[] ks = {k1, k2, k3, k4};
        for (int i = 0; i < 4; i++) x.mem.putLong(x.hm.mapassign(x.c, t, h, ks[i]), i + 1);
        assertEquals(4, x.count(h));
        long k1b = boxed(x, intT.addr, 8); // another box, same value
        x.mem.putLong(x.mem.getLong(k1b + 8), 7);
        assertEquals(1, x.mem.getLong(x.hm.mapaccess2(t, h, k1b)));
        x.mem.putLong(x.mem.getLong(k1b + 8), 8);
        assertEquals(0, x.hm.mapaccess2(t, h, k1b));
        assertEquals(4, x.mem.getLong(x.hm.mapaccess2(t, h, x.alloc(16))), "nil interface key");
        // unhashable dynamic type panics, even on a nil map (issue 23734)
        RType sl = RType.slice(intT);
        x.types.register(sl);
        long bad = boxed(x, sl.addr, 24);
        RuntimeErrorException e = assertThrows(RuntimeErrorException.class, () -> x.hm.mapassign(x.c, t, h, bad));
        assertEquals("runtime error: hash of unhashable type []int", e.goError());
        assertEquals(0, x.flags(h) & HMap.HASH_WRITING, "hashWriting not set by a failed hash");
        assertThrows(RuntimeErrorException.class, () -> x.hm.mapaccess2(t, 0, bad));
        assertThrows(RuntimeErrorException.class, () -> x.hm.mapdelete(x.c, t, 0, bad));
    }

    private static long boxed(Harness x, long typeAddr, long size) {
        long k = x.alloc(16);
        x.mem.putLong(k, typeAddr);
        x.mem.putLong(k + 8, x.alloc(size));
        return k;
    }

    @Test
    void indirectKeysAndElems() {
        Harness x = new Harness(6);
        RType big = RType.array(RType.basic(Kind.INT64), 20); // 160 bytes
        MapType t = x.mt(big, big);
        long h = x.hm.makemap_small(x.c);
        long key = x.alloc(160), val = x.alloc(160);
        for (int i = 0; i < 300; i++) {
            for (int w = 0; w < 20; w++) x.mem.putLong(key + 8 * w, i * 100 + w);
            long e = x.hm.mapassign(x.c, t, h, key);
            for (int w = 0; w < 20; w++) x.mem.putLong(val + 8 * w, -i - w);
            x.hm.mapstore(x.c, t, h, key, val);
            assertEquals(-i, x.mem.getLong(e));
        }
        assertEquals(300, x.count(h));
        for (int i = 0; i < 300; i += 2) {
            for (int w = 0; w < 20; w++) x.mem.putLong(key + 8 * w, i * 100 + w);
            x.hm.mapdelete(x.c, t, h, key);
        }
        assertEquals(150, x.count(h));
        for (int i = 0; i < 300; i++) {
            for (int w = 0; w < 20; w++) x.mem.putLong(key + 8 * w, i * 100 + w);
            long e = x.hm.mapaccess2(t, h, key);
            if (i % 2 == 0) assertEquals(0, e);
            else assertEquals(-i - 19, x.mem.getLong(e + 8 * 19));
        }
        int n = 0;
        long it = x.newIter();
        for (x.hm.mapiterinit(x.c, t, h, it); x.hm.iterKey(it) != 0; x.hm.mapiternext(it)) {
            long k = x.hm.iterKey(it);
            long i = x.mem.getLong(k) / 100;
            assertEquals(1, i % 2);
            assertEquals(-i - 5, x.mem.getLong(x.hm.iterElem(it) + 40));
            n++;
        }
        assertEquals(150, n);
        // big elem zero value: its own zero area of at least 160 bytes
        assertEquals(0, x.mem.getLong(t.zeroVal() + 152));
    }

    @Test
    void bigElemsGetOwnZero() {
        Harness x = new Harness(7);
        RType huge = RType.array(RType.basic(Kind.UINT8), 4000);
        MapType t = x.mt(x.INT, huge);
        assertNotEquals(x.hm.zeroVal, t.zeroVal());
        assertEquals(x.hm.zeroVal, x.mt(x.INT, x.INT).zeroVal());
        assertEquals(t.zeroVal(), x.hm.mapaccess1(t, 0, x.intKey(1)));
    }

    @Test
    void nilMap() {
        Harness x = new Harness(8);
        MapType t = x.mt(x.INT, x.INT);
        assertEquals(0, x.hm.maplen(0));
        assertEquals(t.zeroVal(), x.hm.mapaccess1(t, 0, x.intKey(3)));
        assertEquals(0, x.hm.mapaccess2(t, 0, x.intKey(3)));
        x.hm.mapdelete(x.c, t, 0, x.intKey(3));
        x.hm.mapclear(x.c, t, 0);
        MapPanic p = assertThrows(MapPanic.class, () -> x.hm.mapassign(x.c, t, 0, x.intKey(3)));
        assertTrue(p.plainError);
        assertEquals("assignment to entry in nil map", p.goError());
    }

    @Test
    void concurrentAccessIsFatal() {
        Harness x = new Harness(9);
        MapType t = x.mt(x.INT, x.INT);
        long h = x.hm.makemap_small(x.c);
        for (int i = 0; i < 20; i++) x.put(t, h, i, i);
        long it = x.newIter();
        x.hm.mapiterinit(x.c, t, h, it);
        x.mem.putByte(h + HMap.H_FLAGS, (byte) (x.flags(h) | HMap.HASH_WRITING)); // another goroutine is mid-write
        assertEquals("concurrent map writes", assertThrows(MapFatal.class, () -> x.put(t, h, 1, 1)).goMessage);
        assertEquals("concurrent map writes", assertThrows(MapFatal.class, () -> x.del(t, h, 1)).goMessage);
        assertEquals("concurrent map writes", assertThrows(MapFatal.class, () -> x.hm.mapclear(x.c, t, h)).goMessage);
        assertEquals("concurrent map read and map write", assertThrows(MapFatal.class, () -> x.get(t, h, 1)).goMessage);
        MapFatal f = assertThrows(MapFatal.class, () -> x.hm.mapiternext(it));
        assertEquals("concurrent map iteration and map write", f.goMessage);
        assertEquals("fatal error: concurrent map iteration and map write", f.getMessage());
    }

    @Test
    void mapclearResetsEverything() {
        Harness x = new Harness(10, true);
        MapType t = x.mt(x.INT, x.INT);
        long h = x.hm.makemap_small(x.c);
        for (int i = 0; i < 105; i++) x.put(t, h, i, i); // B=5, growing
        assertTrue(x.growing(h));
        int b = x.B(h);
        int seed = x.hash0(h);
        long buckets = x.mem.getLong(h + HMap.H_BUCKETS);
        x.hm.mapclear(x.c, t, h);
        assertEquals(0, x.count(h));
        assertFalse(x.growing(h));
        assertEquals(b, x.B(h));
        assertEquals(buckets, x.mem.getLong(h + HMap.H_BUCKETS));
        assertNotEquals(seed, x.hash0(h));
        assertEquals(0, x.flags(h) & (HMap.SAME_SIZE_GROW | HMap.HASH_WRITING));
        assertTrue(x.trace().contains("by mapclear"), x.trace());
        long extra = x.mem.getLong(h + HMap.H_EXTRA);
        assertEquals(buckets + 32L * 144, x.mem.getLong(extra + HMap.X_NEXTOVERFLOW), "preallocated overflow re-armed");
        for (int i = 0; i < 105; i++) assertNull(x.get(t, h, i));
        for (int i = 0; i < 150; i++) x.put(t, h, i, 2 * i);
        for (int i = 0; i < 150; i++) assertEquals(2L * i, x.get(t, h, i));
        assertEquals(150, MapIterTest.drainInts(x, t, h).size());
    }

    @Test
    void pointerStoreSeesEveryPointerWrite() {
        Harness x = new Harness(11);
        int[] calls = new int[3];
        PointerStore plain = PointerStore.plain(x.mem);
        x.hm.setPointerStore(new PointerStore() {
            public void typedmemmove(RType ty, long dst, long src) {
                calls[0]++;
                assertTrue(ty.ptrdata > 0);
                plain.typedmemmove(ty, dst, src);
            }

            public void storePointer(long slot, long value) {
                calls[1]++;
                plain.storePointer(slot, value);
            }

            public void memclrHasPointers(long addr, long n) {
                calls[2]++;
                plain.memclrHasPointers(addr, n);
            }
        });
        MapType t = x.mt(x.STRING, x.INT);
        long h = x.hm.makemap_small(x.c);
        for (int i = 0; i < 100; i++) x.mem.putLong(x.hm.mapassign(x.c, t, h, x.str("k" + i)), i);
        for (int i = 0; i < 50; i++) x.hm.mapdelete(x.c, t, h, x.str("k" + i));
        assertTrue(calls[0] >= 100, "key copies: " + calls[0]);
        assertTrue(calls[1] > 5, "pointer stores: " + calls[1]);
        assertTrue(calls[2] >= 50, "clears: " + calls[2]);
    }
}
