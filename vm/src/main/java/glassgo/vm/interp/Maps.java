package glassgo.vm.interp;

import glassgo.runtime.RuntimeErrorException;
import glassgo.runtime.maps.FastRand;
import glassgo.runtime.maps.HMap;
import glassgo.runtime.heap.MCache;
import glassgo.runtime.maps.MapFatal;
import glassgo.runtime.maps.MapPanic;
import glassgo.runtime.maps.MapTrace;
import glassgo.runtime.maps.MapType;
import glassgo.runtime.maps.PointerStore;
import glassgo.runtime.types.RType;

/**
 * Bridges the map opcodes to the runtime's {@link HMap} (Go 1.19's hashmap in flat memory) and
 * turns its Java exceptions into Go panics / fatal errors.
 */
public final class Maps {
    private Maps() {}

    /** Per-VM map state, kept in the VM itself (a static map keyed by the VM kept every finished VM alive). */
    private record State(HMap h, MCache alloc) {}

    /** The HMap instance of this VM (created on first use). */
    public static HMap hmap(Vm vm) { return state(vm).h; }

    static MCache allocator(Vm vm) { return state(vm).alloc; }

    private static State state(Vm vm) {
        Object o = vm.mapsState;
        if (o != null) return (State) o;
        synchronized (vm) {
            if (vm.mapsState != null) return (State) vm.mapsState;
            Vm v = vm;
            HMap h = new HMap(v.mem, v.registry, v.alg, new FastRand(), mapTrace(v));
            h.setPointerStore(new PointerStore() {
                @Override public void typedmemmove(RType t, long dst, long src) { Values.typedmemmove(v, t, dst, src); }
                @Override public void storePointer(long slot, long value) { v.writePointer(slot, value); }
                @Override public void memclrHasPointers(long addr, long n) { v.mem.clear(addr, n); }
            });
            State s = new State(h, v.mcache);
            vm.mapsState = s;
            return s;
        }
    }

    /**
     * GLASSDEBUG=maptrace (read with the heap's other debug switches): narration goes to the
     * program's stderr, after flushing its stdout so the lines interleave as they happened.
     */
    private static MapTrace mapTrace(Vm v) {
        if (v.heap.debug().maptrace == 0) return MapTrace.OFF;
        java.io.OutputStream o = new java.io.OutputStream() {
            @Override public void write(int b) { write(new byte[]{(byte) b}, 0, 1); }
            @Override public void write(byte[] b, int off, int len) { v.stdout.flush(); v.stderr.write(b, off, len); v.stderr.flush(); }
        };
        return new MapTrace(true, new java.io.PrintStream(o, true, java.nio.charset.StandardCharsets.UTF_8));
    }

    private static RuntimeException translate(Vm vm, RuntimeException e) {
        if (e instanceof MapPanic) {
            MapPanic p = (MapPanic) e;
            return p.plainError ? vm.plainError(p.goMessage) : vm.runtimeError(p.goMessage);
        }
        if (e instanceof RuntimeErrorException) return vm.runtimeError(((RuntimeErrorException) e).goMessage);
        if (e instanceof MapFatal) { vm.fatal(((MapFatal) e).goMessage); }
        return e;
    }

    /** MKMAP: make(map[K]V, hint). */
    static long make(Vm vm, RType mapType, long hint) {
        State s = state(vm);
        try {
            return s.h.makemap(s.alloc, s.h.maptype(mapType), hint);
        } catch (MapPanic | RuntimeErrorException | MapFatal e) { throw translate(vm, e); }
    }

    /** MKMAPS: make(map[K]V, hint) that does not escape: hmap (and bucket, if any) on the stack. */
    static long makeAt(Vm vm, RType mapType, long hint, long h, long bucket) {
        State s = state(vm);
        try {
            return s.h.makemapAt(s.alloc, s.h.maptype(mapType), hint, h, bucket);
        } catch (MapPanic | RuntimeErrorException | MapFatal e) { throw translate(vm, e); }
    }

    /*
     * MAPGET, MAPSET and MAPDEL come in cmd/compile's three families (walk's mapfast, see
     * MapType.mapfast): get/set/delete choose by the map type for the interpreter; the JIT calls
     * the family's own method (get64, setStr, ...) chosen once from the instruction's type operand.
     * The key operand is always the address of the key; the fast families load its words here.
     */

    /** MAPGET: R[a] = address of the elem (or a zero value), R[a+1] = found. */
    static void get(Vm vm, long[] r, int a, long m, RType mapType, long key) {
        switch (MapType.mapfast(mapType)) {
            case MapType.FAST64: get64(vm, r, a, m, mapType, key); return;
            case MapType.FASTSTR: getStr(vm, r, a, m, mapType, key); return;
            default: break;
        }
        State s = state(vm);
        try {
            MapType t = s.h.maptype(mapType);
            found(r, a, t, s.h.mapaccess2(t, m, key));
        } catch (MapPanic | RuntimeErrorException | MapFatal e) { throw translate(vm, e); }
    }

    /** MAPGET of a {@link MapType#FAST64} map (mapaccess2_fast64). */
    static void get64(Vm vm, long[] r, int a, long m, RType mapType, long key) {
        State s = state(vm);
        try {
            MapType t = s.h.maptype(mapType);
            found(r, a, t, s.h.mapaccess2_fast64(t, m, vm.mem.getLong(key)));
        } catch (MapFatal e) { throw translate(vm, e); }
    }

    /** MAPGET of a {@link MapType#FASTSTR} map (mapaccess2_faststr). */
    static void getStr(Vm vm, long[] r, int a, long m, RType mapType, long key) {
        State s = state(vm);
        try {
            MapType t = s.h.maptype(mapType);
            found(r, a, t, s.h.mapaccess2_faststr(t, m, vm.mem.getLong(key), vm.mem.getLong(key + 8)));
        } catch (MapFatal e) { throw translate(vm, e); }
    }

    private static void found(long[] r, int a, MapType t, long e) {
        if (e == 0) { r[a] = t.zeroVal(); r[a + 1] = 0; }
        else { r[a] = e; r[a + 1] = 1; }
    }

    /** MAPSET: the address of the elem slot for key (inserted if absent). */
    static long set(Vm vm, long m, RType mapType, long key) {
        switch (MapType.mapfast(mapType)) {
            case MapType.FAST64: return set64(vm, m, mapType, key);
            case MapType.FASTSTR: return setStr(vm, m, mapType, key);
            default: break;
        }
        State s = state(vm);
        try {
            if (m == 0) throw vm.plainError("assignment to entry in nil map");
            return s.h.mapassign(s.alloc, s.h.maptype(mapType), m, key);
        } catch (MapPanic | RuntimeErrorException | MapFatal e) { throw translate(vm, e); }
    }

    /** MAPSET of a {@link MapType#FAST64} map (mapassign_fast64). */
    static long set64(Vm vm, long m, RType mapType, long key) {
        State s = state(vm);
        try {
            if (m == 0) throw vm.plainError("assignment to entry in nil map");
            return s.h.mapassign_fast64(s.alloc, s.h.maptype(mapType), m, vm.mem.getLong(key));
        } catch (MapPanic | MapFatal e) { throw translate(vm, e); }
    }

    /** MAPSET of a {@link MapType#FASTSTR} map (mapassign_faststr). */
    static long setStr(Vm vm, long m, RType mapType, long key) {
        State s = state(vm);
        try {
            if (m == 0) throw vm.plainError("assignment to entry in nil map");
            return s.h.mapassign_faststr(s.alloc, s.h.maptype(mapType), m, vm.mem.getLong(key), vm.mem.getLong(key + 8));
        } catch (MapPanic | MapFatal e) { throw translate(vm, e); }
    }

    /** MAPDEL: delete(m, key). */
    static void delete(Vm vm, long m, RType mapType, long key) {
        switch (MapType.mapfast(mapType)) {
            case MapType.FAST64: del64(vm, m, mapType, key); return;
            case MapType.FASTSTR: delStr(vm, m, mapType, key); return;
            default: break;
        }
        State s = state(vm);
        try {
            s.h.mapdelete(s.alloc, s.h.maptype(mapType), m, key);
        } catch (MapPanic | RuntimeErrorException | MapFatal e) { throw translate(vm, e); }
    }

    /** MAPDEL of a {@link MapType#FAST64} map (mapdelete_fast64). */
    static void del64(Vm vm, long m, RType mapType, long key) {
        State s = state(vm);
        try {
            s.h.mapdelete_fast64(s.alloc, s.h.maptype(mapType), m, vm.mem.getLong(key));
        } catch (MapFatal e) { throw translate(vm, e); }
    }

    /** MAPDEL of a {@link MapType#FASTSTR} map (mapdelete_faststr). */
    static void delStr(Vm vm, long m, RType mapType, long key) {
        State s = state(vm);
        try {
            s.h.mapdelete_faststr(s.alloc, s.h.maptype(mapType), m, vm.mem.getLong(key), vm.mem.getLong(key + 8));
        } catch (MapFatal e) { throw translate(vm, e); }
    }

    /** MAPITER: mapiterinit(T, m, hiter at it). */
    static void iterInit(Vm vm, long it, long m, RType mapType) {
        State s = state(vm);
        try {
            s.h.mapiterinit(s.alloc, s.h.maptype(mapType), m, it);
        } catch (MapPanic | RuntimeErrorException | MapFatal e) { throw translate(vm, e); }
    }

    /** MAPNEXT: mapiternext(it). */
    static void iterNext(Vm vm, long it) {
        State s = state(vm);
        try {
            s.h.mapiternext(it);
        } catch (MapPanic | RuntimeErrorException | MapFatal e) { throw translate(vm, e); }
    }

    /** All (key address, elem address) pairs of map m (for fmt), in iteration order. */
    public static long[][] entries(Vm vm, long m, RType mapType) {
        if (m == 0) return new long[0][];
        State s = state(vm);
        MapType t = s.h.maptype(mapType);
        long it = vm.malloc(HMap.HITER_SIZE, t.hiter, true);
        java.util.ArrayList<long[]> out = new java.util.ArrayList<>();
        s.h.mapiterinit(s.alloc, t, m, it);
        while (s.h.iterKey(it) != 0) {
            out.add(new long[]{s.h.iterKey(it), s.h.iterElem(it)});
            s.h.mapiternext(t, it);
        }
        return out.toArray(new long[0][]);
    }
}
