package glassgo.vm.lib.fmt;

/**
 * Thrown by {@link GoValue#callStringMethod} when the Go Error()/String() method panicked.
 * {@code panicText} is the panic value already formatted with %v; {@code nilReceiver}
 * is true when the receiver was a nil pointer (fmt then prints {@code <nil>}).
 */
public final class MethodPanic extends RuntimeException {
  public final byte[] panicText;
  public final boolean nilReceiver;

  public MethodPanic(byte[] panicText, boolean nilReceiver) {
    super(new String(panicText, java.nio.charset.StandardCharsets.UTF_8), null, false, false);
    this.panicText = panicText;
    this.nilReceiver = nilReceiver;
  }
}
