package glassgo.vm.interp;

import glassgo.compiler.code.FuncProto;
import glassgo.compiler.code.Op;
import glassgo.runtime.mem.Memory;
import glassgo.runtime.mem.MemoryFault;

/**
 * The interpreter loop: one {@code switch} over {@code int[]} code, kept small enough for HotSpot
 * to compile (hot ops inline, everything else in {@link Vm} helpers — the analogue of Lua's
 * Protect). Go calls push a frame on the goroutine and continue the loop; they never recurse on
 * the Java stack. Registers are read from {@code r[bp + operand]}.
 *
 * <p>Invariant: the locals {@code fn, code, pc, bp} describe the top frame of {@code g}; any
 * helper that may change frames is followed by reloading them from {@code g}.
 */
public final class Interp {
    final Vm vm;
    private final Memory mem;
    /** The baseline JIT and its per-function code table (null entries: interpreted). */
    final Jit jit;
    private final Compiled[] compiled;
    /** Back-edges left before the interpreter next offers the running function to the JIT. */
    private int osrBudget;

    Interp(Vm vm) {
        this.vm = vm;
        this.mem = vm.mem;
        this.jit = new Jit(vm, jitMode(vm));
        this.compiled = jit.code;
        this.osrBudget = jit.osrInterval();
    }

    /** GLASSDEBUG=jit=N, else the system property glassgo.jit (tests), else 1. */
    private static int jitMode(Vm vm) {
        int m = vm.heap.debug().jit;
        String p = System.getProperty("glassgo.jit");
        if (m == 1 && p != null) {
            try { m = Integer.parseInt(p); } catch (NumberFormatException ignored) { }
        }
        return m;
    }

    /**
     * Thrown (preallocated, no stack trace) when a back-edge finds its function compiled: the
     * frame's pc has been saved at the loop head, and the driver continues there in compiled code.
     */
    private static final class OsrSignal extends RuntimeException {
        static final OsrSignal INSTANCE = new OsrSignal();
        private OsrSignal() { super(null, null, false, false); }
    }

    /** Runs g until the frame at {@code stopDepth} returns. */
    void run(Goroutine g, int stopDepth) {
        for (;;) {
            try {
                if (dispatch(g, stopDepth)) return;
            } catch (OsrSignal s) {
                // continue in the compiled code of the top frame
            } catch (GoPanic p) {
                vm.startPanic(g, p.typ, p.data, p.fault, stopDepth);
            } catch (MemoryFault f) {
                GoPanic p = vm.nilDerefError();
                vm.startPanic(g, p.typ, p.data, true, stopDepth);
            }
        }
    }

    /**
     * The driver: runs the top frame compiled if it has compiled code, else interprets; both
     * return here when frames change. True when the frame at stopDepth has returned.
     */
    private boolean dispatch(Goroutine g, int stopDepth) {
        for (;;) {
            int d = g.depth;
            FuncProto fn = g.fFn[d];
            Compiled c = fn.id >= 0 ? compiled[fn.id] : null;
            if (c == null && g.fPc[d] == 0 && jit.hot(fn)) c = compiled[fn.id];
            if (c != null) {
                int st = c.run(this, g, stopDepth);
                if (st == Compiled.STOP) return true;
                if (st == Compiled.CONTINUE) continue;
            }
            if (loop(g, stopDepth)) return true;
        }
    }

    private boolean jitted(FuncProto f) { return f.id >= 0 && compiled[f.id] != null; }

    /**
     * Interprets from the top frame; returns true when the frame at stopDepth returned, false
     * when the top frame changed to one with compiled code (the driver runs it).
     */
    private boolean loop(Goroutine g, int stopDepth) {
        final Memory mem = this.mem;
        int d = g.depth;
        FuncProto fn = g.fFn[d];
        int[] code = fn.code;
        long[] k = fn.consts;
        int pc = g.fPc[d];
        int bp = g.fBp[d];
        long[] r = g.regs;
        try { // a memory fault (nil dereference) reports the faulting pc in the traceback
        for (;;) {
            int op = code[pc];
            switch (op) {
                case Op.MOV: r[bp + code[pc + 1]] = r[bp + code[pc + 2]]; pc += 3; break;
                case Op.MOV2: { int a = bp + code[pc + 1], b = bp + code[pc + 2]; r[a] = r[b]; r[a + 1] = r[b + 1]; pc += 3; break; }
                case Op.MOV3: { int a = bp + code[pc + 1], b = bp + code[pc + 2]; r[a] = r[b]; r[a + 1] = r[b + 1]; r[a + 2] = r[b + 2]; pc += 3; break; }
                case Op.MOVN: System.arraycopy(r, bp + code[pc + 2], r, bp + code[pc + 1], code[pc + 3]); pc += 4; break;
                case Op.LDI: r[bp + code[pc + 1]] = code[pc + 2]; pc += 3; break;
                case Op.LDK: r[bp + code[pc + 1]] = k[code[pc + 2]]; pc += 3; break;
                case Op.ZERO: { int a = bp + code[pc + 1]; java.util.Arrays.fill(r, a, a + code[pc + 2], 0L); pc += 3; break; }
                case Op.ADD: r[bp + code[pc + 1]] = r[bp + code[pc + 2]] + r[bp + code[pc + 3]]; pc += 4; break;
                case Op.SUB: r[bp + code[pc + 1]] = r[bp + code[pc + 2]] - r[bp + code[pc + 3]]; pc += 4; break;
                case Op.MUL: r[bp + code[pc + 1]] = r[bp + code[pc + 2]] * r[bp + code[pc + 3]]; pc += 4; break;
                case Op.DIV: { long y = r[bp + code[pc + 3]]; if (y == 0) { g.fPc[d] = pc; throw vm.divideError(); } r[bp + code[pc + 1]] = r[bp + code[pc + 2]] / y; pc += 4; break; }
                case Op.REM: { long y = r[bp + code[pc + 3]]; if (y == 0) { g.fPc[d] = pc; throw vm.divideError(); } r[bp + code[pc + 1]] = r[bp + code[pc + 2]] % y; pc += 4; break; }
                case Op.DIVU: { long y = r[bp + code[pc + 3]]; if (y == 0) { g.fPc[d] = pc; throw vm.divideError(); } r[bp + code[pc + 1]] = Long.divideUnsigned(r[bp + code[pc + 2]], y); pc += 4; break; }
                case Op.REMU: { long y = r[bp + code[pc + 3]]; if (y == 0) { g.fPc[d] = pc; throw vm.divideError(); } r[bp + code[pc + 1]] = Long.remainderUnsigned(r[bp + code[pc + 2]], y); pc += 4; break; }
                case Op.AND: r[bp + code[pc + 1]] = r[bp + code[pc + 2]] & r[bp + code[pc + 3]]; pc += 4; break;
                case Op.OR: r[bp + code[pc + 1]] = r[bp + code[pc + 2]] | r[bp + code[pc + 3]]; pc += 4; break;
                case Op.XOR: r[bp + code[pc + 1]] = r[bp + code[pc + 2]] ^ r[bp + code[pc + 3]]; pc += 4; break;
                case Op.ANDNOT: r[bp + code[pc + 1]] = r[bp + code[pc + 2]] & ~r[bp + code[pc + 3]]; pc += 4; break;
                case Op.SHL: { long s = r[bp + code[pc + 3]]; r[bp + code[pc + 1]] = (s < 0 || s >= 64) ? 0 : r[bp + code[pc + 2]] << s; pc += 4; break; }
                case Op.SHR: { long s = r[bp + code[pc + 3]]; r[bp + code[pc + 1]] = r[bp + code[pc + 2]] >> ((s < 0 || s >= 64) ? 63 : s); pc += 4; break; }
                case Op.SHRU: { long s = r[bp + code[pc + 3]]; r[bp + code[pc + 1]] = (s < 0 || s >= 64) ? 0 : r[bp + code[pc + 2]] >>> s; pc += 4; break; }
                case Op.NEG: r[bp + code[pc + 1]] = -r[bp + code[pc + 2]]; pc += 3; break;
                case Op.COM: r[bp + code[pc + 1]] = ~r[bp + code[pc + 2]]; pc += 3; break;
                case Op.ADDI: r[bp + code[pc + 1]] = r[bp + code[pc + 2]] + code[pc + 3]; pc += 4; break;
                case Op.MULI: r[bp + code[pc + 1]] = r[bp + code[pc + 2]] * code[pc + 3]; pc += 4; break;
                case Op.EXT: r[bp + code[pc + 1]] = ext(r[bp + code[pc + 2]], code[pc + 3]); pc += 4; break;
                case Op.SHIFTCHK: if (r[bp + code[pc + 1]] < 0) { g.fPc[d] = pc; throw vm.runtimeError("negative shift amount"); } pc += 2; break;
                case Op.EQ: r[bp + code[pc + 1]] = r[bp + code[pc + 2]] == r[bp + code[pc + 3]] ? 1 : 0; pc += 4; break;
                case Op.NE: r[bp + code[pc + 1]] = r[bp + code[pc + 2]] != r[bp + code[pc + 3]] ? 1 : 0; pc += 4; break;
                case Op.LT: r[bp + code[pc + 1]] = r[bp + code[pc + 2]] < r[bp + code[pc + 3]] ? 1 : 0; pc += 4; break;
                case Op.LE: r[bp + code[pc + 1]] = r[bp + code[pc + 2]] <= r[bp + code[pc + 3]] ? 1 : 0; pc += 4; break;
                case Op.LTU: r[bp + code[pc + 1]] = Long.compareUnsigned(r[bp + code[pc + 2]], r[bp + code[pc + 3]]) < 0 ? 1 : 0; pc += 4; break;
                case Op.LEU: r[bp + code[pc + 1]] = Long.compareUnsigned(r[bp + code[pc + 2]], r[bp + code[pc + 3]]) <= 0 ? 1 : 0; pc += 4; break;
                case Op.NOT: r[bp + code[pc + 1]] = r[bp + code[pc + 2]] ^ 1; pc += 3; break;
                case Op.FADD: r[bp + code[pc + 1]] = Double.doubleToRawLongBits(Double.longBitsToDouble(r[bp + code[pc + 2]]) + Double.longBitsToDouble(r[bp + code[pc + 3]])); pc += 4; break;
                case Op.FSUB: r[bp + code[pc + 1]] = Double.doubleToRawLongBits(Double.longBitsToDouble(r[bp + code[pc + 2]]) - Double.longBitsToDouble(r[bp + code[pc + 3]])); pc += 4; break;
                case Op.FMUL: r[bp + code[pc + 1]] = Double.doubleToRawLongBits(Double.longBitsToDouble(r[bp + code[pc + 2]]) * Double.longBitsToDouble(r[bp + code[pc + 3]])); pc += 4; break;
                case Op.FDIV: r[bp + code[pc + 1]] = Double.doubleToRawLongBits(Double.longBitsToDouble(r[bp + code[pc + 2]]) / Double.longBitsToDouble(r[bp + code[pc + 3]])); pc += 4; break;
                case Op.FNEG: r[bp + code[pc + 1]] = r[bp + code[pc + 2]] ^ Long.MIN_VALUE; pc += 3; break;
                case Op.FEQ: r[bp + code[pc + 1]] = Double.longBitsToDouble(r[bp + code[pc + 2]]) == Double.longBitsToDouble(r[bp + code[pc + 3]]) ? 1 : 0; pc += 4; break;
                case Op.FNE: r[bp + code[pc + 1]] = Double.longBitsToDouble(r[bp + code[pc + 2]]) != Double.longBitsToDouble(r[bp + code[pc + 3]]) ? 1 : 0; pc += 4; break;
                case Op.FLT: r[bp + code[pc + 1]] = Double.longBitsToDouble(r[bp + code[pc + 2]]) < Double.longBitsToDouble(r[bp + code[pc + 3]]) ? 1 : 0; pc += 4; break;
                case Op.FLE: r[bp + code[pc + 1]] = Double.longBitsToDouble(r[bp + code[pc + 2]]) <= Double.longBitsToDouble(r[bp + code[pc + 3]]) ? 1 : 0; pc += 4; break;
                case Op.F32: r[bp + code[pc + 1]] = Double.doubleToRawLongBits((float) Double.longBitsToDouble(r[bp + code[pc + 2]])); pc += 3; break;
                case Op.I2F: r[bp + code[pc + 1]] = Double.doubleToRawLongBits((double) r[bp + code[pc + 2]]); pc += 3; break;
                case Op.U2F: r[bp + code[pc + 1]] = Double.doubleToRawLongBits(Vm.u2f(r[bp + code[pc + 2]])); pc += 3; break;
                case Op.F2I: r[bp + code[pc + 1]] = Vm.f2i(Double.longBitsToDouble(r[bp + code[pc + 2]])); pc += 3; break;
                case Op.F2U: r[bp + code[pc + 1]] = Vm.f2u(Double.longBitsToDouble(r[bp + code[pc + 2]])); pc += 3; break;
                case Op.FSQRT: r[bp + code[pc + 1]] = Double.doubleToRawLongBits(Math.sqrt(Double.longBitsToDouble(r[bp + code[pc + 2]]))); pc += 3; break;
                case Op.JMP: pc = jump(g, d, pc, code[pc + 1]); break;
                case Op.JT: if (r[bp + code[pc + 1]] != 0) pc = jump(g, d, pc, code[pc + 2]); else pc += 3; break;
                case Op.JF: if (r[bp + code[pc + 1]] == 0) pc = jump(g, d, pc, code[pc + 2]); else pc += 3; break;
                case Op.JLT: if (r[bp + code[pc + 1]] < r[bp + code[pc + 2]]) pc = jump(g, d, pc, code[pc + 3]); else pc += 4; break;
                case Op.JGE: if (r[bp + code[pc + 1]] >= r[bp + code[pc + 2]]) pc = jump(g, d, pc, code[pc + 3]); else pc += 4; break;
                case Op.JEQ: if (r[bp + code[pc + 1]] == r[bp + code[pc + 2]]) pc = jump(g, d, pc, code[pc + 3]); else pc += 4; break;
                case Op.JNE: if (r[bp + code[pc + 1]] != r[bp + code[pc + 2]]) pc = jump(g, d, pc, code[pc + 3]); else pc += 4; break;
                case Op.JLTI: if (r[bp + code[pc + 1]] < code[pc + 2]) pc = jump(g, d, pc, code[pc + 3]); else pc += 4; break;
                case Op.JGEI: if (r[bp + code[pc + 1]] >= code[pc + 2]) pc = jump(g, d, pc, code[pc + 3]); else pc += 4; break;
                case Op.JEQI: if (r[bp + code[pc + 1]] == code[pc + 2]) pc = jump(g, d, pc, code[pc + 3]); else pc += 4; break;
                case Op.JNEI: if (r[bp + code[pc + 1]] != code[pc + 2]) pc = jump(g, d, pc, code[pc + 3]); else pc += 4; break;
                case Op.JLTU: if (Long.compareUnsigned(r[bp + code[pc + 1]], r[bp + code[pc + 2]]) < 0) pc = jump(g, d, pc, code[pc + 3]); else pc += 4; break;
                case Op.JGEU: if (Long.compareUnsigned(r[bp + code[pc + 1]], r[bp + code[pc + 2]]) >= 0) pc = jump(g, d, pc, code[pc + 3]); else pc += 4; break;
                case Op.INCLT: { int a = bp + code[pc + 1]; long v = r[a] + code[pc + 2]; r[a] = v; if (v < r[bp + code[pc + 3]]) pc = jump(g, d, pc, code[pc + 4]); else pc += 5; break; }
                case Op.INCLTI: { int a = bp + code[pc + 1]; long v = r[a] + code[pc + 2]; r[a] = v; if (v < code[pc + 3]) pc = jump(g, d, pc, code[pc + 4]); else pc += 5; break; }
                case Op.LD8S: r[bp + code[pc + 1]] = mem.getByte(r[bp + code[pc + 2]] + code[pc + 3]); pc += 4; break;
                case Op.LD8U: r[bp + code[pc + 1]] = mem.getByte(r[bp + code[pc + 2]] + code[pc + 3]) & 0xFFL; pc += 4; break;
                case Op.LD16S: r[bp + code[pc + 1]] = mem.getShort(r[bp + code[pc + 2]] + code[pc + 3]); pc += 4; break;
                case Op.LD16U: r[bp + code[pc + 1]] = mem.getShort(r[bp + code[pc + 2]] + code[pc + 3]) & 0xFFFFL; pc += 4; break;
                case Op.LD32S: r[bp + code[pc + 1]] = mem.getInt(r[bp + code[pc + 2]] + code[pc + 3]); pc += 4; break;
                case Op.LD32U: r[bp + code[pc + 1]] = mem.getInt(r[bp + code[pc + 2]] + code[pc + 3]) & 0xFFFFFFFFL; pc += 4; break;
                case Op.LD64: r[bp + code[pc + 1]] = mem.getLong(r[bp + code[pc + 2]] + code[pc + 3]); pc += 4; break;
                case Op.LDF32: r[bp + code[pc + 1]] = Double.doubleToRawLongBits(Float.intBitsToFloat(mem.getInt(r[bp + code[pc + 2]] + code[pc + 3]))); pc += 4; break;
                case Op.ST8: mem.putByte(r[bp + code[pc + 1]] + code[pc + 2], (byte) r[bp + code[pc + 3]]); pc += 4; break;
                case Op.ST16: mem.putShort(r[bp + code[pc + 1]] + code[pc + 2], (short) r[bp + code[pc + 3]]); pc += 4; break;
                case Op.ST32: mem.putInt(r[bp + code[pc + 1]] + code[pc + 2], (int) r[bp + code[pc + 3]]); pc += 4; break;
                case Op.ST64: mem.putLong(r[bp + code[pc + 1]] + code[pc + 2], r[bp + code[pc + 3]]); pc += 4; break;
                case Op.STF32: mem.putInt(r[bp + code[pc + 1]] + code[pc + 2], Float.floatToRawIntBits((float) Double.longBitsToDouble(r[bp + code[pc + 3]]))); pc += 4; break;
                case Op.STP: vm.writePointer(r[bp + code[pc + 1]] + code[pc + 2], r[bp + code[pc + 3]]); pc += 4; break;
                case Op.LEA: r[bp + code[pc + 1]] = r[bp + code[pc + 2]] + code[pc + 3]; pc += 4; break;
                case Op.FRAME: r[bp + code[pc + 1]] = g.fMem[d] + code[pc + 2]; pc += 3; break;
                case Op.NILCHK: if (r[bp + code[pc + 1]] == 0) { g.fPc[d] = pc; throw vm.nilPanic(); } pc += 2; break;
                case Op.SLEN: r[bp + code[pc + 1]] = r[bp + code[pc + 2] + 1]; pc += 3; break;
                case Op.CTX: r[bp + code[pc + 1]] = mem.getLong(g.fCtx[d] + code[pc + 2]); pc += 3; break;
                case Op.IDX: {
                    int b = bp + code[pc + 2];
                    long i = r[bp + code[pc + 3]], n = r[b + 1];
                    if (Long.compareUnsigned(i, n) >= 0) { g.fPc[d] = pc; throw vm.indexError(i, n); }
                    r[bp + code[pc + 1]] = r[b] + i * code[pc + 4];
                    pc += 5; break;
                }
                case Op.LDX8U: {
                    int b = bp + code[pc + 2];
                    long i = r[bp + code[pc + 3]], n = r[b + 1];
                    if (Long.compareUnsigned(i, n) >= 0) { g.fPc[d] = pc; throw vm.indexError(i, n); }
                    r[bp + code[pc + 1]] = mem.getByte(r[b] + i) & 0xFFL;
                    pc += 4; break;
                }
                case Op.LDX64: {
                    int b = bp + code[pc + 2];
                    long i = r[bp + code[pc + 3]], n = r[b + 1];
                    if (Long.compareUnsigned(i, n) >= 0) { g.fPc[d] = pc; throw vm.indexError(i, n); }
                    r[bp + code[pc + 1]] = mem.getLong(r[b] + (i << 3));
                    pc += 4; break;
                }
                case Op.STX8: {
                    int b = bp + code[pc + 1];
                    long i = r[bp + code[pc + 2]], n = r[b + 1];
                    if (Long.compareUnsigned(i, n) >= 0) { g.fPc[d] = pc; throw vm.indexError(i, n); }
                    mem.putByte(r[b] + i, (byte) r[bp + code[pc + 3]]);
                    pc += 4; break;
                }
                case Op.STX64: {
                    int b = bp + code[pc + 1];
                    long i = r[bp + code[pc + 2]], n = r[b + 1];
                    if (Long.compareUnsigned(i, n) >= 0) { g.fPc[d] = pc; throw vm.indexError(i, n); }
                    mem.putLong(r[b] + (i << 3), r[bp + code[pc + 3]]);
                    pc += 4; break;
                }
                case Op.IDXK: {
                    long i = r[bp + code[pc + 3]], n = code[pc + 5];
                    if (Long.compareUnsigned(i, n) >= 0) { g.fPc[d] = pc; throw vm.indexError(i, n); }
                    r[bp + code[pc + 1]] = r[bp + code[pc + 2]] + i * code[pc + 4];
                    pc += 6; break;
                }
                case Op.GADDR: r[bp + code[pc + 1]] = vm.globalsBase + code[pc + 2]; pc += 3; break;
                case Op.SLIT: { int a = bp + code[pc + 1]; int i = code[pc + 2]; r[a] = vm.stringAddrs[i]; r[a + 1] = vm.stringLens[i]; pc += 3; break; }
                case Op.DEFERRETURN: {
                    if (vm.hasDefers(g, d)) {
                        g.fPc[d] = pc;
                        vm.runDeferOnReturn(g);
                        d = g.depth; fn = g.fFn[d]; code = fn.code; k = fn.consts; pc = g.fPc[d]; bp = g.fBp[d]; r = g.regs;
                        if (jitted(fn)) return false;
                    } else pc += 1;
                    break;
                }
                case Op.POLL: pc += 1; if (vm.preempt) { g.fPc[d] = pc; vm.safepoint(g); } break;
                case Op.CALL: {
                    FuncProto callee = vm.funcs[code[pc + 1]];
                    int nbp = bp + code[pc + 2];
                    g.fPc[d] = pc + 3;
                    if (callee.nativeIndex >= 0) {
                        vm.callNative(g, callee.nativeIndex, nbp);
                        r = g.regs;
                        pc += 3;
                        break;
                    }
                    vm.pushFrame(g, callee, nbp, 0L, Frame.NORMAL);
                    if (jit.hot(callee)) return false;
                    d = g.depth; fn = callee; code = fn.code; k = fn.consts; pc = 0; bp = nbp; r = g.regs;
                    break;
                }
                case Op.RET: {
                    if (vm.frameReturn(g, d, pc, stopDepth)) return true;
                    d = g.depth; fn = g.fFn[d]; code = fn.code; k = fn.consts; pc = g.fPc[d]; bp = g.fBp[d]; r = g.regs;
                    if (jitted(fn)) return false;
                    break;
                }
                default: {
                    g.fPc[d] = pc;
                    vm.slowOp(g, op);
                    if (g.depth != d && g.depth >= stopDepth && jitted(g.fFn[g.depth])) return false;
                    d = g.depth; fn = g.fFn[d]; code = fn.code; k = fn.consts; pc = g.fPc[d]; bp = g.fBp[d]; r = g.regs;
                    if (d < stopDepth) return true;
                    break;
                }
            }
        }
        } catch (MemoryFault f) { g.fPc[d] = pc; throw f; }
    }

    /**
     * A taken jump: pc + off. A backward jump (loop back-edge) counts down a budget; when it runs
     * out, the back-edge is a safepoint and an on-stack-replacement point ({@link #backEdge}), so
     * the preemption flag is polled every {@link Jit#OSR_INTERVAL} back-edges. Kept under 35
     * bytecodes so HotSpot always inlines it.
     */
    private int jump(Goroutine g, int d, int pc, int off) {
        if (off < 0 && --osrBudget < 0) backEdge(g, d, pc + off);
        return pc + off;
    }

    /** A back-edge's slow path: the safepoint, then on-stack replacement if the function is (now) compiled. */
    private void backEdge(Goroutine g, int d, int target) {
        osrBudget = jit.osrInterval();
        if (vm.preempt) { g.fPc[d] = target; vm.safepoint(g); }
        if (jit.hotLoop(g.fFn[d])) { g.fPc[d] = target; throw OsrSignal.INSTANCE; }
    }

    static long ext(long v, int kind) {
        switch (kind) {
            case 1: return (byte) v;
            case 2: return v & 0xFFL;
            case 3: return (short) v;
            case 4: return v & 0xFFFFL;
            case 5: return (int) v;
            case 6: return v & 0xFFFFFFFFL;
            default: return v;
        }
    }
}
