package glassgo.vm.lib.natives;

import glassgo.vm.interp.Natives.Native;

import java.util.Map;
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

    public static void register(Map<String, Native> m) {
        m.put("math.Sqrt", f1(Math::sqrt));
        m.put("math.sqrt", f1(Math::sqrt));
        m.put("math.Floor", f1(Math::floor));
        m.put("math.floor", f1(Math::floor));
        m.put("math.Ceil", f1(Math::ceil));
        m.put("math.ceil", f1(Math::ceil));
        m.put("math.Trunc", f1(MathNatives::trunc));
        m.put("math.trunc", f1(MathNatives::trunc));
        m.put("math.Abs", f1(Math::abs));
        m.put("math.Copysign", f2(Math::copySign));
        m.put("math.Mod", f2((x, y) -> x % y));
        m.put("math.Max", f2(MathNatives::max));
        m.put("math.Min", f2(MathNatives::min));
        m.put("math.FMA", (vm, g, base) -> {
            long[] r = vm.regs(g);
            r[base] = Double.doubleToRawLongBits(Math.fma(Double.longBitsToDouble(r[base]), Double.longBitsToDouble(r[base + 1]), Double.longBitsToDouble(r[base + 2])));
        });
        // bit conversions: registers already hold float64 bits; float32 values are held widened
        m.put("math.Float64bits", (vm, g, base) -> { });
        m.put("math.Float64frombits", (vm, g, base) -> { });
        m.put("math.Float32bits", (vm, g, base) -> {
            long[] r = vm.regs(g);
            r[base] = Float.floatToRawIntBits((float) Double.longBitsToDouble(r[base])) & 0xFFFFFFFFL;
        });
        m.put("math.Float32frombits", (vm, g, base) -> {
            long[] r = vm.regs(g);
            r[base] = Double.doubleToRawLongBits(Float.intBitsToFloat((int) r[base]));
        });
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
