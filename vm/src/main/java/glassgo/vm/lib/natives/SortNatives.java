package glassgo.vm.lib.natives;

import glassgo.runtime.types.Kind;
import glassgo.runtime.types.RType;
import glassgo.vm.interp.Natives;
import glassgo.vm.interp.Natives.Native;


/**
 * sort's natives (std/sort/sort.go): {@code sliceLen} (reflect's Len on any slice) and
 * {@code swapElems} (the element swap behind reflectlite.Swapper; pointer words are stored
 * through the VM's one pointer-store entry, the write barrier's home).
 */
public final class SortNatives {
    private SortNatives() {}

    /**
     * The native named {@code nativeName}, or null if this class has none. Only the native asked for
     * is created: evaluating a lambda the first time links its call site, which a run pays for
     * every native it binds (and start-up paid for all of them when they were registered eagerly).
     */
    public static Native lookup(String nativeName) {
        switch (nativeName) {
            case "sort.sliceLen":
                return (vm, g, base) -> {
                    long[] r = vm.regs(g);
                    long typ = r[base], data = r[base + 1];
                    RType t = vm.typeAt(typ);
                    if (t == null || t.kind != Kind.SLICE) {
                        throw Natives.panicString(vm, "reflect: call of reflect.Value.Len on " + (t == null ? "zero" : t.kind.goName()) + " Value");
                    }
                    r[base] = vm.mem.getLong(data + 8);
                };
            case "sort.swapElems":
                return (vm, g, base) -> {
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
                };
            default:
                return null;
        }
    }
}
