package glassgo.vm.interp;

import glassgo.runtime.mem.Memory;
import glassgo.runtime.types.RType;
import glassgo.runtime.types.StructField;
import glassgo.vm.lib.fmt.GoValue;
import glassgo.vm.lib.fmt.MethodPanic;
import glassgo.vm.lib.fmt.Printer;

/**
 * A {@link GoValue} over glassgo's flat memory: a value of type {@code t} stored at {@code addr},
 * or, for pointer-shaped values taken out of an interface data word, held inline in {@code word}.
 * Tracks {@code canInterface} (false below unexported struct fields) like reflect's flagRO.
 * Error()/String() calls re-enter the interpreter on goroutine {@code g}.
 */
public final class MemValue implements GoValue {
    private static final GoValue.Kind[] KINDS = GoValue.Kind.values();

    final Vm vm;
    final Goroutine g;
    /** null for the nil interface. */
    final RType t;
    final long addr;
    final boolean inline;
    final long word;
    final boolean canIface;
    /** The interface data word this value came from (avoids re-boxing for method calls), or 0. */
    final long dataWord;

    private MemValue(Vm vm, Goroutine g, RType t, long addr, boolean inline, long word, boolean canIface, long dataWord) {
        this.vm = vm; this.g = g; this.t = t; this.addr = addr; this.inline = inline; this.word = word;
        this.canIface = canIface; this.dataWord = dataWord;
    }

    /** The dynamic value of an interface (type word, data word); the nil interface gives Kind INVALID. */
    public static MemValue ofIface(Vm vm, Goroutine g, long typ, long data) {
        return ofIface(vm, g, typ, data, true);
    }

    static MemValue ofIface(Vm vm, Goroutine g, long typ, long data, boolean canIface) {
        if (typ == 0) return new MemValue(vm, g, null, 0, false, 0, canIface, 0);
        RType t = vm.typeAt(typ);
        if (t.isDirectIface()) return new MemValue(vm, g, t, 0, true, data, canIface, data);
        return new MemValue(vm, g, t, data, false, 0, canIface, data);
    }

    /** A value of type t stored at addr. */
    public static MemValue at(Vm vm, Goroutine g, RType t, long addr) {
        return new MemValue(vm, g, t, addr, false, 0, true, 0);
    }

    /** The operands of a {@code ...any} parameter: the slice (ptr, len) of 16-byte interfaces. */
    public static GoValue[] ofAnySlice(Vm vm, Goroutine g, long ptr, long len) {
        GoValue[] out = new GoValue[(int) len];
        for (int i = 0; i < len; i++) out[i] = ofIface(vm, g, vm.mem.getLong(ptr + 16L * i), vm.mem.getLong(ptr + 16L * i + 8));
        return out;
    }

    private MemValue child(RType ct, long off, boolean ci) {
        if (inline) return new MemValue(vm, g, ct, 0, true, word, ci, 0);
        return new MemValue(vm, g, ct, addr + off, false, 0, ci, 0);
    }

    private Memory m() { return vm.mem; }
    private long w0() { return inline ? word : m().getLong(addr); }

    @Override public Kind kind() { return t == null ? Kind.INVALID : KINDS[t.kind.ordinal()]; }
    @Override public String typeString() { return t == null ? "<nil>" : t.name; }
    @Override public long typeId() { return t == null ? 0 : t.addr; }
    @Override public boolean boolValue() { return m().getByte(addr) != 0; }

    @Override public long intValue() {
        switch (t.kind) {
            case INT8: return m().getByte(addr);
            case INT16: return m().getShort(addr);
            case INT32: return m().getInt(addr);
            case UINT8: case BOOL: return m().getByte(addr) & 0xFFL;
            case UINT16: return m().getShort(addr) & 0xFFFFL;
            case UINT32: return m().getInt(addr) & 0xFFFFFFFFL;
            default: return w0();
        }
    }

    @Override public long uintValue() {
        switch (t.kind) {
            case INT8: case UINT8: case BOOL: return m().getByte(addr) & 0xFFL;
            case INT16: case UINT16: return m().getShort(addr) & 0xFFFFL;
            case INT32: case UINT32: return m().getInt(addr) & 0xFFFFFFFFL;
            default: return w0();
        }
    }

    @Override public double floatValue() {
        return t.kind == glassgo.runtime.types.Kind.FLOAT32 ? Float.intBitsToFloat(m().getInt(addr)) : Double.longBitsToDouble(m().getLong(addr));
    }

    @Override public double real() {
        return t.kind == glassgo.runtime.types.Kind.COMPLEX64 ? Float.intBitsToFloat(m().getInt(addr)) : Double.longBitsToDouble(m().getLong(addr));
    }

    @Override public double imag() {
        return t.kind == glassgo.runtime.types.Kind.COMPLEX64 ? Float.intBitsToFloat(m().getInt(addr + 4)) : Double.longBitsToDouble(m().getLong(addr + 8));
    }

    @Override public byte[] stringBytes() { return vm.stringBytes(m().getLong(addr), m().getLong(addr + 8)); }

    @Override public int len() {
        switch (t.kind) {
            case STRING: case SLICE: return (int) m().getLong(addr + 8);
            case ARRAY: return (int) t.len;
            case MAP: case CHAN: { long p = w0(); return p == 0 ? 0 : (int) m().getLong(p); }
            default: return 0;
        }
    }

    @Override public GoValue index(int i) {
        if (t.kind == glassgo.runtime.types.Kind.SLICE) return new MemValue(vm, g, t.elem, m().getLong(addr) + i * t.elem.size, false, 0, canIface, 0);
        return child(t.elem, i * t.elem.size, canIface);
    }

    @Override public int numField() { return t.fields.length; }
    @Override public String fieldName(int i) { return t.fields[i].name(); }

    @Override public GoValue field(int i) {
        StructField f = t.fields[i];
        return child(f.type(), f.offset(), canIface && f.exported());
    }

    @Override public boolean isNil() {
        switch (t.kind) {
            case SLICE: case INTERFACE: return m().getLong(addr) == 0;
            default: return w0() == 0;
        }
    }

    @Override public long pointer() { return w0(); }

    @Override public GoValue elem() {
        if (t.kind == glassgo.runtime.types.Kind.POINTER) return new MemValue(vm, g, t.elem, w0(), false, 0, canIface, 0);
        if (t.kind == glassgo.runtime.types.Kind.INTERFACE) return ofIface(vm, g, m().getLong(addr), m().getLong(addr + 8), canIface);
        throw new IllegalStateException("elem of " + t.name);
    }

    @Override public GoValue[][] mapEntries() {
        long[][] es = Maps.entries(vm, w0(), t);
        GoValue[][] out = new GoValue[es.length][];
        for (int i = 0; i < es.length; i++) {
            out[i] = new GoValue[]{new MemValue(vm, g, t.key, es[i][0], false, 0, canIface, 0), new MemValue(vm, g, t.elem, es[i][1], false, 0, canIface, 0)};
        }
        return out;
    }

    @Override public boolean canInterface() { return canIface; }

    @Override public boolean hasMethod(String name) {
        return t != null && Methods.findByKey(vm, t, methodKey(name)) >= 0;
    }

    /** The key of the method fmt looks for: Format of fmt.Formatter, else {@code name() string}. */
    private static String methodKey(String name) {
        return name.equals("Format") ? Methods.FORMAT : Methods.stringMethod(name);
    }

    @Override public Kind elemKind() {
        if (t != null && (t.kind == glassgo.runtime.types.Kind.SLICE || t.kind == glassgo.runtime.types.Kind.ARRAY)) return KINDS[t.elem.kind.ordinal()];
        return Kind.INVALID;
    }

    /** The interface data word for this value (boxing a copy when it is not pointer-shaped). */
    long toDataWord() {
        if (dataWord != 0 || inline) return inline ? word : dataWord;
        if (t.isDirectIface()) return m().getLong(addr);
        if (t.size == 0) return vm.zerobase;
        long box = vm.malloc(t.size, t, t.ptrdata != 0);
        Values.typedmemmove(vm, t, box, addr);
        return box;
    }

    @Override public byte[] callStringMethod(String name) {
        int fid = Methods.findByKey(vm, t, methodKey(name));
        if (fid < 0) throw new IllegalStateException("glassgo: internal error: " + t.name + " has no method " + name);
        long dw = toDataWord();
        try {
            return Printing.callStringMethod(vm, g, fid, dw);
        } catch (GoPanic p) {
            boolean nilRecv = t.kind == glassgo.runtime.types.Kind.POINTER && dw == 0;
            byte[] text = nilRecv ? new byte[0] : Printer.sprint(ofIface(vm, g, p.typ, p.data));
            throw new MethodPanic(text, nilRecv);
        }
    }

    private static final java.util.Map<Vm, Integer> CALL_FORMAT =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    /** The function id of fmt.callFormat (std/fmt/fmt.go), or -1 when fmt is not in the program. */
    private static int callFormatId(Vm vm) {
        return CALL_FORMAT.computeIfAbsent(vm, v -> {
            for (var f : v.prog.funcs) if ("fmt.callFormat".equals(f.name)) return f.id;
            return -1;
        });
    }

    @Override public byte[] callFormat(int verb, int wid, int prec, int flags) {
        int fid = callFormatId(vm);
        if (fid < 0 || t == null) return null;
        long dw = toDataWord();
        int base = vm.scratchBase(g);
        long[] r = vm.regs(g);
        r[base] = t.addr; r[base + 1] = dw; r[base + 2] = verb; r[base + 3] = wid; r[base + 4] = prec; r[base + 5] = flags;
        vm.callFuncFromNative(g, fid, base);
        r = vm.regs(g);
        // results: out string (2 words), ok bool, panicked bool, pv any (2 words)
        if (r[base + 2] == 0) return null;
        byte[] out = vm.stringBytes(r[base], r[base + 1]);
        if (r[base + 3] != 0) {
            boolean nilRecv = t.kind == glassgo.runtime.types.Kind.POINTER && dw == 0;
            long pt = r[base + 4], pd = r[base + 5];
            byte[] text = nilRecv ? new byte[0] : Printer.sprint(ofIface(vm, g, pt, pd));
            throw new MethodPanic(text, nilRecv, out);
        }
        return out;
    }

    @Override public String toString() { return "MemValue(" + typeString() + ")"; }
}
