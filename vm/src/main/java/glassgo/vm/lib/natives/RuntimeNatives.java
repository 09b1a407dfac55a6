package glassgo.vm.lib.natives;

import glassgo.runtime.heap.MemStats;
import glassgo.runtime.mem.Memory;
import glassgo.vm.interp.Natives;
import glassgo.vm.interp.Natives.Native;


/** runtime natives: KeepAlive, Gosched, NumGoroutine, NumCPU, GOMAXPROCS, ReadMemStats, panicwrap; GC reports that no collector exists yet. */
public final class RuntimeNatives {
    private RuntimeNatives() {}

    /** Offsets of Go 1.19's runtime.MemStats (std/runtime/mstats.go; checked by testdata/run/memstats_layout1.go). */
    static final long PAUSE_NS = 24 * 8, PAUSE_END = PAUSE_NS + 256 * 8, NUM_GC = PAUSE_END + 256 * 8,
            NUM_FORCED_GC = NUM_GC + 4, GC_CPU_FRACTION = NUM_GC + 8, ENABLE_GC = GC_CPU_FRACTION + 8,
            DEBUG_GC = ENABLE_GC + 1, BY_SIZE = ENABLE_GC + 8, BY_SIZE_ENTRY = 24, SIZE = BY_SIZE + 61 * BY_SIZE_ENTRY;

    /**
     * The native named {@code nativeName}, or null if this class has none. Only the native asked for
     * is created: evaluating a lambda the first time links its call site, which a run pays for
     * every native it binds (and start-up paid for all of them when they were registered eagerly).
     */
    public static Native lookup(String nativeName) {
        switch (nativeName) {
            case "runtime.KeepAlive":
                return (vm, g, base) -> { };
            case "runtime.Gosched":
                return (vm, g, base) -> { };
            // goroutines do not run yet, so main is the only one
            case "runtime.NumGoroutine":
                return (vm, g, base) -> vm.regs(g)[base] = 1;
            case "runtime.NumCPU":
                return (vm, g, base) -> vm.regs(g)[base] = Runtime.getRuntime().availableProcessors();
            case "runtime.GOMAXPROCS":
                return (vm, g, base) -> {
                    long[] r = vm.regs(g);
                    long prev = vm.gomaxprocs;
                    if (r[base] > 0) vm.gomaxprocs = (int) r[base];
                    r[base] = prev;
                };
            case "runtime.GC":
                return (vm, g, base) -> {
                    throw Natives.panicString(vm, "glassgo: runtime.GC is not implemented yet (glassgo has no garbage collector yet)");
                };
            // (glassgo's wrappers pass the message; Go's panicwrap derives it from its caller's name)
            case "runtime.panicwrap":
                return (vm, g, base) -> { throw vm.plainError(Natives.jstr(vm, vm.regs(g), base)); };
            case "runtime.ReadMemStats":
                return (vm, g, base) -> {
                    long p = vm.regs(g)[base];
                    // Go dereferences m only after stopping the world; a nil m faults the same way.
                    if (p == 0) vm.mem.putLong(0, 0);
                    write(vm.mem, p, vm.heap.readMemStats());
                };
            default:
                return null;
        }
    }

    /** Stores s into the Go struct at p, field by field in Go's order. */
    static void write(Memory mem, long p, MemStats s) {
        long[] words = {s.Alloc, s.TotalAlloc, s.Sys, s.Lookups, s.Mallocs, s.Frees, s.HeapAlloc, s.HeapSys,
                s.HeapIdle, s.HeapInuse, s.HeapReleased, s.HeapObjects, s.StackInuse, s.StackSys, s.MSpanInuse,
                s.MSpanSys, s.MCacheInuse, s.MCacheSys, s.BuckHashSys, s.GCSys, s.OtherSys, s.NextGC, s.LastGC,
                s.PauseTotalNs};
        for (int i = 0; i < words.length; i++) mem.putLong(p + 8L * i, words[i]);
        for (int i = 0; i < 256; i++) {
            mem.putLong(p + PAUSE_NS + 8L * i, s.PauseNs[i]);
            mem.putLong(p + PAUSE_END + 8L * i, s.PauseEnd[i]);
        }
        mem.putInt(p + NUM_GC, s.NumGC);
        mem.putInt(p + NUM_FORCED_GC, s.NumForcedGC);
        mem.putLong(p + GC_CPU_FRACTION, Double.doubleToRawLongBits(s.GCCPUFraction));
        mem.putByte(p + ENABLE_GC, (byte) (s.EnableGC ? 1 : 0));
        mem.putByte(p + DEBUG_GC, (byte) (s.DebugGC ? 1 : 0));
        for (int i = 0; i < MemStats.BY_SIZE; i++) {
            long e = p + BY_SIZE + BY_SIZE_ENTRY * i;
            mem.putInt(e, s.BySize[i].Size);
            mem.putLong(e + 8, s.BySize[i].Mallocs);
            mem.putLong(e + 16, s.BySize[i].Frees);
        }
    }
}
