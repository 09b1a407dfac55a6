package glassgo.runtime.maps;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.*;

class MapIterTest {
    /** All entries of a map[int]int by iteration, failing on a duplicate key. */
    static Map<Long, Long> drainInts(Harness x, MapType t, long h) {
        long it = x.newIter();
        Map<Long, Long> seen = new HashMap<>();
        for (x.hm.mapiterinit(x.c, t, h, it); x.hm.iterKey(it) != 0; x.hm.mapiternext(it)) {
            long k = x.mem.getLong(x.hm.iterKey(it));
            assertNull(seen.put(k, x.mem.getLong(x.hm.iterElem(it))), "key produced twice: " + k);
        }
        assertEquals(0, x.hm.iterElem(it));
        return seen;
    }

    @Test
    void nilAndEmptyMaps() {
        Harness x = new Harness(1);
        MapType t = x.mt(x.INT, x.INT);
        assertTrue(drainInts(x, t, 0).isEmpty());
        assertTrue(drainInts(x, t, x.hm.makemap_small(x.c)).isEmpty());
    }

    @Test
    void randomStartDiffersAcrossIterations() {
        Harness x = new Harness(2);
        MapType t = x.mt(x.INT, x.INT);
        long h = x.hm.makemap_small(x.c);
        for (int i = 0; i < 100; i++) x.put(t, h, i, i);
        Set<Long> firsts = new HashSet<>();
        for (int n = 0; n < 50; n++) {
            long it = x.newIter();
            x.hm.mapiterinit(x.c, t, h, it);
            firsts.add(x.mem.getLong(x.hm.iterKey(it)));
        }
        assertTrue(firsts.size() > 5, "first keys " + firsts);
    }

    /** Go's rules under concurrent modification by the iterating goroutine itself. */
    @Test
    void mutationDuringIterationObeysGoRules() {
        for (long seed = 1; seed <= 400; seed++) {
            Harness x = new Harness(seed);
            MapType t = x.mt(x.INT, x.INT);
            SplittableRandom r = new SplittableRandom(seed);
            long h = x.hm.makemap_small(x.c);
            int n = 1 + r.nextInt(seed % 4 == 0 ? 300 : 60);
            Map<Long, Long> model = new HashMap<>();
            for (long i = 0; i < n; i++) {
                x.put(t, h, i, i);
                model.put(i, i);
            }
            Set<Long> initial = new HashSet<>(model.keySet());
            Set<Long> touched = new HashSet<>(); // deleted at some point (possibly reinserted)
            Set<Long> produced = new HashSet<>();
            long nextKey = 100000;
            long it = x.newIter();
            boolean sawGrowthDuringIter = false;
            for (x.hm.mapiterinit(x.c, t, h, it); x.hm.iterKey(it) != 0; x.hm.mapiternext(it)) {
                long k = x.mem.getLong(x.hm.iterKey(it));
                long v = x.mem.getLong(x.hm.iterElem(it));
                // a key deleted and re-added is a new entry: Go may produce it again
                assertTrue(produced.add(k) || touched.contains(k), "seed " + seed + ": key produced twice " + k);
                assertTrue(model.containsKey(k), "seed " + seed + ": produced key " + k + " not in map");
                assertEquals(model.get(k), v, "seed " + seed + ": stale elem for " + k);
                int ops = r.nextInt(4);
                for (int o = 0; o < ops; o++) {
                    int kind = r.nextInt(10);
                    if (kind < 4) { // insert a new key (may trigger growth)
                        long nk = nextKey++;
                        x.put(t, h, nk, nk);
                        model.put(nk, nk);
                    } else if (kind < 7) { // delete a random existing key
                        if (model.isEmpty()) continue;
                        long dk = r.nextLong(n + 1);
                        x.del(t, h, dk);
                        if (model.remove(dk) != null) touched.add(dk);
                    } else if (kind < 9) { // update
                        long uk = r.nextLong(n + 1);
                        if (model.containsKey(uk)) {
                            x.put(t, h, uk, -uk - 7);
                            model.put(uk, -uk - 7);
                        }
                    } else { // delete and reinsert
                        long dk = r.nextLong(n + 1);
                        if (model.containsKey(dk)) {
                            x.del(t, h, dk);
                            x.put(t, h, dk, 1);
                            model.put(dk, 1L);
                            touched.add(dk);
                        }
                    }
                    if (x.growing(h)) sawGrowthDuringIter = true;
                }
            }
            for (long k : initial) {
                if (!touched.contains(k)) assertTrue(produced.contains(k), "seed " + seed + ": unmodified key never produced " + k);
            }
            // the map itself is intact
            assertEquals(model, drainInts(x, t, h), "seed " + seed);
            if (seed == 4) assertTrue(sawGrowthDuringIter || n < 9);
        }
    }

    @Test
    void iterationStartedDuringGrowth() {
        for (long seed = 1; seed <= 200; seed++) {
            Harness x = new Harness(seed);
            MapType t = x.mt(x.INT, x.INT);
            long h = x.hm.makemap_small(x.c);
            int n = new int[] {27, 53, 105, 209, 417}[(int) (seed % 5)]; // 9 and 14 finish growing within the insert
            Map<Long, Long> model = new HashMap<>();
            for (long i = 0; i < n; i++) {
                x.put(t, h, i, i);
                model.put(i, i);
            }
            assertTrue(x.growing(h));
            // plain iteration mid-growth sees everything once
            assertEquals(model, drainInts(x, t, h));
            // iteration while writes continue the growth (updates only)
            long it = x.newIter();
            Set<Long> produced = new HashSet<>();
            SplittableRandom r = new SplittableRandom(seed);
            for (x.hm.mapiterinit(x.c, t, h, it); x.hm.iterKey(it) != 0; x.hm.mapiternext(it)) {
                long k = x.mem.getLong(x.hm.iterKey(it));
                assertTrue(produced.add(k));
                assertEquals(model.get(k), x.mem.getLong(x.hm.iterElem(it)));
                long uk = r.nextLong(n);
                x.put(t, h, uk, uk * 3);
                model.put(uk, uk * 3);
            }
            assertEquals(model.keySet(), produced);
        }
    }

    @Test
    void breakingOutEarlyLeavesMapUsable() {
        Harness x = new Harness(3);
        MapType t = x.mt(x.INT, x.INT);
        long h = x.hm.makemap_small(x.c);
        for (int i = 0; i < 30; i++) x.put(t, h, i, i);
        long it = x.newIter();
        x.hm.mapiterinit(x.c, t, h, it);
        assertNotEquals(0, x.hm.iterKey(it));
        assertEquals((x.flags(h) & (HMap.ITERATOR | HMap.OLD_ITERATOR)), HMap.ITERATOR | HMap.OLD_ITERATOR);
        for (int i = 30; i < 300; i++) x.put(t, h, i, i);
        assertEquals(300, drainInts(x, t, h).size());
    }

    @Test
    void iterationVisitsAllKeysOfLargeMap() {
        Harness x = new Harness(4);
        MapType t = x.mt(x.INT, x.INT);
        long h = x.hm.makemap(x.c, t, 5000);
        List<Long> keys = new ArrayList<>();
        for (long i = 0; i < 5000; i++) {
            x.put(t, h, i * 31, i);
            keys.add(i * 31);
        }
        Map<Long, Long> got = drainInts(x, t, h);
        assertEquals(5000, got.size());
        for (long k : keys) assertEquals(k / 31, got.get(k));
    }
}
