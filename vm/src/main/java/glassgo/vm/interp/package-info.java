/**
 * The interpreter. {@link glassgo.vm.interp.Interp} is the hot loop (one switch over int code,
 * hot opcodes inline) and the driver that alternates it with compiled code; {@link
 * glassgo.vm.interp.Vm} holds the slow paths: calls and frames, defers, panics and recovery,
 * runtime errors with Go's texts, tracebacks, stack growth. {@link glassgo.vm.interp.Jit}
 * translates hot functions to JVM bytecode ({@link glassgo.vm.interp.Compiled} subclasses) that
 * run the same instructions on the same frames; the driver runs a frame compiled whenever its
 * function has code and its pc is a resume point, and interprets it otherwise.
 *
 * <p>Invariants:
 * <ul>
 * <li>Go calls never recurse on the Java stack: a call pushes a frame record on the {@link
 * glassgo.vm.interp.Goroutine} and the loop continues (compiled code returns to the driver, or,
 * for a call of the function by itself, continues in the same JVM activation); natives that call back into Go (fmt's
 * String()/Error(), sort's less) use the one re-entry path, which runs a nested loop until the
 * callee's frame returns.</li>
 * <li>Every Go value lives in the flat address space ({@link glassgo.runtime.mem.Memory}); Java
 * objects only describe frames and defer/panic records.</li>
 * <li>A goroutine's flat-memory stack is contiguous; when it grows, it is copied and every
 * pointer into it (registers per the frames' pointer bitmaps, frame memory per the frames'
 * memory bitmaps, closure contexts, defer records) is adjusted.</li>
 * <li>Goroutine stacks are Go's: 2 KiB at start (_StackMin), doubled (copystack) when a frame
 * would cross stackguard0 = lo + 928, at most 1,000,000,000 bytes (then Go's
 * {@code goroutine stack exceeds 1000000000-byte limit} / {@code fatal error: stack overflow},
 * exit 2). A frame occupies 16 header bytes + 8 per register + its frame memory
 * ({@code FuncProto.stackFrameBytes}): registers live in the Java {@code long[]} but are
 * accounted as Go's spill slots/locals, so recursion depth at overflow and stack sizes are
 * Go-like. A frame being pushed while the stack moves has its context and out-of-window
 * argument words adjusted too. Loop defers take pooled heap {@code _defer} records
 * (newdefer/freedefer); other defers use stack records.</li>
 * <li>The loop polls the preemption flag every {@code Jit.OSR_INTERVAL} back-edges, compiled
 * code at every back-edge (the future scheduler's safepoints); pointer stores into heap/globals go through {@code Vm.writePointer}.</li>
 * </ul>
 */
package glassgo.vm.interp;
