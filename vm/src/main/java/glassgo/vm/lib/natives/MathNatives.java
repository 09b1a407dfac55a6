package glassgo.vm.lib.natives;

import glassgo.vm.interp.Natives.Native;

import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * math's natives: only functions whose result is exactly specified (correctly rounded or exact),
 * so Java and Go agree bit for bit. Transcendentals (Exp, Log, Sin, Pow, ...) must be written in
 * Go (ports of Go's own code), since Java's fdlibm differs from Go in the last ulp.
 */
public final class MathNatives {
    private MathNatives() {}

    private static Native f1(DoubleUnaryOperator f) {
        return (vm, g, base) -> {
            long[] r = vm.regs(g);
            r[base] = Double.doubleToRawLongBits(f.applyAsDouble(Double.longBitsToDouble(r[base])));
        };
    }

    private static Native f2(DoubleBinaryOperator f) {
        return (vm, g, base) -> {
            long[] r = vm.regs(g);
            r[base] = Double.doubleToRawLongBits(f.applyAsDouble(Double.longBitsToDouble(r[base]), Double.longBitsToDouble(r[base + 1])));
        };
    }

    /**
     * The native named {@code nativeName}, or null if this class has none. Only the native asked for
     * is created: evaluating a lambda the first time links its call site, which a run pays for
     * every native it binds (and start-up paid for all of them when they were registered eagerly).
     */
    public static Native lookup(String nativeName) {
        switch (nativeName) {
            case "math.Sqrt":
                return f1(Math::sqrt);
            case "math.sqrt":
                return f1(Math::sqrt);
            case "math.Floor":
                return f1(Math::floor);
            case "math.floor":
                return f1(Math::floor);
            case "math.Ceil":
                return f1(Math::ceil);
            case "math.ceil":
                return f1(Math::ceil);
            case "math.Trunc":
                return f1(MathNatives::trunc);
            case "math.trunc":
                return f1(MathNatives::trunc);
            case "math.Exp":
                return f1(MathNatives::exp);
            case "math.Log":
                return f1(MathNatives::log);
            case "math.trigReduce":
                return (vm, g, base) -> {
                    long[] r = vm.regs(g);
                    double[] jz = trigReduce(Double.longBitsToDouble(r[base]));
                    r[base] = (long) jz[0];
                    r[base + 1] = Double.doubleToRawLongBits(jz[1]);
                };
            case "math.Abs":
                return f1(Math::abs);
            case "math.Copysign":
                return f2(Math::copySign);
            case "math.Mod":
                return f2((x, y) -> x % y);
            case "math.Max":
                return f2(MathNatives::max);
            case "math.Min":
                return f2(MathNatives::min);
            case "math.FMA":
                return (vm, g, base) -> {
                    long[] r = vm.regs(g);
                    r[base] = Double.doubleToRawLongBits(Math.fma(Double.longBitsToDouble(r[base]), Double.longBitsToDouble(r[base + 1]), Double.longBitsToDouble(r[base + 2])));
                };
            // bit conversions: registers already hold float64 bits; float32 values are held widened
            case "math.Float64bits":
                return (vm, g, base) -> { };
            case "math.Float64frombits":
                return (vm, g, base) -> { };
            case "math.Float32bits":
                return (vm, g, base) -> {
                    long[] r = vm.regs(g);
                    r[base] = Float.floatToRawIntBits((float) Double.longBitsToDouble(r[base])) & 0xFFFFFFFFL;
                };
            case "math.Float32frombits":
                return (vm, g, base) -> {
                    long[] r = vm.regs(g);
                    r[base] = Double.doubleToRawLongBits(Float.intBitsToFloat((int) r[base]));
                };
            default:
                return null;
        }
    }

    /** math.archExp as exp_amd64.s computes it on a CPU with AVX+FMA (useFMA). */
    static double exp(double x) {
        long bits = Double.doubleToRawLongBits(x);
        long dx = bits & ~(1L << 63);
        if (dx >= 0x7FF0000000000000L) return bits == 0xFFF0000000000000L ? 0 : x;
        if (x > 7.09782712893384e+02) return Double.POSITIVE_INFINITY;
        double x1 = 1.4426950408889634073599246810018920 * x;
        int bx = (int) Math.rint(x1); // CVTSD2SL: round to nearest even, saturating
        x1 = bx;
        double x0 = Math.fma(-x1, 0.69314718055966295651160180568695068359375, x);
        x0 = Math.fma(-x1, 0.28235290563031577122588448175013436025525412068e-12, x0);
        x0 *= 0.0625;
        double p = 2.4801587301587301587e-5;
        p = Math.fma(p, x0, 1.9841269841269841270e-4);
        p = Math.fma(p, x0, 1.3888888888888888889e-3);
        p = Math.fma(p, x0, 8.3333333333333333333e-3);
        p = Math.fma(p, x0, 4.1666666666666666667e-2);
        p = Math.fma(p, x0, 1.6666666666666666667e-1);
        p = Math.fma(p, x0, 0.5);
        p = Math.fma(p, x0, 1.0);
        x0 = x0 * p;
        double t = x0 + 2.0; x0 = x0 * t;
        t = x0 + 2.0; x0 = x0 * t;
        t = x0 + 2.0; x0 = x0 * t;
        t = x0 + 2.0; x0 = Math.fma(t, x0, 1.0);
        bx += 0x3FF;
        if (bx <= 0) {
            if (bx < -52) return 0;
            bx += 0x3FE;
            x0 *= Double.longBitsToDouble((long) bx << 52);
            bx = 1;
        } else if (bx >= 0x7FF) {
            return Double.POSITIVE_INFINITY;
        }
        return x0 * Double.longBitsToDouble((long) bx << 52);
    }

    /** math.archLog as log_amd64.s computes it (no subnormal normalisation, as the assembly). */
    static double log(double x) {
        long bits = Double.doubleToRawLongBits(x);
        if ((bits & ~(1L << 63)) == 0) return Double.NEGATIVE_INFINITY;
        if (bits < 0) return Double.longBitsToDouble(0x7FF8000000000001L);
        if (bits >= 0x7FF0000000000000L) return x;
        double f1 = Double.longBitsToDouble((bits & 0x000FFFFFFFFFFFFFL) | 0x3FE0000000000000L);
        double k = (double) ((int) ((bits >>> 52) & 0x7FF) - 0x3FE);
        double x3 = f1 <= 7.07106781186547524401e-01 ? 1.0 : 0.0;
        k -= x3;
        x3 += 1.0;
        f1 *= x3;
        double f = f1 - 1.0;
        double s = f / (2.0 + f);
        double s2 = s * s, s4 = s2 * s2;
        double t1 = 1.479819860511658591e-01 * s4 + 1.818357216161805012e-01;
        t1 = t1 * s4 + 2.857142874366239149e-01;
        t1 = t1 * s4 + 6.666666666666735130e-01;
        t1 = s2 * t1;
        double t2 = 1.531383769920937332e-01 * s4 + 2.222219843214978396e-01;
        t2 = t2 * s4 + 3.999999999940941908e-01;
        t2 = s4 * t2;
        double R = t1 + t2;
        double hfsq = 0.5 * f * f;
        double a = s * (hfsq + R) + k * 1.90821492927058770002e-10;
        double b = (hfsq - a) - f;
        return k * 6.93147180369123816490e-01 - b;
    }

    private static final long[] M_PI4 = {
        0x0000000000000001L, 0x45f306dc9c882a53L, 0xf84eafa3ea69bb81L, 0xb6c52b3278872083L, 0xfca2c757bd778ac3L,
        0x6e48dc74849ba5c0L, 0x0c925dd413a32439L, 0xfc3bd63962534e7dL, 0xd1046bea5d768909L, 0xd338e04d68befc82L,
        0x7323ac7306a673e9L, 0x3908bf177bf25076L, 0x3ff12fffbc0b301fL, 0xde5e2316b414da3eL, 0xda6cfd9e4f96136eL,
        0x9e8c7ecd3cbfd45aL, 0xea4f758fd7cbe2f6L, 0x7a0e73ef14a525d4L, 0xd7f6bf623f1aba10L, 0xac06608df8f6d757L,
    };

    private static long umulh(long a, long b) { return Math.multiplyHigh(a, b) + ((a >> 63) & b) + ((b >> 63) & a); }
    private static long shl(long x, long n) { return n >= 64 ? 0 : x << n; }
    private static long shr(long x, long n) { return n >= 64 ? 0 : x >>> n; }

    /** Go's trig_reduce.go (Payne-Hanek): {j, z}. */
    static double[] trigReduce(double x) {
        final double PI4 = Math.PI / 4;
        if (x < PI4) return new double[]{0, x};
        long ix = Double.doubleToRawLongBits(x);
        int exp = (int) ((ix >>> 52) & 0x7FF) - 1023 - 52;
        ix &= ~(0x7FFL << 52);
        ix |= 1L << 52;
        int digit = (exp + 61) / 64, bitshift = (exp + 61) % 64;
        long z0 = shl(M_PI4[digit], bitshift) | shr(M_PI4[digit + 1], 64 - bitshift);
        long z1 = shl(M_PI4[digit + 1], bitshift) | shr(M_PI4[digit + 2], 64 - bitshift);
        long z2 = shl(M_PI4[digit + 2], bitshift) | shr(M_PI4[digit + 3], 64 - bitshift);
        long z2hi = umulh(z2, ix);
        long z1hi = umulh(z1, ix), z1lo = z1 * ix;
        long z0lo = z0 * ix;
        long lo = z1lo + z2hi;
        long c = Long.compareUnsigned(lo, z1lo) < 0 ? 1 : 0;
        long hi = z0lo + z1hi + c;
        long j = hi >>> 61;
        hi = hi << 3 | lo >>> 61;
        int lz = Long.numberOfLeadingZeros(hi);
        long e = 1023 - (lz + 1);
        hi = shl(hi, lz + 1) | shr(lo, 64 - (lz + 1));
        hi >>>= 64 - 52;
        hi |= e << 52;
        double z = Double.longBitsToDouble(hi);
        if ((j & 1) == 1) { j++; j &= 7; z--; }
        return new double[]{j, z * PI4};
    }

    static double trunc(double x) {
        if (x == 0 || Double.isNaN(x) || Double.isInfinite(x)) return x;
        return x < 0 ? Math.ceil(x) : Math.floor(x);
    }

    /** Go's math.Max: +Inf wins over NaN, then NaN, then +0 over -0. */
    static double max(double x, double y) {
        if (Double.isInfinite(x) && x > 0 || Double.isInfinite(y) && y > 0) return Double.POSITIVE_INFINITY;
        if (Double.isNaN(x) || Double.isNaN(y)) return Double.NaN;
        if (x == 0 && x == y) return (Double.doubleToRawLongBits(x) < 0) ? y : x;
        return x > y ? x : y;
    }

    /** Go's math.Min: -Inf wins over NaN, then NaN, then -0 over +0. */
    static double min(double x, double y) {
        if (Double.isInfinite(x) && x < 0 || Double.isInfinite(y) && y < 0) return Double.NEGATIVE_INFINITY;
        if (Double.isNaN(x) || Double.isNaN(y)) return Double.NaN;
        if (x == 0 && x == y) return (Double.doubleToRawLongBits(x) < 0) ? x : y;
        return x < y ? x : y;
    }
}
