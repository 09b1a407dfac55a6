package glassgo.vm.interp;

import glassgo.runtime.mem.Memory;
import glassgo.runtime.types.RType;

/**
 * Typed memory moves, the register representation of values (how many words a type takes in
 * registers, loading/storing them from/to flat memory) and complex arithmetic.
 */
public final class Values {
    private Values() {}

    /**
     * typedmemmove(T, dst, src). A plain memmove for now; when the concurrent GC lands, the bulk
     * write barrier for T's pointer words (bulkBarrierPreWrite, for dst in heap or globals) is
     * added here, before the copy.
     */
    public static void typedmemmove(Vm vm, RType t, long dst, long src) {
        if (dst == src || t.size == 0) return;
        vm.mem.copy(dst, src, t.size);
    }

    /** Number of registers a value of type t occupies (struct/array: 1, the address). */
    public static int words(RType t) {
        switch (t.kind) {
            case STRING: case INTERFACE: case COMPLEX64: case COMPLEX128: return 2;
            case SLICE: return 3;
            default: return 1;
        }
    }

    /** Stores the register words R[b..] of a value of type t into memory at dst (struct/array: R[b] is the source address). */
    public static void storeRegs(Vm vm, RType t, long dst, long[] r, int b) {
        Memory m = vm.mem;
        switch (t.kind) {
            case BOOL: case INT8: case UINT8: m.putByte(dst, (byte) r[b]); break;
            case INT16: case UINT16: m.putShort(dst, (short) r[b]); break;
            case INT32: case UINT32: m.putInt(dst, (int) r[b]); break;
            case FLOAT32: m.putInt(dst, Float.floatToRawIntBits((float) Double.longBitsToDouble(r[b]))); break;
            case COMPLEX64:
                m.putInt(dst, Float.floatToRawIntBits((float) Double.longBitsToDouble(r[b])));
                m.putInt(dst + 4, Float.floatToRawIntBits((float) Double.longBitsToDouble(r[b + 1])));
                break;
            case COMPLEX128: case STRING: case INTERFACE: m.putLong(dst, r[b]); m.putLong(dst + 8, r[b + 1]); break;
            case SLICE: m.putLong(dst, r[b]); m.putLong(dst + 8, r[b + 1]); m.putLong(dst + 16, r[b + 2]); break;
            case STRUCT: case ARRAY: typedmemmove(vm, t, dst, r[b]); break;
            default: m.putLong(dst, r[b]); break;
        }
    }

    /** Loads the value of type t at src into registers R[a..] (struct/array: R[a] = src, the address). */
    public static void loadRegs(Vm vm, RType t, long src, long[] r, int a) {
        Memory m = vm.mem;
        switch (t.kind) {
            case BOOL: case UINT8: r[a] = m.getByte(src) & 0xFFL; break;
            case INT8: r[a] = m.getByte(src); break;
            case INT16: r[a] = m.getShort(src); break;
            case UINT16: r[a] = m.getShort(src) & 0xFFFFL; break;
            case INT32: r[a] = m.getInt(src); break;
            case UINT32: r[a] = m.getInt(src) & 0xFFFFFFFFL; break;
            case FLOAT32: r[a] = Double.doubleToRawLongBits(Float.intBitsToFloat(m.getInt(src))); break;
            case COMPLEX64:
                r[a] = Double.doubleToRawLongBits(Float.intBitsToFloat(m.getInt(src)));
                r[a + 1] = Double.doubleToRawLongBits(Float.intBitsToFloat(m.getInt(src + 4)));
                break;
            case COMPLEX128: case STRING: case INTERFACE: r[a] = m.getLong(src); r[a + 1] = m.getLong(src + 8); break;
            case SLICE: r[a] = m.getLong(src); r[a + 1] = m.getLong(src + 8); r[a + 2] = m.getLong(src + 16); break;
            case STRUCT: case ARRAY: r[a] = src; break;
            default: r[a] = m.getLong(src); break;
        }
    }

    /** CPLX: k=0 R[a..a+1] = R[b..b+1] * R[c..c+1]; k=1 division (runtime.complex128div). */
    static void complexOp(long[] r, int a, int b, int c, int k) {
        double x = Double.longBitsToDouble(r[b]), y = Double.longBitsToDouble(r[b + 1]);
        double u = Double.longBitsToDouble(r[c]), v = Double.longBitsToDouble(r[c + 1]);
        double e, f;
        if (k == 0) {
            e = x * u - y * v;
            f = x * v + y * u;
        } else {
            double[] q = complexDiv(x, y, u, v);
            e = q[0]; f = q[1];
        }
        r[a] = Double.doubleToRawLongBits(e);
        r[a + 1] = Double.doubleToRawLongBits(f);
    }

    private static double inf2one(double f) {
        return Math.copySign(Double.isInfinite(f) ? 1.0 : 0.0, f);
    }

    private static boolean finite(double f) { return !Double.isNaN(f) && !Double.isInfinite(f); }

    /** runtime.complex128div(n, m), Smith's algorithm with C99 G.5.1 corrections. */
    public static double[] complexDiv(double nr, double ni, double mr, double mi) {
        double e, f;
        if (Math.abs(mr) >= Math.abs(mi)) {
            double ratio = mi / mr;
            double denom = mr + ratio * mi;
            e = (nr + ni * ratio) / denom;
            f = (ni - nr * ratio) / denom;
        } else {
            double ratio = mr / mi;
            double denom = mi + ratio * mr;
            e = (nr * ratio + ni) / denom;
            f = (ni * ratio - nr) / denom;
        }
        if (Double.isNaN(e) && Double.isNaN(f)) {
            double a = nr, b = ni, c = mr, d = mi;
            double inf = Double.POSITIVE_INFINITY;
            if (c == 0 && d == 0 && (!Double.isNaN(a) || !Double.isNaN(b))) {
                e = Math.copySign(inf, c) * a;
                f = Math.copySign(inf, c) * b;
            } else if ((Double.isInfinite(a) || Double.isInfinite(b)) && finite(c) && finite(d)) {
                a = inf2one(a); b = inf2one(b);
                e = inf * (a * c + b * d);
                f = inf * (b * c - a * d);
            } else if ((Double.isInfinite(c) || Double.isInfinite(d)) && finite(a) && finite(b)) {
                c = inf2one(c); d = inf2one(d);
                e = 0 * (a * c + b * d);
                f = 0 * (b * c - a * d);
            }
        }
        return new double[]{e, f};
    }
}
