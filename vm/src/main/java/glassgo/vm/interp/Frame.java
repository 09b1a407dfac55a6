package glassgo.vm.interp;

/** Kinds of frames on a goroutine's call stack (how a return continues). */
final class Frame {
    private Frame() {}
    /** an ordinary Go call: return to the caller's saved pc. */
    static final int NORMAL = 0;
    /** a deferred call run by RET: on return, re-execute the caller's RET (more defers may be pending). */
    static final int DEFER_RET = 1;
    /** a deferred call run by a panic: on return, continue the panic sequence. */
    static final int DEFER_PANIC = 2;
    /** a call made by a native (re-entry): on return, leave the nested interpreter loop. */
    static final int REENTRY = 3;
}
