package glassgo.vm.interp;

import glassgo.runtime.types.Kind;
import glassgo.runtime.types.RType;
import glassgo.vm.lib.natives.BuiltinNatives;
import glassgo.vm.lib.natives.BytealgNatives;
import glassgo.vm.lib.natives.ErrorsNatives;
import glassgo.vm.lib.natives.FmtNatives;
import glassgo.vm.lib.natives.MathNatives;
import glassgo.vm.lib.natives.OsNatives;
import glassgo.vm.lib.natives.RuntimeNatives;
import glassgo.vm.lib.natives.SortNatives;
import glassgo.vm.lib.natives.StrconvNatives;
import glassgo.vm.lib.natives.UnicodeNatives;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Binding of body-less Go functions to Java implementations. A native gets its arguments in
 * {@code vm.regs(g)[base...]} (register conventions: string 2 words, slice 3, interface 2,
 * aggregates as the address of a copy) and writes its results back from {@code regs[base]}.
 * Names are {@code pkgpath.Func}, {@code pkgpath.Type.Method} or {@code pkgpath.(*Type).Method}.
 * Unknown names bind to a native that panics {@code glassgo: native X is not implemented}.
 * Each natives class looks its natives up by name in a switch, so a run creates (and links the
 * lambda call sites of) only the natives its program uses.
 */
public final class Natives {
    private Natives() {}

    /** A Java implementation of a Go function. */
    public interface Native {
        void call(Vm vm, Goroutine g, int base);
    }

    /** The native glassgo implements under this name, or null. */
    public static Native lookup(String n) {
        Native f;
        if ((f = BuiltinNatives.lookup(n)) != null) return f;
        if ((f = FmtNatives.lookup(n)) != null) return f;
        if ((f = OsNatives.lookup(n)) != null) return f;
        if ((f = ErrorsNatives.lookup(n)) != null) return f;
        if ((f = MathNatives.lookup(n)) != null) return f;
        if ((f = StrconvNatives.lookup(n)) != null) return f;
        if ((f = UnicodeNatives.lookup(n)) != null) return f;
        if ((f = SortNatives.lookup(n)) != null) return f;
        if ((f = RuntimeNatives.lookup(n)) != null) return f;
        return BytealgNatives.lookup(n);
    }

    /** The natives of a program, by its native names (only these are created: see the classes' lookup). */
    public static Native[] bind(Vm vm, List<String> names) {
        Native[] out = new Native[names.size()];
        for (int i = 0; i < out.length; i++) {
            String n = names.get(i);
            Native f = lookup(n);
            out[i] = f != null ? f : unimplemented(n);
        }
        return out;
    }

    static Native unimplemented(String name) {
        return (vm, g, base) -> { throw panicString(vm, "glassgo: native " + name + " is not implemented"); };
    }

    // ------------------------------------------------------------------ helpers for native implementations

    /** The bytes of the string in R[i..i+1]. */
    public static byte[] str(Vm vm, long[] r, int i) { return vm.stringBytes(r[i], r[i + 1]); }

    public static String jstr(Vm vm, long[] r, int i) { return new String(str(vm, r, i), StandardCharsets.UTF_8); }

    /** Stores a new Go string with these bytes in R[i..i+1]. */
    public static void setStr(Vm vm, long[] r, int i, byte[] b) { r[i] = vm.newString(b); r[i + 1] = b.length; }

    /** A Go panic with a plain string value: {@code panic("msg")}. */
    public static GoPanic panicString(Vm vm, String msg) {
        byte[] b = msg.getBytes(StandardCharsets.UTF_8);
        RType st = stringType(vm);
        long box = vm.malloc(16, st, true);
        vm.mem.putLong(box, vm.newString(b));
        vm.mem.putLong(box + 8, b.length);
        return new GoPanic(st.addr, box, false);
    }

    private static final Map<Vm, RType> STRING_TYPES = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    /** The runtime type descriptor of the predeclared {@code string}. */
    public static RType stringType(Vm vm) {
        return STRING_TYPES.computeIfAbsent(vm, v -> {
            for (RType t : v.prog.types) if (t.kind == Kind.STRING && t.name.equals("string")) return t;
            RType t = RType.string();
            v.registry.register(t);
            return t;
        });
    }

    /** Finds a runtime type of the program by its %T name, or null. */
    public static RType typeNamed(Vm vm, String name) {
        for (RType t : vm.prog.types) if (t.name.equals(name)) return t;
        return null;
    }

    /** Allocates a []string holding these strings; writes (ptr, len, cap) to R[i..i+2]. */
    public static void setStringSlice(Vm vm, long[] r, int i, List<String> xs) {
        int n = xs.size();
        long p = n == 0 ? vm.zerobase : vm.malloc(16L * n, stringType(vm), true);
        for (int k = 0; k < n; k++) {
            byte[] b = xs.get(k).getBytes(StandardCharsets.UTF_8);
            vm.writePointer(p + 16L * k, vm.newString(b));
            vm.mem.putLong(p + 16L * k + 8, b.length);
        }
        r[i] = p; r[i + 1] = n; r[i + 2] = n;
    }

    /** Writes bytes to Go's fd 1/2; returns the count or -1. */
    public static int writeFd(Vm vm, int fd, byte[] b) {
        if (fd == 1) { vm.stdout.write(b, 0, b.length); return b.length; }
        if (fd == 2) { vm.stdout.flush(); vm.stderr.write(b, 0, b.length); vm.stderr.flush(); return b.length; }
        return -1;
    }

    /** Calls a Go func value from a native with argument words; returns the register array and the base of the results. */
    public static int callFunc(Vm vm, Goroutine g, long fnval, long... args) {
        int base = vm.scratchBase(g);
        long[] r = vm.regs(g);
        System.arraycopy(args, 0, r, base, args.length);
        vm.callFromNative(g, fnval, base);
        return base;
    }

    /** Name of the file that holds main.main, base name without ".go" (os.Args[0]). */
    public static String programName(Vm vm) {
        for (var f : vm.prog.funcs) {
            if ("main.main".equals(f.name) && f.file != null) {
                String s = f.file;
                int sl = s.lastIndexOf('/');
                if (sl >= 0) s = s.substring(sl + 1);
                if (s.endsWith(".go")) s = s.substring(0, s.length() - 3);
                return s;
            }
        }
        return "main";
    }

    /** Interface method-set check for natives (errors.As): does dyn implement iface? */
    public static boolean implementsIface(Vm vm, RType dyn, RType iface) {
        return Ifaces.missingMethod(vm, dyn, iface) == null;
    }

    /** Go's typedmemmove for natives. */
    public static void typedmemmove(Vm vm, RType t, long dst, long src) { Values.typedmemmove(vm, t, dst, src); }

    /** Pointer store through the VM's write-barrier entry. */
    public static void writePointer(Vm vm, long slot, long value) { vm.writePointer(slot, value); }

    /** The panic value (typ, data) printed the way Go prints it after "panic: ". */
    public static String panicText(Vm vm, Goroutine g, long typ, long data) { return Printing.panicValue(vm, g, typ, data); }
}
