package glassgo.vm.interp;

import glassgo.runtime.RuntimeErrorException;
import glassgo.runtime.mem.Memory;
import glassgo.runtime.types.Kind;
import glassgo.runtime.types.RType;

import java.util.Map;

/**
 * Interface conversions, assertions and comparison (runtime/iface.go and the compiler's dataWord).
 * An interface is two registers: the dynamic type descriptor's address (0 for nil) and the data
 * word (the value itself for pointer-shaped types, else a pointer to a box holding a copy).
 * Non-empty interfaces use the same layout (no itabs).
 */
public final class Ifaces {
    private Ifaces() {}

    /** MKIFACE: R[a..a+1] = interface holding the value of type t in R[b..] (struct/array: at address R[b]). */
    static void convT(Vm vm, long[] r, int a, int b, RType t) {
        r[a + 1] = dataWord(vm, t, r, b);
        r[a] = t.addr;
    }

    /** Go's dataWord: the interface data word for a value of type t held in registers R[b..]. */
    public static long dataWord(Vm vm, RType t, long[] r, int b) {
        Memory m = vm.mem;
        boolean inMem = t.kind == Kind.STRUCT || t.kind == Kind.ARRAY;
        if (t.isDirectIface()) return inMem ? m.getLong(r[b]) : r[b];
        if (t.size == 0) return vm.zerobase;
        // bool/byte-sized integers: &staticuint64s[v]
        Kind sole = soleKind(t);
        if (sole == Kind.BOOL || (t.size == 1 && isInteger(sole))) {
            long v = inMem ? (m.getByte(r[b]) & 0xFFL) : (r[b] & 0xFFL);
            return vm.staticUint64s + v * 8;
        }
        // convT16 / convT32 / convT64: value < 256 → &staticuint64s[v]
        if (t.ptrdata == 0 && (t.size == 2 || t.size == 4 || t.size == 8) && t.align == t.size) {
            long v;
            if (inMem) {
                long p = r[b];
                v = t.size == 2 ? m.getShort(p) & 0xFFFFL : t.size == 4 ? m.getInt(p) & 0xFFFFFFFFL : m.getLong(p);
            } else if (t.kind == Kind.FLOAT32) {
                v = Float.floatToRawIntBits((float) Double.longBitsToDouble(r[b])) & 0xFFFFFFFFL;
            } else {
                v = t.size == 2 ? r[b] & 0xFFFFL : t.size == 4 ? r[b] & 0xFFFFFFFFL : r[b];
            }
            if (v >= 0 && v < 256) return vm.staticUint64s + v * 8;
            long x = vm.malloc(t.size, t, false);
            if (t.size == 2) m.putShort(x, (short) v); else if (t.size == 4) m.putInt(x, (int) v); else m.putLong(x, v);
            return x;
        }
        if (sole == Kind.STRING) {
            long len = inMem ? m.getLong(r[b] + 8) : r[b + 1];
            if (len == 0) return vm.zeroVal;
        } else if (sole == Kind.SLICE) {
            long ptr = inMem ? m.getLong(r[b]) : r[b];
            if (ptr == 0) return vm.zeroVal;
        }
        long x = vm.malloc(t.size, t, t.ptrdata != 0);
        Values.storeRegs(vm, t, x, r, b);
        return x;
    }

    private static boolean isInteger(Kind k) {
        switch (k) {
            case INT: case INT8: case INT16: case INT32: case INT64:
            case UINT: case UINT8: case UINT16: case UINT32: case UINT64: case UINTPTR: return true;
            default: return false;
        }
    }

    /** The kind of t's sole component (struct with one field / array of one element, recursively). */
    private static Kind soleKind(RType t) {
        while (true) {
            if (t.kind == Kind.STRUCT && t.fields.length == 1) t = t.fields[0].type();
            else if (t.kind == Kind.ARRAY && t.len == 1) t = t.elem;
            else return t.kind;
        }
    }

    /** Loads the dynamic value (type t, data word) into R[a..] by t's register representation. */
    public static void loadFromData(Vm vm, RType t, long data, long[] r, int a) {
        if (t.isDirectIface()) {
            if (t.kind == Kind.STRUCT || t.kind == Kind.ARRAY) {
                long box = vm.malloc(t.size, t, true);
                vm.mem.putLong(box, data);
                r[a] = box;
            } else r[a] = data;
            return;
        }
        Values.loadRegs(vm, t, data, r, a);
    }

    private static String staticName(Vm vm, int c) {
        int ti = c >> 1;
        return ti >= 0 && ti < vm.prog.types.size() ? vm.type(ti).name : "interface {}";
    }

    /** ASSERT: x.(T) for a concrete T; c bit0 = comma-ok, c&gt;&gt;1 = type index of x's static interface type. */
    static void assertE(Vm vm, long[] r, int a, int b, RType t, int c) {
        long typ = r[b], data = r[b + 1];
        boolean commaOk = (c & 1) != 0;
        int w = Values.words(t);
        if (typ == t.addr && typ != 0) {
            loadFromData(vm, t, data, r, a);
            if (commaOk) r[a + w] = 1;
            return;
        }
        if (commaOk) {
            for (int i = 0; i < w; i++) r[a + i] = 0;
            if (t.kind == Kind.STRUCT || t.kind == Kind.ARRAY) r[a] = t.size <= 1024 ? vm.zeroVal : vm.malloc(t.size, t, true);
            r[a + w] = 0;
            return;
        }
        String inter = staticName(vm, c);
        if (typ == 0) throw vm.typeAssertionError("interface conversion: " + inter + " is nil, not " + t.name);
        RType dyn = vm.typeAt(typ);
        String msg = "interface conversion: " + inter + " is " + dyn.name + ", not " + t.name;
        if (dyn.name.equals(t.name)) msg += " (types from different scopes)";
        throw vm.typeAssertionError(msg);
    }

    /** ASSERTI: x.(I) for an interface type I. */
    static void assertI(Vm vm, long[] r, int a, int b, RType iface, int c) {
        long typ = r[b], data = r[b + 1];
        boolean commaOk = (c & 1) != 0;
        String missing = typ == 0 ? null : missingMethod(vm, vm.typeAt(typ), iface);
        if (typ != 0 && missing == null) {
            r[a] = typ; r[a + 1] = data;
            if (commaOk) r[a + 2] = 1;
            return;
        }
        if (commaOk) { r[a] = 0; r[a + 1] = 0; r[a + 2] = 0; return; }
        if (typ == 0) throw vm.typeAssertionError("interface conversion: interface is nil, not " + iface.name);
        throw vm.typeAssertionError("interface conversion: " + vm.typeAt(typ).name + " is not " + iface.name + ": missing method " + missing);
    }

    private record ImplKey(RType dyn, RType iface) {}
    /** Per-VM method-set answers; weak in the VM, so finished programs (tests run many) are freed. */
    private static final Map<Vm, Map<ImplKey, String>> IMPL =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());
    private static final String OK = "";

    /** The name of the first method (in the interface's sorted order) dyn lacks, or null if dyn implements iface. */
    public static String missingMethod(Vm vm, RType dyn, RType iface) {
        if (iface.emptyIface) return null;
        Map<ImplKey, String> impl = IMPL.computeIfAbsent(vm, v -> new java.util.concurrent.ConcurrentHashMap<>());
        String res = impl.computeIfAbsent(new ImplKey(dyn, iface), k -> {
            int[] mids = vm.prog.ifaceMethods.get(iface);
            if (mids == null) return OK;
            Map<Integer, Integer> ms = vm.prog.methods.get(dyn);
            for (int mid : mids) {
                if (ms == null || !ms.containsKey(mid)) return vm.prog.methodName(mid);
            }
            return OK;
        });
        return res.isEmpty() ? null : res;
    }

    /** IEQ: interface equality (efaceeq); uncomparable dynamic types panic. */
    static boolean equal(Vm vm, long[] r, int a, int b) {
        long ta = r[a], tb = r[b];
        if (ta != tb) return false;
        if (ta == 0) return true;
        try {
            return vm.alg.ifaceEqual(vm.mem, ta, r[a + 1], tb, r[b + 1]);
        } catch (RuntimeErrorException e) {
            throw vm.runtimeError(e.goMessage);
        }
    }
}
