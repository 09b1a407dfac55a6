package glassgo.vm.interp;

import glassgo.compiler.code.Program;
import glassgo.runtime.types.FieldSpec;
import glassgo.runtime.types.Kind;
import glassgo.runtime.types.RType;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Unit tests of the VM's runtime helpers against a real Memory + heap (no compiled code). */
class RuntimeHelpersTest {
    final Program prog = new Program();
    final RType str = RType.string(), intT = RType.basic(Kind.INT), byteT = RType.basic(Kind.UINT8, "uint8"),
            boolT = RType.basic(Kind.BOOL), int8T = RType.basic(Kind.INT8), f64 = RType.basic(Kind.FLOAT64),
            runeT = RType.basic(Kind.INT32, "int32"), any = RType.emptyInterface();
    final RType myInt = RType.basic(Kind.INT, "main.MyInt"), myStr = RType.basic(Kind.STRING, "main.Str");
    final RType s24 = RType.struct("main.S24", List.of(new FieldSpec("a", intT, false), new FieldSpec("b", intT, false), new FieldSpec("c", intT, false)));
    final RType s3 = RType.struct("main.S3", List.of(new FieldSpec("a", byteT, false), new FieldSpec("b", byteT, false), new FieldSpec("c", byteT, false)));
    final RType empty = RType.struct("main.E", List.of());
    final Vm vm;
    final ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();

    RuntimeHelpersTest() {
        for (RType t : List.of(str, intT, byteT, boolT, int8T, f64, runeT, any, myInt, myStr, s24, s3, empty)) prog.typeIndex(t);
        prog.errorStringType = prog.typeIndex(RType.basic(Kind.STRING, "runtime.errorString"));
        prog.plainErrorType = prog.typeIndex(RType.basic(Kind.STRING, "runtime.plainError"));
        RType tae = RType.struct("runtime.TypeAssertionError", List.of(new FieldSpec("msg", str, false)));
        prog.typeIndex(tae);
        prog.typeAssertErrorType = prog.typeIndex(RType.pointer(tae));
        vm = new Vm(prog, new PrintStream(out, true), new PrintStream(err, true), List.of());
    }

    String gostr(long p, long n) { return new String(vm.stringBytes(p, n), StandardCharsets.UTF_8); }

    String panicMsg(Runnable r) {
        try { r.run(); } catch (GoPanic p) {
            long box = p.data;
            RType t = vm.typeAt(p.typ);
            if (t.kind == Kind.POINTER) box = p.data; // *TypeAssertionError: msg at offset 0
            return gostr(vm.mem.getLong(box), vm.mem.getLong(box + 8));
        }
        fail("no panic");
        return null;
    }

    long[] appendOneAtATime(RType et, int n) {
        long[] r = new long[8];
        List<Long> caps = new ArrayList<>();
        long lastCap = 0;
        for (int i = 0; i < n; i++) {
            Slices.grow(vm, r, 0, 0, 1, et);
            r[1]++;
            if (r[2] != lastCap) { caps.add(r[2]); lastCap = r[2]; }
        }
        return caps.stream().mapToLong(Long::longValue).toArray();
    }

    @Test void growsliceCapSequences() {
        assertArrayEquals(new long[]{1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 848, 1280, 1792, 2560}, appendOneAtATime(intT, 2000));
        assertArrayEquals(new long[]{8, 16, 32, 64, 128, 256, 512, 896, 1408, 2048, 3072, 4096, 5376}, appendOneAtATime(byteT, 5000));
        assertArrayEquals(new long[]{1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 853}, appendOneAtATime(s24, 600));
        assertArrayEquals(new long[]{2, 5, 10, 21, 42, 85, 170, 341, 682}, appendOneAtATime(s3, 600));
        long[] z = appendOneAtATime(empty, 10);
        assertEquals(10, z[z.length - 1]);
    }

    @Test void growsliceBulk() {
        long[] r = new long[8];
        Slices.makeslice(vm, r, 0, 3, 3, intT);
        Slices.grow(vm, r, 0, 0, 4, intT);
        assertEquals(3, r[1]); assertEquals(8, r[2]);
        Slices.makeslice(vm, r, 0, 300, 300, intT);
        Slices.grow(vm, r, 0, 0, 1, intT);
        assertEquals(608, r[2]);
        Slices.makeslice(vm, r, 0, 5, 5, byteT);
        Slices.grow(vm, r, 0, 0, 12, byteT);
        assertEquals(24, r[2]);
        r[0] = 0; r[1] = 0; r[2] = 0;
        Slices.grow(vm, r, 0, 0, 5, intT);
        assertEquals(6, r[2]);
        // zero-size elements never allocate
        r[0] = 0; r[1] = 0; r[2] = 0;
        Slices.grow(vm, r, 0, 0, 3, empty);
        assertEquals(vm.zerobase, r[0]);
    }

    @Test void makesliceErrors() {
        long[] r = new long[8];
        assertEquals("makeslice: len out of range", panicMsg(() -> Slices.makeslice(vm, r, 0, -1, 5, intT)));
        assertEquals("makeslice: cap out of range", panicMsg(() -> Slices.makeslice(vm, r, 0, 6, 5, intT)));
    }

    /** Runs SLICE with registers: 0..2 source, 3 lo, 4 hi, 5 max, result at 8. */
    String sliceMsg(int kind, long len, long cap, Long lo, Long hi, Long max) {
        long[] r = new long[16];
        r[0] = 0x1000; r[1] = len; r[2] = cap;
        if (lo != null) r[3] = lo;
        if (hi != null) r[4] = hi;
        if (max != null) r[5] = max;
        int[] code = {0, 8, 0, lo == null ? -1 : 3, hi == null ? -1 : 4, max == null ? -1 : 5, kind, 8};
        try { Slices.slice(vm, r, 0, code, 0); } catch (GoPanic p) { return gostr(vm.mem.getLong(p.data), vm.mem.getLong(p.data + 8)); }
        return "ok " + Long.toHexString(r[8]) + " " + r[9] + " " + (kind == 1 ? "" : r[10]);
    }

    @Test void sliceBounds() {
        assertEquals("slice bounds out of range [:6] with capacity 5", sliceMsg(0, 3, 5, null, 6L, null));
        assertEquals("slice bounds out of range [:5] with length 3", sliceMsg(1, 3, 3, null, 5L, null));
        assertEquals("slice bounds out of range [:5] with length 3", sliceMsg(2, 3, 3, null, 5L, null));
        assertEquals("slice bounds out of range [3:1]", sliceMsg(0, 3, 5, 3L, 1L, null));
        assertEquals("slice bounds out of range [5:3]", sliceMsg(0, 3, 5, 5L, null, null));
        assertEquals("slice bounds out of range [-1:]", sliceMsg(0, 3, 5, -1L, null, null));
        assertEquals("slice bounds out of range [:-1]", sliceMsg(0, 3, 5, null, -1L, null));
        assertEquals("slice bounds out of range [::6] with capacity 5", sliceMsg(0, 3, 5, null, 2L, 6L));
        assertEquals("slice bounds out of range [::6] with length 5", sliceMsg(2, 5, 5, null, 2L, 6L));
        assertEquals("slice bounds out of range [:4:3]", sliceMsg(0, 3, 5, null, 4L, 3L));
        assertEquals("slice bounds out of range [4:3:]", sliceMsg(0, 3, 5, 4L, 3L, 3L));
        assertEquals("slice bounds out of range [::-1]", sliceMsg(0, 3, 5, null, null, -1L));
        assertEquals("ok 1010 2 3", sliceMsg(0, 3, 5, 2L, 4L, null));
        assertEquals("ok 1000 0 0", sliceMsg(0, 5, 5, 5L, null, null)); // cap 0: pointer not advanced
        assertEquals("ok 1000 0 ", sliceMsg(1, 5, 5, 5L, null, null));
    }

    long[] goString(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        return new long[]{vm.newString(b), b.length};
    }

    @Test void stringConversions() {
        long[] r = new long[16];
        long[] s = goString("hello");
        r[0] = s[0]; r[1] = s[1];
        Strings.convert(vm, r, 4, 0, 0);
        assertEquals(5, r[5]); assertEquals(8, r[6]);
        s = goString("x".repeat(36));
        r[0] = s[0]; r[1] = s[1];
        Strings.convert(vm, r, 4, 0, 0);
        assertEquals(48, r[6]);
        s = goString("héllo");
        r[0] = s[0]; r[1] = s[1];
        Strings.convert(vm, r, 4, 0, 2);
        assertEquals(5, r[5]); assertEquals(6, r[6]);
        assertEquals('é', vm.mem.getInt(r[4] + 4));
        Strings.convert(vm, r, 8, 4, 3);
        assertEquals("héllo", gostr(r[8], r[9]));
        // []byte of length 1 → staticuint64s
        r[0] = vm.newString(new byte[]{'A', 'B'}); r[1] = 1;
        Strings.convert(vm, r, 4, 0, 1);
        assertEquals(vm.staticUint64s + 65 * 8, r[4]);
        assertEquals("A", gostr(r[4], r[5]));
        for (long v : new long[]{-1, 0xD800, 0x110000}) {
            r[0] = v;
            Strings.convert(vm, r, 4, 0, 4);
            assertEquals("\uFFFD", gostr(r[4], r[5]));
        }
        r[0] = 0x1F600;
        Strings.convert(vm, r, 4, 0, 4);
        assertEquals("\uD83D\uDE00", gostr(r[4], r[5]));
    }

    @Test void decodeRune() {
        long[] r = new long[8];
        byte[] b = {'a', (byte) 0xC3, (byte) 0xA9, (byte) 0xED, (byte) 0xA0, (byte) 0x80, (byte) 0xC0, (byte) 0x80, (byte) 0xE2, (byte) 0x82};
        r[0] = vm.newString(b); r[1] = b.length;
        int[][] want = {{'a', 1}, {0xE9, 2}, {0xFFFD, 1}, {0xFFFD, 1}, {0xFFFD, 1}, {0xFFFD, 1}, {0xFFFD, 1}, {0xFFFD, 1}, {0xFFFD, 1}};
        int i = 0, k = 0;
        while (i < b.length) {
            Strings.decodeRune(vm, r, 4, 0, i);
            assertEquals(want[k][0], r[4], "rune at " + i);
            assertEquals(want[k][1], r[5], "width at " + i);
            i += (int) r[5]; k++;
        }
    }

    @Test void concatAndCompare() {
        long[] r = new long[16];
        long[] a = goString("foo"), b = goString("");
        r[0] = a[0]; r[1] = a[1]; r[2] = b[0]; r[3] = b[1];
        Strings.concat(vm, r, 4, 0, 2);
        assertEquals(a[0], r[4]); // no copy
        long[] c = goString("bar");
        r[2] = c[0]; r[3] = c[1];
        Strings.concat(vm, r, 4, 0, 2);
        assertEquals("foobar", gostr(r[4], r[5]));
        assertEquals(1, Strings.compare(vm, r, 0, 2));
        assertEquals(-1, Strings.compare(vm, r, 2, 0));
        assertTrue(Strings.equal(vm, r, 0, 0));
        byte[] hi = {(byte) 0xFF};
        r[6] = vm.newString(hi); r[7] = 1;
        assertEquals(1, Strings.compare(vm, r, 6, 0));
    }

    @Test void convTSmallValuesAndZeroSize() {
        long[] r = new long[8];
        r[0] = 5; Ifaces.convT(vm, r, 2, 0, intT);
        assertEquals(intT.addr, r[2]); assertEquals(vm.staticUint64s + 40, r[3]);
        r[0] = 300; Ifaces.convT(vm, r, 2, 0, intT);
        assertTrue(r[3] >= glassgo.runtime.mem.Memory.HEAP_BASE); assertEquals(300, vm.mem.getLong(r[3]));
        r[0] = -1; Ifaces.convT(vm, r, 2, 0, int8T);
        assertEquals(vm.staticUint64s + 255 * 8, r[3]);
        r[0] = -1; Ifaces.convT(vm, r, 2, 0, intT);
        assertEquals(-1, vm.mem.getLong(r[3]));
        r[0] = 1; Ifaces.convT(vm, r, 2, 0, boolT);
        assertEquals(vm.staticUint64s + 8, r[3]);
        r[0] = vm.zerobase; Ifaces.convT(vm, r, 2, 0, empty);
        assertEquals(vm.zerobase, r[3]);
        r[0] = 0; r[1] = 0; Ifaces.convT(vm, r, 2, 0, str);
        assertEquals(vm.zeroVal, r[3]);
        r[0] = Double.doubleToRawLongBits(1.5); Ifaces.convT(vm, r, 2, 0, f64);
        assertEquals(1.5, Double.longBitsToDouble(vm.mem.getLong(r[3])));
        // assertion back out
        long[] q = new long[8];
        q[0] = r[2]; q[1] = r[3];
        Ifaces.assertE(vm, q, 4, 0, f64, 1);
        assertEquals(1.5, Double.longBitsToDouble(q[4])); assertEquals(1, q[5]);
        Ifaces.assertE(vm, q, 4, 0, intT, 1);
        assertEquals(0, q[4]); assertEquals(0, q[5]);
    }

    @Test void assertionMessages() {
        long[] r = new long[8];
        long[] s = goString("x");
        r[0] = s[0]; r[1] = s[1];
        Ifaces.convT(vm, r, 2, 0, str);
        int anyIdx = prog.typeIndex(any);
        String m = panicMsg(() -> Ifaces.assertE(vm, r, 4, 2, intT, anyIdx << 1));
        assertEquals("interface conversion: interface {} is string, not int", m);
        r[2] = 0; r[3] = 0;
        m = panicMsg(() -> Ifaces.assertE(vm, r, 4, 2, intT, anyIdx << 1));
        assertEquals("interface conversion: interface {} is nil, not int", m);
    }

    @Test void panicValues() {
        long[] r = new long[8];
        r[0] = 5; Ifaces.convT(vm, r, 2, 0, myInt);
        assertEquals("main.MyInt(5)", new String(Printing.printpanicval(vm, myInt, r[3]), StandardCharsets.UTF_8));
        long[] s = goString("typed");
        r[0] = s[0]; r[1] = s[1]; Ifaces.convT(vm, r, 2, 0, myStr);
        assertEquals("main.Str(\"typed\")", new String(Printing.printpanicval(vm, myStr, r[3]), StandardCharsets.UTF_8));
        r[0] = s[0]; r[1] = s[1]; Ifaces.convT(vm, r, 2, 0, str);
        assertEquals("typed", new String(Printing.printpanicval(vm, str, r[3]), StandardCharsets.UTF_8));
        r[0] = Double.doubleToRawLongBits(1.5); Ifaces.convT(vm, r, 2, 0, f64);
        assertEquals("+1.500000e+000", new String(Printing.printpanicval(vm, f64, r[3]), StandardCharsets.UTF_8));
        long box = vm.malloc(24, s24, true);
        String txt = new String(Printing.printpanicval(vm, s24, box), StandardCharsets.UTF_8);
        assertEquals("(main.S24) 0x" + Long.toHexString(box), txt);
    }

    @Test void complexDivision() {
        double[] q = Values.complexDiv(1, 2, 3, 4);
        assertEquals(0.44, q[0], 1e-15); assertEquals(0.08, q[1], 1e-15);
        q = Values.complexDiv(1, 0, 0, 0);
        assertEquals(Double.POSITIVE_INFINITY, q[0]); assertTrue(Double.isNaN(q[1]));
    }

    @Test void unknownNativePanics() {
        Natives.Native[] ns = Natives.bind(vm, List.of("nosuch.Func", "builtin.printint"));
        Goroutine g = new Goroutine(1);
        String m = null;
        try { ns[0].call(vm, g, 0); } catch (GoPanic p) { m = gostr(vm.mem.getLong(p.data), vm.mem.getLong(p.data + 8)); }
        assertEquals("glassgo: native nosuch.Func is not implemented", m);
        g.regs[0] = -42;
        ns[1].call(vm, g, 0);
        assertEquals("-42", err.toString());
    }
}
