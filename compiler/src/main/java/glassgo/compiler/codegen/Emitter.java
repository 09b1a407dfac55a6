package glassgo.compiler.codegen;

import glassgo.compiler.code.Op;

import java.util.Arrays;

/**
 * A growable code buffer with a parallel line table, forward-jump patching, and a small peephole
 * for register moves.
 *
 * <p>Peephole invariant: an instruction may be rewritten or removed only if no jump can land
 * between it and the end of the code. Every position a jump may target is taken through
 * {@link #here()} or created by {@link #patch}/{@link #patchTo}, which record it in
 * {@code label}; the peephole touches only instructions starting at or after {@code label}.
 */
final class Emitter {
    int[] code = new int[256];
    int[] lines = new int[256];
    private int n;
    int line;
    /** Start positions of the instructions emitted so far, in order ({@code nInsn} of them). */
    private int[] starts = new int[64];
    private int nInsn;
    /** Highest position that is (or may become) a jump target. */
    private int label;

    int emit(int op, int... args) {
        if (args.length != Op.LEN[op]) throw new IllegalStateException("bad operand count for " + Op.NAME[op]);
        ensure(1 + args.length);
        int at = n;
        code[n] = op; lines[n++] = line;
        for (int a : args) { code[n] = a; lines[n++] = line; }
        if (nInsn == starts.length) starts = Arrays.copyOf(starts, nInsn * 2);
        starts[nInsn++] = at;
        return at;
    }

    private void ensure(int k) {
        if (n + k > code.length) { code = Arrays.copyOf(code, (n + k) * 2); lines = Arrays.copyOf(lines, (n + k) * 2); }
    }

    /** The current position, as a jump target (a label: the peephole will not merge across it). */
    int here() { label = n; return n; }

    /** The current position, for size or distance computations only (never a jump target). */
    int size() { return n; }

    /** Emits a jump whose offset is patched later; returns the patch handle (instruction start). */
    int jump(int op, int... regs) {
        int[] a = Arrays.copyOf(regs, regs.length + 1);
        return emit(op, a);
    }

    void patch(int at) { patchTo(at, here()); }

    void patchTo(int at, int target) {
        if (target == n) label = n;
        code[at + Op.LEN[code[at]]] = target - at;
    }

    void jumpTo(int op, int target, int... regs) {
        int at = jump(op, regs);
        patchTo(at, target);
    }

    int[] code() { return Arrays.copyOf(code, n); }
    int[] lines() { return Arrays.copyOf(lines, n); }

    // ------------------------------------------------------------------ peephole

    /** Start of the last instruction if the peephole may touch it, else -1. */
    private int last() {
        if (nInsn == 0) return -1;
        int s = starts[nInsn - 1];
        return s >= label ? s : -1;
    }

    private void dropLast() {
        n = starts[--nInsn];
    }

    /** Number of registers an op writes starting at its first operand when that is all it does to registers, else 0. */
    private static int pureDestWords(int op) {
        switch (op) {
            case Op.MOV: case Op.LDI: case Op.LDK:
            case Op.ADD: case Op.SUB: case Op.MUL: case Op.AND: case Op.OR: case Op.XOR: case Op.ANDNOT:
            case Op.SHL: case Op.SHR: case Op.SHRU: case Op.NEG: case Op.COM: case Op.ADDI: case Op.MULI: case Op.EXT:
            case Op.EQ: case Op.NE: case Op.LT: case Op.LE: case Op.LTU: case Op.LEU: case Op.NOT:
            case Op.FADD: case Op.FSUB: case Op.FMUL: case Op.FDIV: case Op.FNEG: case Op.FEQ: case Op.FNE: case Op.FLT: case Op.FLE:
            case Op.F32: case Op.I2F: case Op.U2F: case Op.F2I: case Op.F2U: case Op.FSQRT:
            case Op.LD8S: case Op.LD8U: case Op.LD16S: case Op.LD16U: case Op.LD32S: case Op.LD32U: case Op.LD64: case Op.LDF32:
            case Op.LEA: case Op.FRAME: case Op.SLEN: case Op.CTX: case Op.GADDR: case Op.IDX: case Op.IDXK: case Op.TADDR:
            case Op.LDX8U: case Op.LDX64:
                return 1;
            case Op.MOV2: case Op.SLIT:
                return 2;
            case Op.MOV3:
                return 3;
            default:
                return 0;
        }
    }

    /**
     * Emits {@code dst = src} for w words where the value in {@code src} is dead afterwards (a
     * temporary): the instruction that just computed it is retargeted to write {@code dst}
     * directly, and an immediately preceding dead write of {@code dst} (ZERO/LDI/LDK) is dropped.
     */
    void moveTemp(int dst, int src, int w) {
        if (dst == src) return;
        dropDeadWrite(dst, src, w);
        int s = last();
        if (s >= 0 && pureDestWords(code[s]) == w && code[s + 1] == src
                && !((code[s] == Op.MOV2 || code[s] == Op.MOV3) && overlaps(code[s + 2], dst, w))) {
            code[s + 1] = dst;
            return;
        }
        move(dst, src, w);
    }

    /** Emits {@code dst = src} for w words (src stays live). */
    void move(int dst, int src, int w) {
        if (dst == src) return;
        dropDeadWrite(dst, src, w);
        switch (w) {
            case 1 -> emit(Op.MOV, dst, src);
            case 2 -> emit(Op.MOV2, dst, src);
            case 3 -> emit(Op.MOV3, dst, src);
            default -> emit(Op.MOVN, dst, src, w);
        }
    }

    /** Drops the last instruction if it only writes registers [dst, dst+w) without reading any (about to be overwritten). */
    private void dropDeadWrite(int dst, int src, int w) {
        int s = last();
        if (s < 0) return;
        int op = code[s];
        if (op != Op.ZERO && op != Op.LDI && op != Op.LDK) return;
        int a = code[s + 1], k = op == Op.ZERO ? code[s + 2] : 1;
        boolean dead = a >= dst && a + k <= dst + w && !(a < src + w && src < a + k);
        if (dead) dropLast();
    }

    private static boolean overlaps(int a, int b, int w) { return a < b + w && b < a + w; }
}
