package glassgo.vm.lib.strconv;

/** Which of strconv's errors a parse produced; {@link #message} renders NumError.Error(). */
public enum NumError {
  NONE(null), SYNTAX("invalid syntax"), RANGE("value out of range"), BASE(null), BITSIZE(null);

  public final String text;
  NumError(String text) { this.text = text; }

  /** NumError.Error(): {@code strconv.FUNC: parsing QUOTED: TEXT}. */
  public static byte[] message(String func, byte[] input, String errText) {
    ByteBuf b = new ByteBuf();
    b.append("strconv.");
    b.append(func);
    b.append(": parsing ");
    b.append(Quote.quote(input));
    b.append(": ");
    b.appendUtf8(errText);
    return b.toByteArray();
  }
}
