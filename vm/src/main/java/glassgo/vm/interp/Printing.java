package glassgo.vm.interp;

import glassgo.runtime.mem.Memory;
import glassgo.runtime.types.RType;
import glassgo.vm.lib.strconv.ByteBuf;
import glassgo.vm.lib.strconv.RuntimePrint;

import java.nio.charset.StandardCharsets;

/**
 * Printing of panic values (runtime/panic.go {@code preprintpanics}, {@code printpanicval},
 * error.go {@code printanycustomtype}).
 */
public final class Printing {
    private Printing() {}

    /** Thrown (as a fatal error) when Error()/String() panics while printing a panic value. */
    static final String PANIC_WHILE_PRINTING = "panic while printing panic value";

    /**
     * The text after {@code panic: } for the panic value (typ, data): error → Error(),
     * Stringer → String() (called in Go), then printpanicval.
     */
    public static String panicValue(Vm vm, Goroutine g, long typ, long data) {
        if (typ == 0) return "nil";
        RType t = vm.typeAt(typ);
        String m = null;
        int fid = Methods.findByKey(vm, t, Methods.stringMethod("Error"));
        if (fid >= 0) m = "Error";
        else if ((fid = Methods.findByKey(vm, t, Methods.stringMethod("String"))) >= 0) m = "String";
        if (m != null) {
            try {
                byte[] s = callStringMethod(vm, g, fid, data);
                return new String(s, StandardCharsets.UTF_8);
            } catch (GoPanic p) {
                vm.fatal(PANIC_WHILE_PRINTING);
            }
        }
        return new String(printpanicval(vm, t, data), StandardCharsets.UTF_8);
    }

    /** Calls a {@code func() string} method (function id) on the interface data word; returns the string's bytes. */
    public static byte[] callStringMethod(Vm vm, Goroutine g, int fid, long dataWord) {
        int base = vm.scratchBase(g);
        vm.regs(g)[base] = dataWord;
        vm.callFuncFromNative(g, fid, base);
        long[] r = vm.regs(g);
        return vm.stringBytes(r[base], r[base + 1]);
    }

    /** printpanicval / printanycustomtype for a value without Error/String methods. */
    public static byte[] printpanicval(Vm vm, RType t, long data) {
        ByteBuf b = new ByteBuf();
        Memory m = vm.mem;
        boolean predeclared = t.name.equals(t.kind.goName()) || (t.kind == glassgo.runtime.types.Kind.UINT8 && t.name.equals("uint8"));
        String open = predeclared ? "" : t.name + "(";
        String close = predeclared ? "" : ")";
        switch (t.kind) {
            case BOOL: b.appendUtf8(open); RuntimePrint.printBool(b, m.getByte(data) != 0); b.append(close); break;
            case INT: case INT64: b.appendUtf8(open); RuntimePrint.printInt(b, m.getLong(data)); b.append(close); break;
            case INT8: b.appendUtf8(open); RuntimePrint.printInt(b, m.getByte(data)); b.append(close); break;
            case INT16: b.appendUtf8(open); RuntimePrint.printInt(b, m.getShort(data)); b.append(close); break;
            case INT32: b.appendUtf8(open); RuntimePrint.printInt(b, m.getInt(data)); b.append(close); break;
            case UINT: case UINT64: case UINTPTR: b.appendUtf8(open); RuntimePrint.printUint(b, m.getLong(data)); b.append(close); break;
            case UINT8: b.appendUtf8(open); RuntimePrint.printUint(b, m.getByte(data) & 0xFFL); b.append(close); break;
            case UINT16: b.appendUtf8(open); RuntimePrint.printUint(b, m.getShort(data) & 0xFFFFL); b.append(close); break;
            case UINT32: b.appendUtf8(open); RuntimePrint.printUint(b, m.getInt(data) & 0xFFFFFFFFL); b.append(close); break;
            case FLOAT32: b.appendUtf8(open); RuntimePrint.printFloat(b, Float.intBitsToFloat(m.getInt(data))); b.append(close); break;
            case FLOAT64: b.appendUtf8(open); RuntimePrint.printFloat(b, Double.longBitsToDouble(m.getLong(data))); b.append(close); break;
            case COMPLEX64:
                if (!predeclared) b.appendUtf8(t.name);
                RuntimePrint.printComplex(b, Float.intBitsToFloat(m.getInt(data)), Float.intBitsToFloat(m.getInt(data + 4)));
                break;
            case COMPLEX128:
                if (!predeclared) b.appendUtf8(t.name);
                RuntimePrint.printComplex(b, Double.longBitsToDouble(m.getLong(data)), Double.longBitsToDouble(m.getLong(data + 8)));
                break;
            case STRING: {
                byte[] s = vm.stringBytes(m.getLong(data), m.getLong(data + 8));
                if (predeclared) b.append(s);
                else { b.appendUtf8(t.name); b.append("(\""); b.append(s); b.append("\")"); }
                break;
            }
            default:
                b.append('('); b.appendUtf8(t.name); b.append(") ");
                RuntimePrint.printHex(b, data);
                break;
        }
        return b.toByteArray();
    }
}
