package glassgo.runtime.heap;

import glassgo.runtime.RuntimeErrorException;
import glassgo.runtime.debug.Debug;
import glassgo.runtime.mem.Memory;
import glassgo.runtime.types.FieldSpec;
import glassgo.runtime.types.Kind;
import glassgo.runtime.types.RType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

class MallocTest {
    static final RType INT64 = RType.basic(Kind.INT64);
    static final RType INT = RType.basic(Kind.INT);
    static final RType BYTE = RType.basic(Kind.UINT8, "uint8");
    static final RType PINT = RType.pointer(INT);
    Memory mem;
    MHeap h;
    MCache c;

    @BeforeEach
    void setUp() {
        mem = new Memory();
        h = new MHeap(mem, new Debug());
        c = h.newMCache();
    }

    @Test
    void zeroSizeIsZerobase() {
        RType empty = RType.struct(null, List.of());
        long a = Malloc.newobject(c, empty);
        assertEquals(h.zerobase, a);
        assertEquals(a, Malloc.newarray(c, INT, 0));
        assertTrue(a != 0 && mem.isMapped(a));
        MemStats m = h.readMemStats();
        assertEquals(0, m.Mallocs);
        assertEquals(0, m.TotalAlloc);
    }

    @Test
    void tinyPackingAndAlignment() {
        long a = Malloc.mallocgc(c, 1, null, true);   // new block, off 1
        long b = Malloc.mallocgc(c, 2, null, true);   // aligned to 2
        long d = Malloc.mallocgc(c, 4, null, true);   // aligned to 4
        long e = Malloc.mallocgc(c, 8, null, true);   // aligned to 8
        assertEquals(Memory.HEAP_BASE, a);
        assertEquals(a + 2, b);
        assertEquals(a + 4, d);
        assertEquals(a + 8, e);
        long f = Malloc.mallocgc(c, 1, null, true);   // block full -> new block
        assertEquals(a + 16, f);
        long g = Malloc.mallocgc(c, 3, null, true);   // odd size: no alignment
        assertEquals(f + 1, g);
        // a 16-byte noscan object is never tiny, a pointerful 8-byte object neither
        long big = Malloc.mallocgc(c, 16, null, true);
        assertEquals(a + 32, big);
        long p = Malloc.newobject(c, PINT);
        assertEquals(SpanClass.make(1, false), h.spanOf(p).spanclass);
        // the block with more room is kept: 12-byte request when 4 bytes used
        long x = Malloc.mallocgc(c, 12, null, true); // new block (g's block has 12 left: fits at off 4? 12&3==0 -> off 4, 4+12=16 fits)
        assertEquals(f + 4, x);
    }

    @Test
    void tinyBlockIsZeroed() {
        long a = Malloc.mallocgc(c, 8, null, true);
        mem.putLong(a, -1);
        mem.putLong(a + 8, -1);
        h.debugFree(a);
        long b = Malloc.mallocgc(c, 8, null, true);
        assertEquals(a, b); // the freed slot is reused, address order
        assertEquals(0, mem.getLong(b));
        assertEquals(0, mem.getLong(b + 8));
    }

    @Test
    void sizeClassBoundaries() {
        int[][] cases = {{8, 1}, {9, 2}, {24, 3}, {25, 4}, {32, 4}, {33, 5}, {48, 5}, {1024, 32}, {1025, 33}, {32768, 67}};
        for (int[] cs : cases) {
            long a = Malloc.mallocgc(c, cs[0], PINT, true); // scan: never tiny
            MSpan s = h.spanOf(a);
            assertEquals(cs[1], s.sizeclass(), "size " + cs[0]);
            assertFalse(s.noscan());
            assertEquals(SizeClasses.CLASS_TO_SIZE[cs[1]], s.elemsize);
            assertEquals(SizeClasses.CLASS_TO_ALLOCNPAGES[cs[1]], s.npages);
        }
        long n = Malloc.mallocgc(c, 24, null, true);
        assertTrue(h.spanOf(n).noscan());
        assertEquals(SpanClass.make(3, true), h.spanOf(n).spanclass);
    }

    @Test
    void spanExhaustionRefillsInAddressOrder() {
        // class 67 (32 KiB): one object per 4-page span
        List<Long> addrs = new ArrayList<>();
        for (int i = 0; i < 3; i++) addrs.add(Malloc.mallocgc(c, 32768, null, true));
        assertEquals(addrs.get(0) + 32768, addrs.get(1));
        assertEquals(addrs.get(1) + 32768, addrs.get(2));
        // class 5 (48 B): 170 per span; the 171st object comes from a new span
        long first = Malloc.mallocgc(c, 48, null, true);
        MSpan s = h.spanOf(first);
        assertEquals(170, s.nelems);
        long prev = first;
        for (int i = 1; i < 170; i++) {
            long a = Malloc.mallocgc(c, 48, null, true);
            assertEquals(prev + 48, a);
            prev = a;
        }
        assertEquals(170, s.allocCount);
        assertSame(s, c.cached(SpanClass.make(5, true)));
        long next = Malloc.mallocgc(c, 48, null, true);
        assertNotSame(s, h.spanOf(next));
        assertEquals(h.spanOf(next).startAddr, next);
        assertEquals(h.sweepgen() + 3, h.spanOf(next).sweepgen());
        assertEquals(h.sweepgen(), s.sweepgen()); // uncached, swept, in the full set
        assertEquals(h.central(SpanClass.make(5, true)).spanCount(), 1);
    }

    @Test
    void allocCacheCrosses64SlotBoundaries() {
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < 1024 * 3; i++) {
            long a = Malloc.newobject(c, PINT);
            assertTrue(seen.add(a));
            assertEquals(0, (a - Memory.HEAP_BASE) % 8);
        }
        MSpan s = h.spanOf(Malloc.newobject(c, PINT));
        assertEquals(1024, s.nelems);
        assertEquals(1, s.allocCount);
    }

    @Test
    void largeObjects() {
        long a = Malloc.mallocgc(c, 40000, null, true);
        MSpan s = h.spanOf(a);
        assertEquals(5, s.npages);
        assertEquals(0, s.sizeclass());
        assertEquals(1, s.nelems);
        assertEquals(40960, s.elemsize);
        assertSame(s, h.spanOf(a + 40959));
        assertEquals(a, h.findObject(a + 39999));
        assertEquals(a + 40000, s.limit);
        long b = Malloc.mallocgc(c, 10 << 20, RType.slice(INT), true);
        assertEquals(1280, h.spanOf(b).npages);
        assertFalse(h.spanOf(b).noscan());
        mem.putLong(b + (10 << 20) - 8, 42);
        assertEquals(42, mem.getLong(b + (10 << 20) - 8));
        // crossing a 64 MiB arena
        long big = Malloc.mallocgc(c, 100 << 20, null, true);
        mem.putByte(big + (100 << 20) - 1, (byte) 9);
        assertEquals(9, mem.getByte(big + (100 << 20) - 1));
        assertEquals(big, h.findObject(big + (70 << 20)));
    }

    @Test
    void pagesAndSpansAreReusedAfterFree() {
        long a = Malloc.mallocgc(c, 40000, null, true);
        long b = Malloc.mallocgc(c, 40000, null, true);
        mem.putLong(a + 100, 77);
        long freeBefore = h.freePages();
        h.debugFree(a);
        assertEquals(freeBefore + 5, h.freePages());
        assertEquals(0, h.findObject(a));
        assertNull(h.spanOf(a));
        long a2 = Malloc.mallocgc(c, 40000, null, true); // first fit: same pages
        assertEquals(a, a2);
        assertEquals(0, mem.getLong(a2 + 100), "reused pages are zeroed");
        assertTrue(h.spanOf(a2).needzero);
        assertNotEquals(a, b);

        // small: a span whose objects all die goes back to the heap, its pages are reused
        long x = Malloc.mallocgc(c, 1024, null, true);
        MSpan sx = h.spanOf(x);
        h.debugFree(x);
        assertEquals(MSpanState.DEAD, sx.state);
        long y = Malloc.mallocgc(c, 2048, null, true);
        assertEquals(x, y);
        // partially freed span: freed slot reused after refill from the mcentral
        long[] objs = new long[8];
        for (int i = 0; i < 8; i++) objs[i] = Malloc.mallocgc(c, 1024, null, true);
        mem.putLong(objs[3], 5);
        h.debugFree(objs[3]);
        long z = Malloc.mallocgc(c, 1024, null, true);
        assertEquals(objs[3], z);
        assertEquals(0, mem.getLong(z));
    }

    @Test
    void findObject() {
        long a = Malloc.mallocgc(c, 100, PINT, true); // class 9 (112)
        assertEquals(a, h.findObject(a + 111));
        assertEquals(0, h.findObject(a + 112)); // next slot not allocated yet
        assertEquals(0, h.findObject(0x1000));
        assertEquals(0, h.findObject(Memory.HEAP_BASE + (1L << 30)));
    }

    @Test
    void newarrayChecks() {
        long a = Malloc.newarray(c, INT, 10);
        assertEquals(80, h.spanOf(a).elemsize);
        RuntimeErrorException e = assertThrows(RuntimeErrorException.class, () -> Malloc.newarray(c, INT, 1L << 60));
        assertEquals("runtime error: allocation size out of range", e.goError());
        assertThrows(RuntimeErrorException.class, () -> Malloc.newarray(c, INT, -1));
    }

    @Test
    void needzeroClearsRecycledSlots() {
        long[] objs = new long[4];
        for (int i = 0; i < 4; i++) {
            objs[i] = Malloc.newobject(c, RType.array(INT, 4)); // 32 B
            mem.putLong(objs[i] + 8, 1234);
        }
        h.debugFree(objs[1], objs[2]);
        long p = Malloc.newobject(c, RType.array(INT, 4));
        assertEquals(objs[1], p);
        assertEquals(0, mem.getLong(p + 8));
        long raw = Malloc.mallocgc(c, 32, null, false); // needzero=false: garbage allowed
        assertEquals(objs[2], raw);
        assertEquals(1234, mem.getLong(raw + 8));
    }

    // ---------------------------------------------------------- MemStats (facts §2.8, [verified] in Go)

    @Test
    void memStatsTinyInt64() {
        MemStats a = h.readMemStats();
        for (int i = 0; i < 1000; i++) Malloc.newobject(c, INT64);
        MemStats b = h.readMemStats();
        assertEquals(1000, b.Mallocs - a.Mallocs);
        assertEquals(500, b.Frees - a.Frees);
        assertEquals(500, b.HeapObjects - a.HeapObjects);
        assertEquals(8000, b.TotalAlloc - a.TotalAlloc);
        assertEquals(8000, b.HeapAlloc - a.HeapAlloc);
        assertEquals(500, b.BySize[2].Mallocs - a.BySize[2].Mallocs);
    }

    @Test
    void memStatsTinyBytes3() {
        MemStats a = h.readMemStats();
        RType b3 = RType.array(BYTE, 3);
        for (int i = 0; i < 1000; i++) Malloc.newobject(c, b3);
        MemStats b = h.readMemStats();
        assertEquals(1000, b.Mallocs - a.Mallocs);
        assertEquals(800, b.Frees - a.Frees);
        assertEquals(3200, b.TotalAlloc - a.TotalAlloc);
    }

    @Test
    void memStatsScanPointers() {
        MemStats a = h.readMemStats();
        for (int i = 0; i < 1000; i++) Malloc.newobject(c, PINT);
        MemStats b = h.readMemStats();
        assertEquals(1000, b.Mallocs - a.Mallocs);
        assertEquals(0, b.Frees - a.Frees);
        assertEquals(8000, b.TotalAlloc - a.TotalAlloc);
        assertEquals(1000, b.BySize[1].Mallocs - a.BySize[1].Mallocs);
    }

    @Test
    void memStatsLarge() {
        MemStats a = h.readMemStats();
        for (int i = 0; i < 10; i++) Malloc.newarray(c, BYTE, 40000);
        MemStats b = h.readMemStats();
        assertEquals(409600, b.TotalAlloc - a.TotalAlloc);
        assertEquals(10, b.Mallocs - a.Mallocs);
        assertEquals(409600, b.HeapInuse - a.HeapInuse);
    }

    @Test
    void memStatsAccountingIdentities() {
        MemStats z = h.readMemStats();
        assertEquals(0, z.HeapSys);
        Malloc.newobject(c, INT64);
        MemStats a = h.readMemStats();
        assertEquals(4 << 20, a.HeapSys);         // one 4 MiB growth
        assertEquals(8192, a.HeapInuse);          // one span
        assertEquals(a.HeapSys - 8192, a.HeapReleased); // the rest was never touched
        assertEquals(a.HeapSys, a.HeapIdle + a.HeapInuse);
        assertEquals(16, a.HeapAlloc);
        for (int i = 0; i < 600; i++) Malloc.mallocgc(c, 40000, null, true); // forces more growth
        MemStats b = h.readMemStats();
        assertEquals(0, b.HeapSys % (4 << 20));
        assertEquals(b.HeapSys, b.HeapIdle + b.HeapInuse);
        assertEquals(b.HeapInuse, 8192 + 600 * 40960);
        assertEquals(600 * 40960 + 16, b.HeapAlloc);
        // frees: counted when swept
        h.debugCollect(p -> false);
        MemStats d = h.readMemStats();
        assertEquals(d.Mallocs, d.Frees);
        assertEquals(0, d.HeapAlloc);
        assertEquals(0, d.HeapInuse);
        assertEquals(d.HeapSys, d.HeapIdle);
        assertEquals(1, d.NumGC);
        assertEquals(1, d.BySize[2].Frees - b.BySize[2].Frees);
    }

    @Test
    void heapLiveCountsWholeCachedSpan() {
        Malloc.mallocgc(c, 48, null, true);
        assertEquals(8192, h.heapLive()); // span cached: its whole free part counts
        c.releaseAll();
        assertEquals(48 + 32, h.heapLive()); // the object plus the span's 32-byte tail waste, as in Go
        Malloc.mallocgc(c, 40000, null, true);
        assertEquals(80 + 40960, h.heapLive());
    }

    @Test
    void gcTriggerRunsOnlyOnNewSpanOrLarge() {
        int[] n = {0};
        h.setGcTrigger(() -> n[0]++);
        Malloc.mallocgc(c, 64, PINT, true); // refill: new span
        assertEquals(1, n[0]);
        Malloc.mallocgc(c, 64, PINT, true); // from the cached span
        Malloc.mallocgc(c, 8, null, true);
        Malloc.mallocgc(c, 8, null, true); // tiny sub-allocation
        assertEquals(2, n[0]); // the tiny block needed a new span
        Malloc.mallocgc(c, 1 << 20, null, true);
        assertEquals(3, n[0]);
    }

    // ---------------------------------------------------------- stacks

    @Test
    void stacks() {
        long s1 = h.stackalloc(2048);
        long s2 = h.stackalloc(2048);
        assertEquals(2048, Math.abs(s2 - s1));
        MSpan sp = h.spanOf(s1);
        assertEquals(MSpanState.MANUAL, sp.state);
        assertEquals(4, sp.npages);
        assertEquals(0, h.findObject(s1), "stacks are not heap objects");
        MemStats m = h.readMemStats();
        assertEquals(32768, m.StackInuse);
        assertEquals(0, m.HeapInuse);
        long s3 = h.stackalloc(8192);
        assertNotSame(sp, h.spanOf(s3));
        long big = h.stackalloc(64 << 10);
        assertEquals(8, h.spanOf(big).npages);
        mem.putLong(big + (64 << 10) - 8, 1);
        assertEquals(32768 * 2 + 65536, h.readMemStats().StackInuse);
        h.stackfree(big, 64 << 10);
        h.stackfree(s3, 8192);
        h.stackfree(s1, 2048);
        long s4 = h.stackalloc(2048);
        assertEquals(s1, s4); // LIFO free list
        h.stackfree(s4, 2048);
        h.stackfree(s2, 2048);
        assertEquals(MSpanState.DEAD, sp.state);
        MemStats e = h.readMemStats();
        assertEquals(0, e.StackInuse);
        assertEquals(e.HeapSys, e.HeapIdle);
        assertThrows(RuntimeException.class, () -> h.stackalloc(3000));
    }

    // ---------------------------------------------------------- narration

    @Test
    void narration() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MHeap th = new MHeap(new Memory(), new Debug("allocfreetrace=1", "alloctrace=1", new PrintStream(out, true)));
        MCache tc = th.newMCache();
        RType node = RType.struct("main.node", List.of(new FieldSpec("next", RType.pointer(INT), false), new FieldSpec("v", INT, false),
                new FieldSpec("w", RType.array(INT, 6), false)));
        long a = Malloc.newobject(tc, node);
        Malloc.newobject(tc, node);
        Malloc.newobject(tc, INT64);
        Malloc.newobject(tc, INT64);
        Malloc.mallocgc(tc, 50000, null, true);
        String[] lines = out.toString().split("\n");
        assertEquals("alloc 0xc000000000 size=64 class=6/64 scan span=0xc000000000 path=mheap type=main.node", lines[0]);
        assertEquals("tracealloc(0xc000000000, 0x40, main.node)", lines[1]);
        assertEquals(0xc000000000L, a);
        assertTrue(lines[2].endsWith("path=mcache type=main.node"), lines[2]);
        assertTrue(lines[4].contains("path=tiny-block/mheap"), lines[4]);
        assertEquals("tracealloc(0xc000002000, 0x10, int64)", lines[5]);
        assertTrue(lines[6].contains("path=tiny "), lines[6]);
        assertTrue(lines[7].contains("class=large/57344 noscan") && lines[7].contains("path=large"), lines[7]);
        assertEquals("tracealloc(0xc000004000, 0xe000)", lines[8]);
        assertEquals(9, lines.length);
    }

    // ---------------------------------------------------------- threads

    @Test
    void threadsEachWithOwnMCache() throws Exception {
        int nthreads = 4, per = 20000;
        List<Set<Long>> results = new ArrayList<>();
        List<Thread> ts = new ArrayList<>();
        List<Throwable> errors = new ArrayList<>();
        for (int t = 0; t < nthreads; t++) {
            Set<Long> mine = new HashSet<>();
            results.add(mine);
            MCache tc = h.newMCache();
            int seed = t;
            Thread th = new Thread(() -> {
                try {
                    for (int i = 0; i < per; i++) {
                        long size = switch ((i + seed) % 4) { case 0 -> 8; case 1 -> 24; case 2 -> 500; default -> (i % 50 == 0 ? 40000 : 64); };
                        long a = Malloc.mallocgc(tc, size, PINT, true);
                        mem.putLong(a, a); // own the slot
                        mine.add(a);
                    }
                    for (long a : mine) if (mem.getLong(a) != a) throw new AssertionError("slot overwritten at " + a);
                } catch (Throwable e) {
                    synchronized (errors) {
                        errors.add(e);
                    }
                }
            });
            ts.add(th);
        }
        for (Thread th : ts) th.start();
        for (Thread th : ts) th.join();
        assertTrue(errors.isEmpty(), errors.toString());
        Set<Long> all = new HashSet<>();
        for (Set<Long> s : results) for (long a : s) assertTrue(all.add(a), "address handed out twice");
        MemStats m = h.readMemStats();
        assertEquals((long) nthreads * per, m.Mallocs);
        assertEquals(m.HeapSys, m.HeapIdle + m.HeapInuse);
    }
}
