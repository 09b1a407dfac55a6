package glassgo.runtime.maps;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.*;

/** Random insert/update/delete sequences checked against a java.util.HashMap after every operation. */
class MapModelTest {
    @Test
    void intKeysEveryStep() {
        for (long seed = 1; seed <= 3; seed++) {
            Harness x = new Harness(seed);
            MapType t = x.mt(x.INT, x.INT);
            long h = seed == 2 ? x.hm.makemap(x.c, t, 100) : x.hm.makemap_small(x.c);
            SplittableRandom r = new SplittableRandom(seed);
            Map<Long, Long> model = new HashMap<>();
            List<Long> keys = new ArrayList<>();
            int sawGrowing = 0;
            for (int op = 0; op < 3000; op++) {
                int kind = r.nextInt(10);
                long range = op < 1500 ? 4000 : 600; // shrink the key space later to get deletes hitting
                long k = r.nextLong(range) - range / 2;
                if (kind < 6) {
                    long v = r.nextLong();
                    x.put(t, h, k, v);
                    if (model.put(k, v) == null) keys.add(k);
                } else if (kind < 9) {
                    if (!keys.isEmpty() && r.nextBoolean()) k = keys.get(r.nextInt(keys.size()));
                    x.del(t, h, k);
                    model.remove(k);
                } else {
                    assertEquals(model.get(k), x.get(t, h, k));
                }
                if (x.growing(h)) sawGrowing++;
                assertEquals(model.size(), x.count(h));
                for (Map.Entry<Long, Long> e : model.entrySet()) {
                    Long got = x.get(t, h, e.getKey());
                    if (!e.getValue().equals(got)) fail("seed " + seed + " op " + op + ": key " + e.getKey() + " = " + got + ", want " + e.getValue());
                }
            }
            assertTrue(sawGrowing > 0);
            assertEquals(model, MapIterTest.drainInts(x, t, h));
        }
    }

    @Test
    void stringKeysEveryStep() {
        Harness x = new Harness(42);
        MapType t = x.mt(x.STRING, x.INT);
        long h = x.hm.makemap_small(x.c);
        SplittableRandom r = new SplittableRandom(42);
        Map<String, Long> model = new HashMap<>();
        for (int op = 0; op < 2500; op++) {
            String k = "k" + r.nextInt(1200) + (r.nextInt(4) == 0 ? "-long-suffix-to-exceed-sixteen-bytes" : "");
            long key = x.str(k); // a fresh copy each time: equality is by bytes, not by pointer
            if (r.nextInt(3) > 0) {
                long v = r.nextLong();
                x.mem.putLong(x.hm.mapassign(x.c, t, h, key), v);
                model.put(k, v);
            } else {
                x.hm.mapdelete(x.c, t, h, key);
                model.remove(k);
            }
            assertEquals(model.size(), x.count(h));
            for (Map.Entry<String, Long> e : model.entrySet()) {
                long el = x.hm.mapaccess2(t, h, x.str(e.getKey()));
                assertNotEquals(0, el, "missing " + e.getKey() + " at op " + op);
                assertEquals(e.getValue(), x.mem.getLong(el));
            }
        }
        // iteration yields exactly the model
        long it = x.newIter();
        Map<String, Long> seen = new HashMap<>();
        for (x.hm.mapiterinit(x.c, t, h, it); x.hm.iterKey(it) != 0; x.hm.mapiternext(it)) {
            assertNull(seen.put(x.readStr(x.hm.iterKey(it)), x.mem.getLong(x.hm.iterElem(it))));
        }
        assertEquals(model, seen);
    }

    @Test
    void deleteToEmptyReseedsAndEmptyRestChains() {
        Harness x = new Harness(5);
        MapType t = x.mt(x.INT, x.INT);
        long h = x.hm.makemap_small(x.c);
        for (int i = 0; i < 8; i++) x.put(t, h, i, i); // one full bucket (B=0)
        int seed0 = x.hash0(h);
        long b = x.mem.getLong(h + HMap.H_BUCKETS);
        for (int i = 7; i >= 1; i--) x.del(t, h, i);
        assertEquals(seed0, x.hash0(h), "no reseed while non-empty");
        x.del(t, h, 0);
        assertEquals(0, x.count(h));
        assertNotEquals(seed0, x.hash0(h), "reseed when count reaches 0");
        for (int i = 0; i < 8; i++) assertEquals(HMap.EMPTY_REST, x.mem.getByte(b + i), "cell " + i);
        // deleting a middle cell leaves emptyOne; deleting the tail converts the run to emptyRest
        for (int i = 0; i < 8; i++) x.put(t, h, i, i);
        int[] cell = new int[8];
        for (int i = 0; i < 8; i++) {
            long e = x.hm.mapaccess2(t, h, x.intKey(i));
            cell[i] = (int) ((e - b - 8 - 64) / 8);
        }
        int mid = -1, last = -1;
        for (int i = 0; i < 8; i++) {
            if (cell[i] == 3) mid = i;
            if (cell[i] == 7) last = i;
        }
        x.del(t, h, mid);
        assertEquals(HMap.EMPTY_ONE, x.mem.getByte(b + 3));
        for (int i = 0; i < 8; i++) if (cell[i] >= 4 && cell[i] <= 6) x.del(t, h, i);
        assertEquals(HMap.EMPTY_ONE, x.mem.getByte(b + 4));
        x.del(t, h, last);
        for (int c = 3; c < 8; c++) assertEquals(HMap.EMPTY_REST, x.mem.getByte(b + c), "cell " + c);
        assertEquals(3, x.count(h));
    }

    @Test
    void overflowChainEmptyRestAcrossBuckets() {
        // Churn over 30 keys with at most 13 live in 2 buckets: overflow chains, emptyRest
        // propagation across chain links, and same-size growths; every key checked each step.
        Harness x = new Harness(6);
        MapType t = x.mt(x.INT, x.INT);
        long h = x.hm.makemap(x.c, t, 9); // B=1
        Map<Long, Long> model = new HashMap<>();
        SplittableRandom r = new SplittableRandom(6);
        for (int op = 0; op < 20000; op++) {
            long k = r.nextLong(30);
            if (r.nextBoolean() && model.size() < 13) {
                x.put(t, h, k, op);
                model.put(k, (long) op);
            } else {
                x.del(t, h, k);
                model.remove(k);
            }
            for (long q = 0; q < 30; q++) assertEquals(model.get(q), x.get(t, h, q));
        }
    }
}
