package glassgo.vm.interp;

import glassgo.runtime.types.RType;

import java.util.Map;

/**
 * Dynamic method lookup: (dynamic type, global method id) → function id, from
 * {@code Program.methods}, with a small direct-mapped cache (entries are immutable objects, so
 * concurrent goroutines may race on a slot harmlessly).
 */
public final class Methods {
    private Methods() {}

    record Entry(RType type, int mid, int fid) {}

    /** A CALLI cache entry: dynamic type descriptor address, method id, function id. */
    record CallEntry(long typ, int mid, int fid) {}

    /** Slots of each VM's cache (Vm.methodCache; a static cache kept finished VMs alive). */
    static final int CACHE_SIZE = 1024;

    /** The function implementing method {@code methodId} for values of dynamic type {@code t}. */
    public static int lookup(Vm vm, RType t, int methodId) {
        int slot = (System.identityHashCode(t) * 31 + methodId) & (CACHE_SIZE - 1);
        Entry[] cache = vm.methodCache;
        Entry e = cache[slot];
        if (e != null && e.type == t && e.mid == methodId) return e.fid;
        int fid = find(vm, t, methodId);
        if (fid < 0) {
            String name = methodId >= 0 && methodId < vm.prog.methodNames.size() ? vm.prog.methodNames.get(methodId) : "#" + methodId;
            throw new IllegalStateException("glassgo: internal error: type " + (t == null ? "nil" : t.name) + " has no method " + name);
        }
        cache[slot] = new Entry(t, methodId, fid);
        return fid;
    }

    /**
     * CALLI's lookup: the function implementing method {@code methodId} for the dynamic type whose
     * descriptor is at {@code typ} (non-zero). Keyed by the address itself, so a hit costs one
     * entry load and two compares (no RType lookup, no boxing); misses go through {@link #lookup}.
     */
    static int lookupCall(Vm vm, long typ, int methodId) {
        int slot = (int) ((typ >>> 3) * 0x9E3779B1L + methodId) & (CACHE_SIZE - 1);
        CallEntry[] cache = vm.callCache;
        CallEntry e = cache[slot];
        if (e != null && e.typ == typ && e.mid == methodId) return e.fid;
        int fid = lookup(vm, vm.typeAt(typ), methodId);
        cache[slot] = new CallEntry(typ, methodId, fid);
        return fid;
    }

    /** The function id, or -1 if the type has no such method. */
    public static int find(Vm vm, RType t, int methodId) {
        if (t == null) return -1;
        Map<Integer, Integer> m = vm.prog.methods.get(t);
        if (m == null) return -1;
        Integer f = m.get(methodId);
        return f == null ? -1 : f;
    }

    /** Key of the method {@code name() string} (Error, String, GoString: error, fmt.Stringer, fmt.GoStringer). */
    public static String stringMethod(String name) { return name + " func() string"; }

    /** Key of fmt.Formatter's method. */
    public static final String FORMAT = "Format func(fmt.State, int32)";

    /** The function id of the method with this key (Program.methodIds: name and type), or -1. */
    public static int findByKey(Vm vm, RType t, String key) {
        Integer mid = vm.prog.methodIds.get(key);
        return mid == null ? -1 : find(vm, t, mid);
    }
}
