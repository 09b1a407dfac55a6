package glassgo.vm.lib.natives;

import glassgo.runtime.types.RType;
import glassgo.vm.interp.MemValue;
import glassgo.vm.interp.Natives;
import glassgo.vm.interp.Natives.Native;
import glassgo.vm.lib.fmt.GoValue;
import glassgo.vm.lib.fmt.Printer;


/**
 * fmt's natives (std/fmt/fmt.go): Sprint, Sprintln, Sprintf and errorf, formatting with the Java
 * {@link Printer} over {@link MemValue}s of the {@code ...any} operands; scanTarget for scan.go. Printing may call Go
 * Error()/String() methods, which can grow the register stack: registers are re-read afterwards.
 */
public final class FmtNatives {
    private FmtNatives() {}

    /**
     * The native named {@code nativeName}, or null if this class has none. Only the native asked for
     * is created: evaluating a lambda the first time links its call site, which a run pays for
     * every native it binds (and start-up paid for all of them when they were registered eagerly).
     */
    public static Native lookup(String nativeName) {
        switch (nativeName) {
            // scanTarget(arg any) (kind, bits int, typ string): what Go's scanOne learns by reflect
            case "fmt.scanTarget":
                return (vm, g, base) -> {
                    long[] r = vm.regs(g);
                    RType t = vm.typeAt(r[base]);
                    int kind, bits = 0;
                    String name = t == null ? "<nil>" : t.name;
                    if (t == null || t.kind != glassgo.runtime.types.Kind.POINTER) {
                        kind = 0; // kNotPointer
                    } else {
                        RType e = t.elem;
                        switch (e.kind) {
                            case BOOL -> kind = 2;
                            case INT, INT8, INT16, INT32, INT64 -> { kind = 3; bits = (int) e.size * 8; }
                            case UINT, UINT8, UINT16, UINT32, UINT64, UINTPTR -> { kind = 4; bits = (int) e.size * 8; }
                            case STRING -> kind = 5;
                            case SLICE -> kind = e.elem.kind == glassgo.runtime.types.Kind.UINT8 ? 6 : 1;
                            case FLOAT32, FLOAT64 -> { kind = 7; bits = (int) e.size * 8; }
                            case COMPLEX64, COMPLEX128 -> { kind = 8; bits = (int) e.size * 8; }
                            default -> kind = 1; // kOther
                        }
                    }
                    r[base] = kind;
                    r[base + 1] = bits;
                    Natives.setStr(vm, r, base + 2, name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                };
            case "fmt.Sprint":
                return sprintOf(Printer::sprint);
            case "fmt.Sprintln":
                return sprintOf(Printer::sprintln);
            case "fmt.Sprintf":
                return (vm, g, base) -> {
                    long[] r = vm.regs(g);
                    byte[] format = Natives.str(vm, r, base);
                    GoValue[] a = MemValue.ofAnySlice(vm, g, r[base + 2], r[base + 3]);
                    byte[] s = Printer.sprintf(format, a);
                    Natives.setStr(vm, vm.regs(g), base, s);
                };
            case "fmt.errorf":
                return (vm, g, base) -> {
                    long[] r = vm.regs(g);
                    byte[] format = Natives.str(vm, r, base);
                    GoValue[] a = MemValue.ofAnySlice(vm, g, r[base + 2], r[base + 3]);
                    Printer.Wrapped w = Printer.sprintfWrap(format, a);
                    r = vm.regs(g);
                    Natives.setStr(vm, r, base, w.text());
                    r[base + 2] = w.wrappedIndex();
                };
            default:
                return null;
        }
    }

    /** fmt.Sprint/Sprintln: format the ...any argument slice with f, return the string. */
    private static Native sprintOf(java.util.function.Function<GoValue[], byte[]> f) {
        return (vm, g, base) -> {
            long[] r = vm.regs(g);
            GoValue[] a = MemValue.ofAnySlice(vm, g, r[base], r[base + 1]);
            byte[] s = f.apply(a);
            Natives.setStr(vm, vm.regs(g), base, s);
        };
    }
}
