package glassgo.vm.lib.natives;

import glassgo.vm.interp.Natives.Native;

import java.util.Map;

/** runtime natives that are trivially needed; the rest belong to the VM/GC owner. */
public final class RuntimeNatives {
    private RuntimeNatives() {}

    public static void register(Map<String, Native> m) {
        m.put("runtime.KeepAlive", (vm, g, base) -> { });
        m.put("runtime.Gosched", (vm, g, base) -> { });
        // no collector yet: GC is a no-op until the GC owner binds the real one
        m.put("runtime.GC", (vm, g, base) -> { });
    }
}
