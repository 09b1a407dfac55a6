package glassgo.runtime.maps;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

class MapGrowthTest {
    @Test
    void hundredIntsGrowAt8_13_26_52() {
        Harness x = new Harness(7, true);
        MapType t = x.mt(x.INT, x.INT);
        long h = x.hm.makemap_small(x.c);
        for (int i = 0; i < 100; i++) x.put(t, h, i, i * 10L);
        List<String> grows = new ArrayList<>();
        for (String l : x.trace().split("\n")) if (l.startsWith("map: grow")) grows.add(l);
        assertEquals(4, grows.size(), x.trace());
        String hex = "0x" + Long.toHexString(h);
        String[] expect = {"B=0->1 doubling count=8", "B=1->2 doubling count=13", "B=2->3 doubling count=26", "B=3->4 doubling count=52"};
        for (int i = 0; i < 4; i++) {
            assertTrue(grows.get(i).startsWith("map: grow " + hex + " " + expect[i]), grows.get(i));
        }
        assertEquals(4, x.B(h));
        for (int i = 0; i < 100; i++) assertEquals(i * 10L, x.get(t, h, i));
    }

    @Test
    void growthTriggerCountsWithoutTrace() {
        Harness x = new Harness(8);
        MapType t = x.mt(x.INT, x.INT);
        long h = x.hm.makemap_small(x.c);
        int[] triggers = {9, 14, 27, 53, 105, 209, 417, 833, 1665};
        int ti = 0;
        int lastB = 0;
        for (int n = 1; n <= 2000; n++) {
            x.put(t, h, n * 7919L, n);
            if (x.B(h) != lastB) {
                assertEquals(triggers[ti++], n, "growth at insert #" + n);
                assertEquals(lastB + 1, x.B(h));
                lastB = x.B(h);
            }
        }
        assertEquals(triggers.length, ti);
    }

    @Test
    void evacuationIsIncrementalAndOldbucketsDropped() {
        Harness x = new Harness(9, true);
        MapType t = x.mt(x.INT, x.INT);
        long h = x.hm.makemap_small(x.c);
        for (int i = 0; i < 53; i++) x.put(t, h, i, i); // the 53rd insert grows B 3->4
        assertEquals(4, x.B(h));
        assertTrue(x.growing(h));
        long old = x.mem.getLong(h + HMap.H_OLDBUCKETS);
        int writes = 0;
        long prevNev = x.mem.getLong(h + HMap.H_NEVACUATE);
        // overwrite existing keys: writes that do not insert; each evacuates at most 2 old buckets
        while (x.growing(h)) {
            int before = countEvacuated(x, t, old, 8);
            x.put(t, h, writes % 53, -1);
            writes++;
            int after = x.growing(h) ? countEvacuated(x, t, old, 8) : 8;
            assertTrue(after - before <= 2, "evacuated " + (after - before) + " buckets in one write");
            long nev = x.mem.getLong(h + HMap.H_NEVACUATE);
            if (x.growing(h)) assertTrue(nev >= prevNev);
            prevNev = nev;
            for (int i = 0; i < 53; i++) assertNotNull(x.get(t, h, i));
        }
        assertTrue(writes >= 3 && writes <= 8, "writes " + writes); // the growing insert already evacuated 2
        String tr = x.trace();
        Matcher m = Pattern.compile("map: evacuate 0x[0-9a-f]+ bucket (\\d+) \\(B=3->4\\): (\\d+) entries, x=(\\d+) y=(\\d+), nevacuate=(\\d+)/8").matcher(tr);
        int evacLines = 0, entries = 0;
        while (m.find()) {
            evacLines++;
            entries += Integer.parseInt(m.group(2));
            assertEquals(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)) + Integer.parseInt(m.group(4)));
        }
        assertEquals(8, evacLines, tr);
        assertEquals(52, entries, tr); // the 53rd key was inserted into the new table
        assertTrue(tr.contains("map: oldbuckets 0x" + Long.toHexString(h) + " dropped (1152 bytes at 0x" + Long.toHexString(old) + "), growth complete"), tr);
        assertTrue(tr.lastIndexOf("dropped") > tr.lastIndexOf("map: evacuate"));
        assertEquals(0, x.mem.getLong(h + HMap.H_OLDBUCKETS));
    }

    private static int countEvacuated(Harness x, MapType t, long old, int n) {
        int c = 0;
        for (int i = 0; i < n; i++) {
            int th = x.mem.getByte(old + i * t.bucketsize) & 0xff;
            if (th > 1 && th < 5) c++;
        }
        return c;
    }

    @Test
    void deletesAlsoEvacuate() {
        Harness x = new Harness(10);
        MapType t = x.mt(x.INT, x.INT);
        long h = x.hm.makemap_small(x.c);
        for (int i = 0; i < 27; i++) x.put(t, h, i, i);
        assertTrue(x.growing(h));
        int n = 0;
        while (x.growing(h)) {
            x.del(t, h, 1000 + n); // absent keys: still growWork
            n++;
        }
        assertTrue(n <= 4);
        for (int i = 0; i < 27; i++) assertEquals((long) i, x.get(t, h, i));
    }

    @Test
    void sameSizeGrowthFromOverflowChurn() {
        Harness x = new Harness(11, true);
        MapType t = x.mt(x.INT, x.INT);
        long h = x.hm.makemap_small(x.c);
        for (int i = 0; i < 20; i++) x.put(t, h, i, i); // B=2
        assertEquals(2, x.B(h));
        java.util.Set<Long> live = new java.util.HashSet<>();
        for (long i = 0; i < 20; i++) live.add(i);
        long nextKey = 20;
        boolean sawSame = false;
        for (int step = 0; step < 200000 && !sawSame; step++) {
            // keep count at 20: insert one, delete the oldest
            x.put(t, h, nextKey, nextKey);
            live.add(nextKey);
            long victim = nextKey - 20;
            x.del(t, h, victim);
            live.remove(victim);
            nextKey++;
            if ((x.flags(h) & HMap.SAME_SIZE_GROW) != 0) sawSame = true;
            assertEquals(20, x.count(h));
        }
        assertTrue(sawSame, "no same-size growth");
        assertEquals(2, x.B(h));
        assertTrue(x.trace().contains(" B=2->2 same-size count="), x.trace());
        // finish the growth and check contents
        for (int i = 0; i < 10; i++) x.put(t, h, nextKey - 1, 0);
        assertFalse(x.growing(h));
        assertTrue(x.trace().contains("(B=2 same-size): "), x.trace());
        for (long k : live) assertNotNull(x.get(t, h, k), "key " + k);
        assertEquals(live.size(), x.count(h));
    }
}
