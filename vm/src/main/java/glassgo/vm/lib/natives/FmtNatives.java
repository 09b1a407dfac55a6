package glassgo.vm.lib.natives;

import glassgo.vm.interp.MemValue;
import glassgo.vm.interp.Natives;
import glassgo.vm.interp.Natives.Native;
import glassgo.vm.lib.fmt.GoValue;
import glassgo.vm.lib.fmt.Printer;

import java.util.Map;

/**
 * fmt's natives (std/fmt/fmt.go): Sprint, Sprintln, Sprintf and errorf, formatting with the Java
 * {@link Printer} over {@link MemValue}s of the {@code ...any} operands. Printing may call Go
 * Error()/String() methods, which can grow the register stack: registers are re-read afterwards.
 */
public final class FmtNatives {
    private FmtNatives() {}

    public static void register(Map<String, Native> m) {
        m.put("fmt.Sprint", (vm, g, base) -> {
            long[] r = vm.regs(g);
            GoValue[] a = MemValue.ofAnySlice(vm, g, r[base], r[base + 1]);
            byte[] s = Printer.sprint(a);
            Natives.setStr(vm, vm.regs(g), base, s);
        });
        m.put("fmt.Sprintln", (vm, g, base) -> {
            long[] r = vm.regs(g);
            GoValue[] a = MemValue.ofAnySlice(vm, g, r[base], r[base + 1]);
            byte[] s = Printer.sprintln(a);
            Natives.setStr(vm, vm.regs(g), base, s);
        });
        m.put("fmt.Sprintf", (vm, g, base) -> {
            long[] r = vm.regs(g);
            byte[] format = Natives.str(vm, r, base);
            GoValue[] a = MemValue.ofAnySlice(vm, g, r[base + 2], r[base + 3]);
            byte[] s = Printer.sprintf(format, a);
            Natives.setStr(vm, vm.regs(g), base, s);
        });
        m.put("fmt.errorf", (vm, g, base) -> {
            long[] r = vm.regs(g);
            byte[] format = Natives.str(vm, r, base);
            GoValue[] a = MemValue.ofAnySlice(vm, g, r[base + 2], r[base + 3]);
            Printer.Wrapped w = Printer.sprintfWrap(format, a);
            r = vm.regs(g);
            Natives.setStr(vm, r, base, w.text());
            r[base + 2] = w.wrappedIndex();
        });
    }
}
