package glassgo.vm.lib.natives;

import glassgo.runtime.types.Kind;
import glassgo.runtime.types.RType;
import glassgo.vm.interp.Natives;
import glassgo.vm.interp.Natives.Native;

import java.util.Map;

/**
 * sort's natives (std/sort/sort.go): {@code sliceLen} (reflect's Len on any slice) and
 * {@code swapElems} (the element swap behind reflectlite.Swapper; pointer words are stored
 * through the VM's one pointer-store entry, the write barrier's home).
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
        m.put("sort.swapElems", (vm, g, base) -> {
            long[] r = vm.regs(g);
            RType t = vm.typeAt(r[base]);
            long hdr = r[base + 1], i = r[base + 2], j = r[base + 3];
            RType et = t.elem;
            long p = vm.mem.getLong(hdr), size = et.size;
            long a = p + i * size, b = p + j * size;
            if (size % 8 == 0) {
                for (long w = 0; w < size / 8; w++) {
                    long x = vm.mem.getLong(a + 8 * w), y = vm.mem.getLong(b + 8 * w);
                    if (w * 8 < et.ptrdata && et.ptrWord(w)) { Natives.writePointer(vm, a + 8 * w, y); Natives.writePointer(vm, b + 8 * w, x); }
                    else { vm.mem.putLong(a + 8 * w, y); vm.mem.putLong(b + 8 * w, x); }
                }
            } else {
                for (long k = 0; k < size; k++) {
                    byte x = vm.mem.getByte(a + k), y = vm.mem.getByte(b + k);
                    vm.mem.putByte(a + k, y); vm.mem.putByte(b + k, x);
                }
            }
        });
    }
}
