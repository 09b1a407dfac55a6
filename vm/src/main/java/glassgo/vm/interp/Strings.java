package glassgo.vm.interp;

import glassgo.runtime.heap.SizeClasses;
import glassgo.runtime.mem.Memory;

/**
 * String operations of runtime/string.go on flat memory: concatenation, comparison, the
 * string/[]byte/[]rune conversions and UTF-8 decoding for {@code for range}. A string is two
 * registers (data pointer, length); the pointer may be 0 when the length is 0.
 */
public final class Strings {
    private Strings() {}

    /** SCAT: R[a..a+1] = R[b..b+1] + R[c..c+1] (concatstring2). */
    static void concat(Vm vm, long[] r, int a, int b, int c) {
        long pb = r[b], lb = r[b + 1], pc = r[c], lc = r[c + 1];
        if (lb == 0) { r[a] = pc; r[a + 1] = lc; return; }
        if (lc == 0) { r[a] = pb; r[a + 1] = lb; return; }
        long n = lb + lc;
        if (n < 0 || n > Integer.MAX_VALUE) throw vm.plainError("string concatenation too long");
        long p = vm.malloc(n, null, false);
        vm.mem.copy(p, pb, lb);
        vm.mem.copy(p + lb, pc, lc);
        r[a] = p; r[a + 1] = n;
    }

    /** tmpStringBufSize: the stack buffer a non-escaping conversion or concatenation may use. */
    static final int TMP_BUF = 32;

    /**
     * SCATN: concatstrings. R[a..a+1] = R[b..b+2n) concatenated. With hasBuf, R[a] holds on entry
     * the address of a 32-byte stack buffer (the result does not escape). A single non-empty
     * operand is returned as is when the result does not escape or its bytes are not on this
     * goroutine's stack; otherwise the bytes go to the buffer when they fit, else to a new
     * mallocgc'd (noscan, unzeroed) string of exactly the total length.
     */
    static void concatN(Vm vm, Goroutine g, long[] r, int a, int b, int n, boolean hasBuf) {
        long buf = hasBuf ? r[a] : 0;
        long l = 0;
        int count = 0, idx = 0;
        for (int i = 0; i < n; i++) {
            long len = r[b + 2 * i + 1];
            if (len == 0) continue;
            l += len;
            if (l < 0 || l > Integer.MAX_VALUE) throw vm.plainError("string concatenation too long");
            count++;
            idx = i;
        }
        if (count == 0) { r[a] = 0; r[a + 1] = 0; return; }
        long p0 = r[b + 2 * idx];
        if (count == 1 && (buf != 0 || p0 < g.stackLo || p0 >= g.stackHi)) { r[a] = p0; r[a + 1] = r[b + 2 * idx + 1]; return; }
        long p = buf != 0 && l <= TMP_BUF ? buf : vm.malloc(l, null, false);
        long off = 0;
        for (int i = 0; i < n; i++) {
            long len = r[b + 2 * i + 1];
            if (len > 0) { vm.mem.copy(p + off, r[b + 2 * i], len); off += len; }
        }
        r[a] = p; r[a + 1] = l;
    }

    /** Bytewise unsigned comparison of two strings: -1, 0 or 1 (cmpstring). */
    static long compare(Vm vm, long[] r, int a, int b) {
        return compare(vm.mem, r[a], r[a + 1], r[b], r[b + 1]);
    }

    public static int compare(Memory m, long pa, long la, long pb, long lb) {
        long n = Math.min(la, lb);
        if (pa != pb) {
            for (long i = 0; i < n; i++) {
                int x = m.getByte(pa + i) & 0xFF, y = m.getByte(pb + i) & 0xFF;
                if (x != y) return x < y ? -1 : 1;
            }
        }
        return la < lb ? -1 : la > lb ? 1 : 0;
    }

    static boolean equal(Vm vm, long[] r, int a, int b) {
        long n = r[a + 1];
        if (n != r[b + 1]) return false;
        long pa = r[a], pb = r[b];
        return pa == pb || n == 0 || vm.mem.equal(pa, pb, n);
    }

    /**
     * SCONV: k=0 string→[]byte, 1 []byte→string, 2 string→[]rune, 3 []rune→string, 4 rune→string;
     * k|8: the result does not escape and R[a] holds on entry the address of a stack buffer
     * (32 bytes; 32 runes for k=2; 4 bytes for k=4), used when the result fits (Go's tmpBuf).
     */
    static void convert(Vm vm, long[] r, int a, int b, int kind) {
        Memory m = vm.mem;
        long buf = (kind & 8) != 0 ? r[a] : 0;
        switch (kind & 7) {
            case 0: { // stringtoslicebyte → tmpBuf or rawbyteslice
                long p = r[b], n = r[b + 1];
                if (buf != 0 && n <= TMP_BUF) {
                    m.clear(buf, TMP_BUF);
                    if (n > 0) m.copy(buf, p, n);
                    r[a] = buf; r[a + 1] = n; r[a + 2] = TMP_BUF;
                    return;
                }
                long cap = SizeClasses.roundupsize(n);
                long q = vm.malloc(cap, null, false);
                if (cap != n) m.clear(q + n, cap - n);
                if (n > 0) m.copy(q, p, n);
                r[a] = q; r[a + 1] = n; r[a + 2] = cap;
                return;
            }
            case 1: { // slicebytetostring
                long p = r[b], n = r[b + 1];
                if (n == 0) { r[a] = 0; r[a + 1] = 0; return; }
                if (n == 1) { r[a] = vm.staticUint64s + (m.getByte(p) & 0xFFL) * 8; r[a + 1] = 1; return; }
                long q = buf != 0 && n <= TMP_BUF ? buf : vm.malloc(n, null, false);
                m.copy(q, p, n);
                r[a] = q; r[a + 1] = n;
                return;
            }
            case 2: { // stringtoslicerune
                long p = r[b], n = r[b + 1];
                byte[] s = vm.stringBytes(p, n);
                int count = 0;
                for (int i = 0; i < s.length; ) { i += (int) (decode(s, i) & 0xFF); count++; }
                long mem, q;
                if (buf != 0 && count <= TMP_BUF) {
                    m.clear(buf, TMP_BUF * 4);
                    q = buf; mem = TMP_BUF * 4;
                } else {
                    mem = SizeClasses.roundupsize((long) count * 4);
                    q = vm.malloc(mem, null, false);
                    if (mem > (long) count * 4) m.clear(q + count * 4L, mem - count * 4L);
                }
                int k = 0;
                for (int i = 0; i < s.length; ) {
                    long d = decode(s, i);
                    m.putInt(q + 4L * k++, (int) (d >> 8));
                    i += (int) (d & 0xFF);
                }
                r[a] = q; r[a + 1] = count; r[a + 2] = mem / 4;
                return;
            }
            case 3: { // slicerunetostring
                long p = r[b], n = r[b + 1];
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                for (long i = 0; i < n; i++) encode(out, m.getInt(p + 4 * i));
                byte[] bs = out.toByteArray();
                // rawstringtmp(buf, size+3): Go allocates even for an empty result
                long q = buf != 0 && bs.length + 3 <= TMP_BUF ? buf : vm.malloc(bs.length + 3, null, false);
                m.putBytes(q, bs, 0, bs.length);
                r[a] = bs.length == 0 ? 0 : q; r[a + 1] = bs.length;
                return;
            }
            case 4: { // intstring
                long v = r[b];
                int rune = (v < 0 || v > 0x10FFFF) ? 0xFFFD : (int) v;
                if (rune >= 0xD800 && rune <= 0xDFFF) rune = 0xFFFD;
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(4);
                encode(out, rune);
                byte[] bs = out.toByteArray();
                long q = buf != 0 ? buf : vm.malloc(4, null, false);
                m.putBytes(q, bs, 0, bs.length);
                r[a] = q; r[a + 1] = bs.length;
                return;
            }
            default: throw new IllegalStateException("glassgo: internal error: bad SCONV kind " + kind);
        }
    }

    /** DECRUNE: R[a] = rune at byte index i of string s (registers s, s+1), R[a+1] = its width. */
    static void decodeRune(Vm vm, long[] r, int a, int s, long i) {
        long p = r[s], n = r[s + 1];
        Memory m = vm.mem;
        int c0 = m.getByte(p + i) & 0xFF;
        if (c0 < 0x80) { r[a] = c0; r[a + 1] = 1; return; }
        int avail = (int) Math.min(4, n - i);
        byte[] buf = new byte[avail];
        for (int k = 0; k < avail; k++) buf[k] = m.getByte(p + i + k);
        long d = decode(buf, 0);
        r[a] = d >> 8; r[a + 1] = d & 0xFF;
    }

    /** Go's utf8.DecodeRune on s[i:]: (rune << 8) | width; invalid → (0xFFFD, 1). */
    public static long decode(byte[] s, int i) {
        int n = s.length - i;
        if (n < 1) return (0xFFFDL << 8) | 0;
        int c0 = s[i] & 0xFF;
        if (c0 < 0x80) return ((long) c0 << 8) | 1;
        long bad = (0xFFFDL << 8) | 1;
        int need, lo = 0x80, hi = 0xBF, min;
        if (c0 >= 0xC2 && c0 <= 0xDF) { need = 2; }
        else if (c0 >= 0xE0 && c0 <= 0xEF) { need = 3; if (c0 == 0xE0) lo = 0xA0; if (c0 == 0xED) hi = 0x9F; }
        else if (c0 >= 0xF0 && c0 <= 0xF4) { need = 4; if (c0 == 0xF0) lo = 0x90; if (c0 == 0xF4) hi = 0x8F; }
        else return bad;
        if (n < need) {
            // still invalid, width 1 (Go checks the first continuation byte range, but result is the same)
            return bad;
        }
        int c1 = s[i + 1] & 0xFF;
        if (c1 < lo || c1 > hi) return bad;
        if (need == 2) return ((long) (((c0 & 0x1F) << 6) | (c1 & 0x3F)) << 8) | 2;
        int c2 = s[i + 2] & 0xFF;
        if (c2 < 0x80 || c2 > 0xBF) return bad;
        if (need == 3) return ((long) (((c0 & 0x0F) << 12) | ((c1 & 0x3F) << 6) | (c2 & 0x3F)) << 8) | 3;
        int c3 = s[i + 3] & 0xFF;
        if (c3 < 0x80 || c3 > 0xBF) return bad;
        return ((long) (((c0 & 0x07) << 18) | ((c1 & 0x3F) << 12) | ((c2 & 0x3F) << 6) | (c3 & 0x3F)) << 8) | 4;
    }

    /** Go's utf8.EncodeRune (invalid runes and surrogates → U+FFFD). */
    public static void encode(java.io.ByteArrayOutputStream out, int r) {
        if (r >= 0 && r < 0x80) { out.write(r); return; }
        if (r >= 0 && r < 0x800) { out.write(0xC0 | (r >> 6)); out.write(0x80 | (r & 0x3F)); return; }
        if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) r = 0xFFFD;
        if (r < 0x10000) { out.write(0xE0 | (r >> 12)); out.write(0x80 | ((r >> 6) & 0x3F)); out.write(0x80 | (r & 0x3F)); return; }
        out.write(0xF0 | (r >> 18)); out.write(0x80 | ((r >> 12) & 0x3F)); out.write(0x80 | ((r >> 6) & 0x3F)); out.write(0x80 | (r & 0x3F));
    }

    /** Reads a Go string (ptr, len) as Java text (for messages). */
    public static String toJava(Vm vm, long p, long n) {
        return new String(vm.stringBytes(p, n), java.nio.charset.StandardCharsets.UTF_8);
    }
}
