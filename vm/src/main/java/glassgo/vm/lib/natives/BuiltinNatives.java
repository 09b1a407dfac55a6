package glassgo.vm.lib.natives;

import glassgo.vm.interp.Natives;
import glassgo.vm.interp.Natives.Native;
import glassgo.vm.interp.Vm;
import glassgo.vm.lib.strconv.ByteBuf;
import glassgo.vm.lib.strconv.RuntimePrint;

import java.util.function.BiConsumer;

/**
 * The builtins print/println, compiled to one native per operand (runtime/print.go's printstring,
 * printint, ...) plus printsp/printnl; output goes to standard error, formatted as Go's runtime.
 * Also the run-time checks of unsafe.Slice (builtin.unsafeslice).
 */
public final class BuiltinNatives {
    private BuiltinNatives() {}

    private static Native emit(BiConsumer<ByteBuf, long[]> f) {
        return (vm, g, base) -> {
            long[] r = vm.regs(g);
            long[] args = new long[3];
            for (int i = 0; i < 3 && base + i < r.length; i++) args[i] = r[base + i];
            ByteBuf b = new ByteBuf(24);
            f.accept(b, args);
            out(vm, b);
        };
    }

    private static void out(Vm vm, ByteBuf b) {
        byte[] bs = b.toByteArray();
        Natives.writeFd(vm, 2, bs);
    }

    /**
     * Go's slice bounds checks (panicSlice* / boundsError) with per-operand signedness; flags: 1 hi
     * given, 2 max given (3-index), 4 "with length" (string/array source), 8/16/32 lo/hi/max unsigned.
     * Returns the message without "runtime error: ", or null if in bounds.
     */
    static String uslicecheck(long len, long cap, long lo, long hi, long max, int flags) {
        boolean three = (flags & 2) != 0, loU = (flags & 8) != 0, hiU = (flags & 16) != 0, maxU = (flags & 32) != 0;
        String what = (flags & 4) != 0 ? "length " : "capacity ";
        if (three) {
            if (neg(max, maxU)) return "slice bounds out of range [::" + max + "]";
            if (gt(max, cap, maxU)) return "slice bounds out of range [::" + num(max, maxU) + "] with " + what + cap;
            if (neg(hi, hiU)) return "slice bounds out of range [:" + hi + ":]";
            if (gt(hi, max, hiU)) return "slice bounds out of range [:" + num(hi, hiU) + ":" + max + "]";
            if (neg(lo, loU)) return "slice bounds out of range [" + lo + "::]";
            if (gt(lo, hi, loU)) return "slice bounds out of range [" + num(lo, loU) + ":" + hi + ":]";
            return null;
        }
        if ((flags & 1) != 0) {
            if (neg(hi, hiU)) return "slice bounds out of range [:" + hi + "]";
            if (gt(hi, cap, hiU)) return "slice bounds out of range [:" + num(hi, hiU) + "] with " + what + cap;
        }
        if (neg(lo, loU)) return "slice bounds out of range [" + lo + ":]";
        if (gt(lo, hi, loU)) return "slice bounds out of range [" + num(lo, loU) + ":" + hi + "]";
        return null;
    }

    private static boolean neg(long x, boolean unsigned) { return !unsigned && x < 0; }

    private static boolean gt(long x, long bound, boolean unsigned) { return unsigned ? Long.compareUnsigned(x, bound) > 0 : x > bound; }

    private static String num(long x, boolean unsigned) { return unsigned ? Long.toUnsignedString(x) : Long.toString(x); }

    /**
     * The native named {@code nativeName}, or null if this class has none. Only the native asked for
     * is created: evaluating a lambda the first time links its call site, which a run pays for
     * every native it binds (and start-up paid for all of them when they were registered eagerly).
     */
    public static Native lookup(String nativeName) {
        switch (nativeName) {
            case "builtin.printstring":
                return (vm, g, base) -> {
                    long[] r = vm.regs(g);
                    Natives.writeFd(vm, 2, vm.stringBytes(r[base], r[base + 1]));
                };
            case "builtin.printint":
                return emit((b, a) -> RuntimePrint.printInt(b, a[0]));
            case "builtin.printuint":
                return emit((b, a) -> RuntimePrint.printUint(b, a[0]));
            case "builtin.printfloat":
                return emit((b, a) -> RuntimePrint.printFloat(b, Double.longBitsToDouble(a[0])));
            case "builtin.printcomplex":
                return emit((b, a) -> RuntimePrint.printComplex(b, Double.longBitsToDouble(a[0]), Double.longBitsToDouble(a[1])));
            case "builtin.printbool":
                return emit((b, a) -> RuntimePrint.printBool(b, a[0] != 0));
            case "builtin.printpointer":
                return emit((b, a) -> RuntimePrint.printPointer(b, a[0]));
            case "builtin.printhex":
                return emit((b, a) -> RuntimePrint.printHex(b, a[0]));
            case "builtin.printiface":
                return emit((b, a) -> RuntimePrint.printIface(b, a[0], a[1]));
            case "builtin.printeface":
                return emit((b, a) -> RuntimePrint.printIface(b, a[0], a[1]));
            case "builtin.printslice":
                return emit((b, a) -> RuntimePrint.printSlice(b, a[1], a[2], a[0]));
            case "builtin.printsp":
                return (vm, g, base) -> Natives.writeFd(vm, 2, new byte[]{' '});
            case "builtin.printnl":
                return (vm, g, base) -> Natives.writeFd(vm, 2, new byte[]{'\n'});
            // unsafe.Slice(ptr, len) checks, as Go's walkUnsafeSlice open-codes them: R[base..] = ptr, len (as int), elem size
            case "builtin.unsafeslice":
                return (vm, g, base) -> {
                    long[] r = vm.regs(g);
                    long ptr = r[base], len = r[base + 1], size = r[base + 2];
                    if (len < 0) throw vm.runtimeError("unsafe.Slice: len out of range");
                    long hi = Math.multiplyHigh(size, len), mem = size * len;
                    if (hi != 0 || Long.compareUnsigned(mem, -ptr) > 0) {
                        if (ptr == 0) throw vm.runtimeError("unsafe.Slice: ptr is nil and len is not zero");
                        throw vm.runtimeError("unsafe.Slice: len out of range");
                    }
                };
            // an index of 64-bit unsigned type that is >= 2^63 (FuncGen.uindexCheck): R[base] = index, R[base+1] = length
            case "builtin.uindexpanic":
                return (vm, g, base) -> {
                    long[] r = vm.regs(g);
                    throw vm.runtimeError("index out of range [" + Long.toUnsignedString(r[base]) + "] with length " + r[base + 1]);
                };
            // slice bounds when an operand has a 64-bit unsigned type (FuncGen.sliceExpr): len, cap, lo, hi, max, flags
            case "builtin.uslicecheck":
                return (vm, g, base) -> {
                    long[] r = vm.regs(g);
                    String msg = uslicecheck(r[base], r[base + 1], r[base + 2], r[base + 3], r[base + 4], (int) r[base + 5]);
                    if (msg != null) throw vm.runtimeError(msg);
                };
            case "builtin.printlock":
                return (vm, g, base) -> { };
            case "builtin.printunlock":
                return (vm, g, base) -> { };
            default:
                return null;
        }
    }
}
