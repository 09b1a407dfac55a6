package glassgo.vm.lib.fmt;

/**
 * Thrown by {@link GoValue#callStringMethod} when the Go Error()/String() method panicked.
 * {@code panicText} is the panic value already formatted with %v; {@code nilReceiver}
 * is true when the receiver was a nil pointer (fmt then prints {@code <nil>}); {@code partial}
 * is what a Format method had written before it panicked (empty for Error()/String()).
 */
public final class MethodPanic extends RuntimeException {
  public final byte[] panicText;
  public final boolean nilReceiver;
  public final byte[] partial;

  public MethodPanic(byte[] panicText, boolean nilReceiver) {
    this(panicText, nilReceiver, new byte[0]);
  }

  public MethodPanic(byte[] panicText, boolean nilReceiver, byte[] partial) {
    super(new String(panicText, java.nio.charset.StandardCharsets.UTF_8), null, false, false);
    this.panicText = panicText;
    this.nilReceiver = nilReceiver;
    this.partial = partial;
  }
}
