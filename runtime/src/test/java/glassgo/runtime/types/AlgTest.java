package glassgo.runtime.types;

import glassgo.runtime.RuntimeErrorException;
import glassgo.runtime.mem.Memory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

class AlgTest {
    Memory m;
    TypeRegistry reg;
    Alg alg;
    long buf;

    @BeforeEach
    void setUp() {
        m = new Memory();
        reg = new TypeRegistry(m);
        alg = new Alg(reg);
        m.map(Memory.HEAP_BASE, 1 << 16);
        buf = Memory.HEAP_BASE;
    }

    /** Alg.memhash as defined (8-byte words, then the tail assembled byte by byte), on a Java array. */
    private static long refMemhash(byte[] b, long seed) {
        final long m0 = 0xa0761d6478bd642fL, m1 = 0xe7037ed1a0b428dbL, m2 = 0x8ebc6af09c88c6e3L;
        java.util.function.LongBinaryOperator mix = (x, y) -> Math.multiplyHigh(x, y) ^ (x * y);
        long n = b.length, h = mix.applyAsLong(seed ^ m0, n ^ m1);
        int i = 0;
        for (; i + 8 <= n; i += 8) {
            long w = 0;
            for (int k = 0; k < 8; k++) w |= (b[i + k] & 0xffL) << (8 * k);
            h = mix.applyAsLong(h ^ w, m1);
        }
        if (i < n) {
            long t = 0;
            for (int k = 0; i < n; i++, k += 8) t |= (b[i] & 0xffL) << k;
            h = mix.applyAsLong(h ^ t, m2);
        }
        return mix.applyAsLong(h, m0 ^ n);
    }

    @Test
    void memhashValuesAndNoReadsOutsideTheData() {
        long end = Memory.HEAP_BASE + Memory.CHUNK_BYTES; // the next chunk is unmapped: any read past end faults
        java.util.Random rnd = new java.util.Random(7);
        for (int n = 0; n <= 40; n++) {
            byte[] b = new byte[n];
            rnd.nextBytes(b);
            for (long p : new long[] {end - n, buf + 3, buf + 8}) {
                m.putBytes(p, b, 0, n);
                for (long seed : new long[] {0, 0x12345678L, -1L}) {
                    assertEquals(refMemhash(b, seed), Alg.memhash(m, p, n, seed), "n=" + n + " p=" + Long.toHexString(p));
                }
            }
        }
    }

    @Test
    void registryRoundTrip() {
        RType s1 = RType.slice(RType.basic(Kind.INT));
        RType s2 = RType.slice(RType.basic(Kind.INT));
        RType c1 = reg.intern(s1);
        assertSame(c1, reg.intern(s2));
        assertSame(s1, reg.byAddr(s1.addr));
        assertSame(s1.elem, reg.byAddr(s1.elem.addr));
        assertEquals(24, m.getLong(s1.addr + TypeRegistry.OFF_SIZE));
        assertEquals(Kind.SLICE.goKind(), m.getByte(s1.addr + TypeRegistry.OFF_KIND) & 31);
        assertEquals(s1.elem.addr, m.getLong(s1.addr + TypeRegistry.OFF_ELEM));
        RType named = RType.basic(Kind.INT, "main.A");
        RType named2 = RType.basic(Kind.INT, "main.A");
        assertNotSame(reg.intern(named), reg.intern(named2)); // defined types are identified by instance
        assertThrows(IllegalArgumentException.class, () -> reg.byAddr(s1.addr + 8));
    }

    @Test
    void recursiveTypes() {
        RType t = RType.forward(Kind.STRUCT, "main.T");
        RType pt = RType.pointer(t);
        assertEquals("*main.T", pt.name);
        t.define(RType.struct(null, List.of(new FieldSpec("next", pt, false), new FieldSpec("v", RType.basic(Kind.INT), false))));
        assertEquals(16, t.size);
        assertEquals(8, t.ptrdata);
        assertEquals("main.T", t.name);
        reg.register(pt);
        assertSame(t, reg.byAddr(t.addr));
        assertEquals(t.addr, m.getLong(pt.addr + TypeRegistry.OFF_ELEM));
        assertEquals(16, m.getLong(t.addr + TypeRegistry.OFF_SIZE));
        assertThrows(IllegalStateException.class, () -> t.define(RType.struct(null, List.of())));
        assertThrows(IllegalArgumentException.class, () -> RType.forward(Kind.STRUCT, "main.U").define(RType.basic(Kind.INT)));
    }

    @Test
    void floats() {
        RType f64 = RType.basic(Kind.FLOAT64);
        m.putLong(buf, Double.doubleToRawLongBits(0.0));
        m.putLong(buf + 8, Double.doubleToRawLongBits(-0.0));
        assertTrue(alg.equal(m, buf, buf + 8, f64));
        assertEquals(alg.hash(m, buf, f64, 42), alg.hash(m, buf + 8, f64, 42));
        m.putLong(buf, Double.doubleToRawLongBits(Double.NaN));
        assertFalse(alg.equal(m, buf, buf, f64));
        Set<Long> hs = new HashSet<>();
        for (int i = 0; i < 10; i++) hs.add(alg.hash(m, buf, f64, 42));
        assertTrue(hs.size() > 5, "NaN hashes are random");
        RType f32 = RType.basic(Kind.FLOAT32);
        m.putInt(buf, Float.floatToRawIntBits(0f));
        m.putInt(buf + 4, Float.floatToRawIntBits(-0f));
        assertTrue(alg.equal(m, buf, buf + 4, f32));
    }

    long str(String s, long at) {
        long d = m.allocRodata(s.length(), 1);
        m.putBytes(d, s.getBytes(), 0, s.length());
        m.putLong(at, d);
        m.putLong(at + 8, s.length());
        return at;
    }

    @Test
    void strings() {
        RType st = RType.string();
        str("hello", buf);
        str("hello", buf + 16);
        str("hellp", buf + 32);
        assertTrue(alg.equal(m, buf, buf + 16, st));
        assertFalse(alg.equal(m, buf, buf + 32, st));
        assertEquals(alg.hash(m, buf, st, 7), alg.hash(m, buf + 16, st, 7));
        assertNotEquals(alg.hash(m, buf, st, 7), alg.hash(m, buf + 32, st, 7));
        assertNotEquals(alg.hash(m, buf, st, 7), alg.hash(m, buf, st, 8));
    }

    @Test
    void interfaces() {
        RType e = RType.emptyInterface();
        RType intT = RType.basic(Kind.INT);
        RType sl = RType.slice(intT);
        RType ptr = RType.pointer(intT);
        reg.register(intT);
        reg.register(sl);
        reg.register(ptr);
        // boxed ints 5 and 5 at different addresses
        m.putLong(buf + 100 * 8, 5);
        m.putLong(buf + 101 * 8, 5);
        m.putLong(buf, intT.addr);
        m.putLong(buf + 8, buf + 800);
        m.putLong(buf + 16, intT.addr);
        m.putLong(buf + 24, buf + 808);
        assertTrue(alg.equal(m, buf, buf + 16, e));
        assertEquals(alg.hash(m, buf, e, 3), alg.hash(m, buf + 16, e, 3));
        // nil == nil, nil hashes to seed
        assertTrue(alg.equal(m, buf + 32, buf + 48, e));
        assertEquals(99, alg.hash(m, buf + 32, e, 99));
        // direct pointer
        m.putLong(buf + 64, ptr.addr);
        m.putLong(buf + 72, 0xc000001000L);
        m.putLong(buf + 80, ptr.addr);
        m.putLong(buf + 88, 0xc000001000L);
        assertTrue(alg.equal(m, buf + 64, buf + 80, e));
        assertFalse(alg.equal(m, buf, buf + 64, e));
        // uncomparable dynamic type
        m.putLong(buf + 96, sl.addr);
        m.putLong(buf + 112, sl.addr);
        RuntimeErrorException h = assertThrows(RuntimeErrorException.class, () -> alg.hash(m, buf + 96, e, 1));
        assertEquals("runtime error: hash of unhashable type []int", h.goError());
        RuntimeErrorException c = assertThrows(RuntimeErrorException.class, () -> alg.equal(m, buf + 96, buf + 112, e));
        assertEquals("runtime error: comparing uncomparable type []int", c.getMessage());
        // different dynamic types: false without panicking
        assertFalse(alg.equal(m, buf + 96, buf, e));
    }

    @Test
    void structsSkipBlankFields() {
        RType intT = RType.basic(Kind.INT);
        RType st = RType.struct(null, List.of(new FieldSpec("a", intT, false), new FieldSpec("_", intT, false), new FieldSpec("b", RType.basic(Kind.UINT8), false)));
        m.putLong(buf, 1);
        m.putLong(buf + 8, 2);
        m.putByte(buf + 16, (byte) 3);
        m.putByte(buf + 17, (byte) 77); // padding garbage
        m.putLong(buf + 24, 1);
        m.putLong(buf + 32, 999);
        m.putByte(buf + 40, (byte) 3);
        assertTrue(alg.equal(m, buf, buf + 24, st));
        assertEquals(alg.hash(m, buf, st, 5), alg.hash(m, buf + 24, st, 5));
        m.putByte(buf + 40, (byte) 4);
        assertFalse(alg.equal(m, buf, buf + 24, st));
    }
}
