package glassgo.vm.lib.natives;

import glassgo.runtime.mem.Memory;
import glassgo.vm.interp.Natives.Native;


/**
 * internal/bytealg's natives (std/internal/bytealg/bytealg.go): what Go 1.19 does in amd64
 * assembly (compare, count, equal, indexbyte, index). Arguments: a slice is (ptr, len, cap), a
 * string (ptr, len), a byte one word.
 */
public final class BytealgNatives {
    private BytealgNatives() {}

    static int compare(Memory m, long a, long na, long b, long nb) {
        long n = Math.min(na, nb);
        for (long i = 0; i < n; i++) {
            int x = m.getByte(a + i) & 0xFF, y = m.getByte(b + i) & 0xFF;
            if (x != y) return x < y ? -1 : 1;
        }
        return Long.compare(na, nb) < 0 ? -1 : na == nb ? 0 : 1;
    }

    static long count(Memory m, long p, long n, byte c) {
        long k = 0;
        for (long i = 0; i < n; i++) if (m.getByte(p + i) == c) k++;
        return k;
    }

    static long indexByte(Memory m, long p, long n, byte c) {
        for (long i = 0; i < n; i++) if (m.getByte(p + i) == c) return i;
        return -1;
    }

    static long index(Memory m, long a, long na, long b, long nb) {
        if (nb == 0) return 0;
        if (nb > na) return -1;
        byte first = m.getByte(b);
        outer:
        for (long i = 0; i + nb <= na; i++) {
            if (m.getByte(a + i) != first) continue;
            for (long j = 1; j < nb; j++) if (m.getByte(a + i + j) != m.getByte(b + j)) continue outer;
            return i;
        }
        return -1;
    }

    /**
     * The native named {@code nativeName}, or null if this class has none. Only the native asked for
     * is created: evaluating a lambda the first time links its call site, which a run pays for
     * every native it binds (and start-up paid for all of them when they were registered eagerly).
     */
    public static Native lookup(String nativeName) {
        switch (nativeName) {
            case "internal/bytealg.Compare":
                return (vm, g, base) -> {
                    long[] r = vm.regs(g);
                    r[base] = compare(vm.mem, r[base], r[base + 1], r[base + 3], r[base + 4]);
                };
            case "internal/bytealg.Count":
                return (vm, g, base) -> {
                    long[] r = vm.regs(g);
                    r[base] = count(vm.mem, r[base], r[base + 1], (byte) r[base + 3]);
                };
            case "internal/bytealg.CountString":
                return (vm, g, base) -> {
                    long[] r = vm.regs(g);
                    r[base] = count(vm.mem, r[base], r[base + 1], (byte) r[base + 2]);
                };
            case "internal/bytealg.Equal":
                return (vm, g, base) -> {
                    long[] r = vm.regs(g);
                    r[base] = r[base + 1] == r[base + 4] && compare(vm.mem, r[base], r[base + 1], r[base + 3], r[base + 4]) == 0 ? 1 : 0;
                };
            case "internal/bytealg.IndexByte":
                return (vm, g, base) -> {
                    long[] r = vm.regs(g);
                    r[base] = indexByte(vm.mem, r[base], r[base + 1], (byte) r[base + 3]);
                };
            case "internal/bytealg.IndexByteString":
                return (vm, g, base) -> {
                    long[] r = vm.regs(g);
                    r[base] = indexByte(vm.mem, r[base], r[base + 1], (byte) r[base + 2]);
                };
            case "internal/bytealg.Index":
                return (vm, g, base) -> {
                    long[] r = vm.regs(g);
                    r[base] = index(vm.mem, r[base], r[base + 1], r[base + 3], r[base + 4]);
                };
            case "internal/bytealg.IndexString":
                return (vm, g, base) -> {
                    long[] r = vm.regs(g);
                    r[base] = index(vm.mem, r[base], r[base + 1], r[base + 2], r[base + 3]);
                };
            default:
                return null;
        }
    }
}
