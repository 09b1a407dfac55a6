package glassgo.compiler.code;

/**
 * One compiled Go function: its code, constants and frame layout.
 *
 * <p>Frame layout: registers {@code [0, frameSize)} relative to the frame base. Parameters occupy
 * the first {@code paramWords} registers in declaration order (receiver first); on return the
 * results occupy the first {@code resultWords} registers. Registers that may hold pointers are
 * marked in {@code ptrRegs} (one bit per register, the same kind for the whole function), so a
 * collector can scan a frame precisely. {@code frameMem} bytes of the goroutine's flat-memory stack
 * hold the function's in-memory locals (struct and array values, call temporaries).
 */
public final class FuncProto {
    public final int id;
    /** Go's qualified name as tracebacks print it: {@code main.main}, {@code main.(*T).M}, {@code main.f.func1}. */
    public final String name;
    public final String file;
    public int[] code;
    /** Source line per code word (same length as code). */
    public int[] lines;
    public long[] consts;
    public int paramWords;
    public int resultWords;
    public int frameSize;
    public long frameMem;
    public long[] ptrRegs = new long[0];
    /**
     * Words of frame memory that may hold pointers (one bit per 8-byte word from the frame-memory
     * base): the stack-object map stack growth uses to adjust pointers into the old stack that
     * frame memory holds (e.g. a stack struct holding the address of another stack variable).
     */
    public long[] memPtrs = new long[0];
    /** pc of the epilogue a recovered panic resumes at (copies named results to R[0..] and returns). */
    public int recoverPc = -1;
    /** first source line (the func keyword). */
    public int line;
    /** Native index when the function has no body (a Java native), else -1. */
    public int nativeIndex = -1;

    public FuncProto(int id, String name, String file) { this.id = id; this.name = name; this.file = file; }

    /** Frame header bytes per call on the goroutine stack (return address + saved frame pointer, as amd64). */
    public static final int FRAME_HEADER = 16;

    /**
     * Bytes this function's frame occupies on its goroutine's stack: header, one word per
     * register (Go keeps those locals and spill slots in the frame) and the frame memory.
     */
    public long stackFrameBytes() { return FRAME_HEADER + 8L * frameSize + frameMem; }

    public boolean isMemPtr(int word) { int w = word >>> 6; return w < memPtrs.length && (memPtrs[w] & (1L << word)) != 0; }

    public boolean isPtrReg(int r) { int w = r >>> 6; return w < ptrRegs.length && (ptrRegs[w] & (1L << r)) != 0; }

    @Override public String toString() { return name; }
}
