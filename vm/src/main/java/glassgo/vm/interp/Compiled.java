package glassgo.vm.interp;

import glassgo.compiler.code.Op;

/**
 * A Go function translated to JVM bytecode by {@link Jit}: one generated subclass per function,
 * whose {@link #run} executes the goroutine's top frame from its saved pc until the frame calls,
 * returns or otherwise changes frames, and then returns to the {@link Interp} driver. Go calls
 * therefore never recurse on the Java stack, exactly as in the interpreter; compiled and
 * interpreted frames share the register file, the frame records and the pc numbering, so the
 * driver can switch a frame between the two at any resume point.
 *
 * <p>The static methods are the out-of-line parts of instructions that generated code calls
 * (one place for each, shared with nothing else so the generated code stays small).
 */
abstract class Compiled {
    /** The top frame changed (call, return, safepoint, frame-pushing slow op): dispatch again. */
    static final int CONTINUE = 0;
    /** The frame at the driver's stop depth returned: leave the driver. 1, so that generated code can return Vm.frameReturn's boolean as it is. */
    static final int STOP = 1;
    /** The saved pc is not a resume point of the compiled code: interpret the frame instead. */
    static final int NOT_ENTRY = 2;

    /** Runs the top frame of g (depth g.depth, pc g.fPc[g.depth]); returns CONTINUE, STOP or NOT_ENTRY. */
    abstract int run(Interp in, Goroutine g, int stopDepth);

    /**
     * The exception generated code passes on: a runtime package's RuntimeErrorException from an
     * instruction called directly (Jit.emitDirect) becomes the Go panic Vm.slowOp would have made.
     */
    static Throwable goError(Throwable t, Vm vm) {
        if (t instanceof glassgo.runtime.RuntimeErrorException e) return vm.runtimeError(e);
        return t;
    }

    /** NEW: a zeroed object of type t (its size read at run time). */
    static long newobject(Vm vm, glassgo.runtime.types.RType t) {
        return vm.malloc(t.size, t, true);
    }

    /** A safepoint: the frame resumes at pc. */
    static void safepoint(Vm vm, Goroutine g, int d, int pc) {
        g.fPc[d] = pc;
        vm.safepoint(g);
    }

    /** A slow instruction of an inlined callee (function fid, at pc, registers at bp) run for frame d. */
    static void slowIn(Vm vm, Goroutine g, int d, int fid, int pc, int bp, int op) {
        vm.slowOp(g, d, vm.funcs[fid], pc, bp, op);
    }

    /** The register file covers at least need words (inlined callees' windows lie beyond the frame). */
    static void ensureRegs(Goroutine g, int need) {
        if (g.regs.length < need) g.growRegs(need);
    }

    /**
     * A panic or fault inside an inlined callee: the callee gets the frame it would have had
     * (the caller's pc saved as the return address), so that the traceback and the panic
     * sequence see it.
     */
    static void pushInlined(Vm vm, Goroutine g, int savePc, int fid, int nbp) {
        g.fPc[g.depth] = savePc;
        vm.pushFrame(g, vm.funcs[fid], nbp, 0L, Frame.NORMAL);
    }

    /** The faulting pc of the innermost frame pushed by {@link #pushInlined}. */
    static void topPc(Goroutine g, int pc) {
        g.fPc[g.depth] = pc;
    }

    /**
     * An instruction the compiled code leaves to {@link Vm#slowOp}. Returns true when the frame
     * simply continues with the next instruction (same depth, pc advanced), false when frames
     * changed (the driver must dispatch).
     */
    static boolean slow(Vm vm, Goroutine g, int d, int op, int pc) {
        g.fPc[d] = pc;
        vm.slowOp(g, op);
        return g.depth == d && g.fPc[d] == pc + Op.LEN[op] + 1;
    }
}
