package glassgo.runtime.types;

import org.junit.jupiter.api.Test;

import java.util.List;

import static glassgo.runtime.types.Kind.*;
import static org.junit.jupiter.api.Assertions.*;

class RTypeTest {
    static final RType BOOL_T = RType.basic(BOOL), INT64_T = RType.basic(INT64), INT32_T = RType.basic(INT32),
            BYTE = RType.basic(UINT8, "uint8"), C64 = RType.basic(COMPLEX64), STR = RType.string(), INT_T = RType.basic(INT);
    static final RType EMPTY = RType.struct(null, List.of());

    static FieldSpec f(String n, RType t) {
        return new FieldSpec(n, t, false);
    }

    static long[] offsets(RType t) {
        long[] o = new long[t.fields.length];
        for (int i = 0; i < o.length; i++) o[i] = t.fields[i].offset();
        return o;
    }

    @Test
    void basics() {
        assertEquals(8, C64.size);
        assertEquals(4, C64.align);
        assertEquals(16, RType.basic(COMPLEX128).size);
        assertEquals(16, STR.size);
        assertEquals(8, STR.ptrdata);
        assertEquals(24, RType.slice(INT_T).size);
        assertEquals(8, RType.slice(INT_T).ptrdata);
        RType e = RType.emptyInterface();
        assertEquals(16, e.size);
        assertEquals(16, e.ptrdata);
        assertEquals(0b11, e.gcmask[0]);
        assertEquals("interface {}", e.name);
        assertEquals(0, INT_T.ptrdata);
        assertTrue(INT_T.noscan());
    }

    @Test
    void structLayoutVerifiedExamples() { // go-runtime-facts §1.2 [verified]
        RType a = RType.struct(null, List.of(f("a", BOOL_T), f("b", INT64_T), f("c", BOOL_T)));
        assertEquals(24, a.size);
        assertEquals(8, a.align);
        assertArrayEquals(new long[]{0, 8, 16}, offsets(a));
        assertEquals(16, RType.struct(null, List.of(f("a", BOOL_T), f("c", BOOL_T), f("b", INT64_T))).size);
        assertEquals(16, RType.struct(null, List.of(f("x", INT64_T), f("z", EMPTY))).size);
        assertEquals(8, RType.struct(null, List.of(f("z", EMPTY), f("x", INT64_T))).size);
        RType z = RType.struct(null, List.of(f("a", INT32_T), f("b", RType.array(INT64_T, 0))));
        assertEquals(16, z.size);
        assertArrayEquals(new long[]{0, 8}, offsets(z));
        RType c = RType.struct(null, List.of(f("a", BYTE), f("c", C64)));
        assertEquals(12, c.size);
        assertEquals(4, c.align);
        assertArrayEquals(new long[]{0, 4}, offsets(c));
        RType s = RType.struct(null, List.of(f("a", BYTE), f("s", STR), f("i", RType.emptyInterface())));
        assertEquals(40, s.size);
        assertArrayEquals(new long[]{0, 8, 24}, offsets(s));
        assertEquals(40, s.ptrdata);
        assertEquals(0b11010, s.gcmask[0]);
        assertEquals(0, EMPTY.size);
        assertEquals(1, EMPTY.align);
        assertEquals("struct {}", EMPTY.name);
    }

    @Test
    void namesAsPercentT() {
        RType t = RType.struct("main.T", List.of(f("a", INT_T)));
        RType lit = RType.struct(null, List.of(new FieldSpec("T", t, true), f("x", INT_T), f("y", RType.slice(STR)), f("z", EMPTY)));
        assertEquals("struct { main.T; x int; y []string; z struct {} }", lit.name);
        RType rc = RType.chan(INT_T, RType.RECV_DIR);
        assertEquals("<-chan <-chan int", RType.chan(rc, RType.RECV_DIR).name);
        assertEquals("chan<- int", RType.chan(INT_T, RType.SEND_DIR).name);
        assertEquals("chan (<-chan int)", RType.chan(rc, RType.BOTH_DIR).name);
        assertEquals("[3]map[string]*main.T", RType.array(RType.map(STR, RType.pointer(t)), 3).name);
        assertEquals("[]interface {}", RType.slice(RType.emptyInterface()).name);
        RType my = RType.basic(INT, "main.MyInt");
        assertEquals("main.MyInt", my.name);
        assertTrue(my.named);
        RType n = RType.slice(INT_T).named("main.S");
        assertEquals("main.S", n.name);
        assertEquals(24, n.size);
        assertFalse(RType.slice(INT_T).named);
    }

    @Test
    void arraysAndMasks() {
        RType p = RType.pointer(INT_T);
        RType arr = RType.array(RType.struct(null, List.of(f("p", p), f("n", INT_T))), 3);
        assertEquals(48, arr.size);
        assertEquals(40 + 8, arr.ptrdata + 8); // last element's ptrdata: 2*16 + 8
        assertEquals(0b10101, arr.gcmask[0]);
        RType huge = RType.array(p, 1L << 20);
        assertNull(huge.gcmask);
        assertTrue(huge.ptrWord(12345));
        assertFalse(huge.ptrWord(1L << 20));
        assertEquals(0, RType.array(INT_T, 1000).ptrdata);
    }

    @Test
    void directIfaceAndComparable() {
        RType p = RType.pointer(INT_T);
        assertTrue(p.isDirectIface());
        assertTrue(RType.map(STR, INT_T).isDirectIface());
        assertTrue(RType.func("func()").isDirectIface());
        assertTrue(RType.struct(null, List.of(f("p", p))).isDirectIface());
        assertTrue(RType.array(p, 1).isDirectIface());
        assertFalse(RType.array(p, 2).isDirectIface());
        assertFalse(INT_T.isDirectIface());
        assertFalse(STR.isDirectIface());
        assertFalse(RType.slice(INT_T).comparable());
        assertFalse(RType.struct(null, List.of(f("s", RType.slice(INT_T)))).comparable());
        assertTrue(RType.array(STR, 2).comparable());
        assertFalse(RType.array(RType.map(STR, STR), 2).comparable());
    }
}
