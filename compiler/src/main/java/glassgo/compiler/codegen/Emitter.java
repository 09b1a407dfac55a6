package glassgo.compiler.codegen;

import glassgo.compiler.code.Op;

import java.util.Arrays;

/** A growable code buffer with a parallel line table and forward-jump patching. */
final class Emitter {
    int[] code = new int[256];
    int[] lines = new int[256];
    int n;
    int line;

    int emit(int op, int... args) {
        if (args.length != Op.LEN[op]) throw new IllegalStateException("bad operand count for " + Op.NAME[op]);
        ensure(1 + args.length);
        int at = n;
        code[n] = op; lines[n++] = line;
        for (int a : args) { code[n] = a; lines[n++] = line; }
        return at;
    }

    private void ensure(int k) {
        if (n + k > code.length) { code = Arrays.copyOf(code, (n + k) * 2); lines = Arrays.copyOf(lines, (n + k) * 2); }
    }

    /** Emits a jump whose offset is patched later; returns the patch handle (instruction start). */
    int jump(int op, int... regs) {
        int[] a = Arrays.copyOf(regs, regs.length + 1);
        return emit(op, a);
    }

    void patch(int at) { patchTo(at, n); }

    void patchTo(int at, int target) { code[at + Op.LEN[code[at]]] = target - at; }

    void jumpTo(int op, int target, int... regs) {
        int at = jump(op, regs);
        patchTo(at, target);
    }

    int[] code() { return Arrays.copyOf(code, n); }
    int[] lines() { return Arrays.copyOf(lines, n); }
}
