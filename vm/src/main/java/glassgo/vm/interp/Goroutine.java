package glassgo.vm.interp;

import glassgo.compiler.code.FuncProto;

/**
 * A goroutine: a register stack, a call stack and a flat-memory stack, all plain data the
 * scheduler can park and resume. Go calls never recurse on the Java stack: a call pushes a
 * frame record here and the interpreter loop continues.
 *
 * <p>Invariants: {@code regs} covers every live frame ({@code fBp[d] + fn.frameSize}); the
 * flat-memory stack grows downwards from {@code stackHi}; {@code fMem[d]} is the base of frame
 * d's in-memory locals; a frame's defers are the records on {@code defers} whose {@code depth}
 * equals the frame's depth.
 */
public final class Goroutine {
    public final long id;
    long[] regs = new long[1024];

    // call stack, index = depth (0 = bottom)
    int depth = -1;
    FuncProto[] fFn = new FuncProto[64];
    int[] fPc = new int[64];
    int[] fBp = new int[64];
    int[] fKind = new int[64];
    long[] fCtx = new long[64];
    long[] fSp = new long[64];   // flat-memory sp at frame entry (restored on return)
    long[] fMem = new long[64];  // base of the frame's in-memory locals

    // flat-memory stack
    long stackLo, stackHi, sp;

    // defers and panics
    DeferRecord defers;
    PanicRecord panic;

    public Goroutine(long id) { this.id = id; }

    void growFrames() {
        int n = fFn.length * 2;
        fFn = java.util.Arrays.copyOf(fFn, n); fPc = java.util.Arrays.copyOf(fPc, n); fBp = java.util.Arrays.copyOf(fBp, n);
        fKind = java.util.Arrays.copyOf(fKind, n); fCtx = java.util.Arrays.copyOf(fCtx, n); fSp = java.util.Arrays.copyOf(fSp, n);
        fMem = java.util.Arrays.copyOf(fMem, n);
    }

    /** Grows the register stack by half again (not doubling: a million-frame recursion's array is large). */
    void growRegs(int need) {
        int n = regs.length;
        while (n < need) n += n >> 1;
        regs = java.util.Arrays.copyOf(regs, n);
    }

    /**
     * A pending deferred call: the func value and its evaluated argument words ({@code ptrs}: one
     * bit per word that may hold a pointer, so stack growth can adjust pointers into the stack).
     * {@code heapRecord} is the address of the heap {@code _defer} object of a defer in a loop
     * (returned to the VM's defer pool when the call runs), 0 for a stack-allocated record.
     */
    static final class DeferRecord {
        final int depth; long fn; final long[] args; final long ptrs; final long heapRecord; final DeferRecord next;
        DeferRecord(int depth, long fn, long[] args, long ptrs, long heapRecord, DeferRecord next) {
            this.depth = depth; this.fn = fn; this.args = args; this.ptrs = ptrs; this.heapRecord = heapRecord; this.next = next;
        }

        void adjust(long lo, long hi, long delta) {
            if (fn >= lo && fn < hi) fn += delta;
            for (int i = 0; i < args.length && i < 64; i++) {
                if ((ptrs & (1L << i)) != 0 && args[i] >= lo && args[i] < hi) args[i] += delta;
            }
        }
    }

    /** A panic in progress; {@code link} is the older panic it interrupted. */
    static final class PanicRecord {
        final long typ, data; final boolean fault; final PanicRecord link;
        boolean recovered, aborted;
        /** depth of the deferred call currently run for this panic (recover is valid only there). */
        int deferDepth = -1;
        /** depth of the frame whose deferred call is running (recovery resumes that frame's epilogue). */
        int deferFrame = -1;
        PanicRecord(long typ, long data, boolean fault, PanicRecord link) { this.typ = typ; this.data = data; this.fault = fault; this.link = link; }
    }
}
