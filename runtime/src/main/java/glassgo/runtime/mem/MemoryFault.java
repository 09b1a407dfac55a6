package glassgo.runtime.mem;

/**
 * A load or store touched an address that is not mapped (Go: SIGSEGV). The VM turns it into
 * Go's {@code panic: runtime error: invalid memory address or nil pointer dereference}.
 *
 * <p>Thrown on the interpreter's hot path when a Go program dereferences nil, so it carries no
 * Java stack trace ({@link #fillInStackTrace()} is a no-op) and is cheap to create.
 */
public final class MemoryFault extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The faulting address (Go prints it as {@code addr=0x...} in the signal line). */
    public final long addr;

    public MemoryFault(long addr) {
        super(null, null, false, false);
        this.addr = addr;
    }

    @Override
    public String getMessage() {
        return "unexpected fault address 0x" + Long.toHexString(addr);
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
