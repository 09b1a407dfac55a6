package glassgo.vm.lib.natives;

import glassgo.runtime.types.Kind;
import glassgo.runtime.types.RType;
import glassgo.vm.interp.Natives;
import glassgo.vm.interp.Natives.Native;

import java.util.Map;

/**
 * sort's natives (std/sort/sort.go). {@code sliceLen} is implemented. {@code swapper} must return
 * a Go func value that swaps two elements of any slice; the VM has no way yet for a native to
 * create a native closure (natives receive no closure context), so it stays unbound and panics
 * "glassgo: native sort.swapper is not implemented" until the VM offers one.
 */
public final class SortNatives {
    private SortNatives() {}

    public static void register(Map<String, Native> m) {
        m.put("sort.sliceLen", (vm, g, base) -> {
            long[] r = vm.regs(g);
            long typ = r[base], data = r[base + 1];
            RType t = vm.typeAt(typ);
            if (t == null || t.kind != Kind.SLICE) {
                throw Natives.panicString(vm, "reflect: call of reflect.Value.Len on " + (t == null ? "zero" : t.kind.goName()) + " Value");
            }
            r[base] = vm.mem.getLong(data + 8);
        });
    }
}
