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
    /** pc of the epilogue a recovered panic resumes at (copies named results to R[0..] and returns). */
    public int recoverPc = -1;
    /** first source line (the func keyword). */
    public int line;
    /** Native index when the function has no body (a Java native), else -1. */
    public int nativeIndex = -1;

    public FuncProto(int id, String name, String file) { this.id = id; this.name = name; this.file = file; }

    public boolean isPtrReg(int r) { int w = r >>> 6; return w < ptrRegs.length && (ptrRegs[w] & (1L << r)) != 0; }

    @Override public String toString() { return name; }
}
