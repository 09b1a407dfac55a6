package glassgo.runtime.debug;

/**
 * Go's {@code throw}: a broken runtime invariant (a glassgo bug, or a Go-level fatal such as
 * {@code found pointer to free object}). Never recoverable by Go code; the VM prints
 * {@code fatal error: <message>} and exits with status 2. Distinct from Go panics
 * ({@link glassgo.runtime.RuntimeErrorException}).
 */
public final class Throw extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private Throw(String message) {
        super(message);
    }

    /** Creates the error to throw: {@code throw Throw.fatal("bad sweepgen in refill")}. */
    public static Throw fatal(String message) {
        return new Throw(message);
    }

    /** The line Go prints: {@code fatal error: <message>}. */
    public String goLine() {
        return "fatal error: " + getMessage();
    }
}
