package glassgo.runtime;

/**
 * A Go run-time error raised inside the runtime (Go's {@code runtime.Error}, an {@code errorString}):
 * the VM turns it into a Go panic whose value prints as {@link #goError()}, e.g.
 * {@code panic: runtime error: hash of unhashable type []int}.
 *
 * <p>{@link #goMessage} is the text after {@code "runtime error: "}, exactly as Go's
 * {@code errorString} holds it. Like {@link glassgo.runtime.mem.MemoryFault} it carries no Java
 * stack trace: it is an ordinary Go-level event, not an internal failure.
 */
public class RuntimeErrorException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The message without the {@code runtime error: } prefix. */
    public final String goMessage;

    public RuntimeErrorException(String goMessage) {
        super("runtime error: " + goMessage, null, false, false);
        this.goMessage = goMessage;
    }

    /** What Go's {@code Error()} returns: {@code "runtime error: " + goMessage}. */
    public String goError() {
        return "runtime error: " + goMessage;
    }
}
