package glassgo.vm.lib.strconv;

/**
 * The text formats of Go's builtin print and println (runtime/print.go). println puts
 * one space between every pair of operands and a newline at the end; print puts nothing
 * between them. Callers emit operands with these helpers and use {@link #space}/{@link #newline}.
 */
public final class RuntimePrint {
  private RuntimePrint() {}

  public static void space(ByteBuf b) { b.append(' '); }
  public static void newline(ByteBuf b) { b.append('\n'); }

  public static void printBool(ByteBuf b, boolean v) { b.append(v ? "true" : "false"); }
  public static void printInt(ByteBuf b, long v) { b.append(Long.toString(v)); }
  public static void printUint(ByteBuf b, long v) { b.append(Long.toUnsignedString(v)); }
  public static void printString(ByteBuf b, byte[] s) { b.append(s); }

  /** printfloat: 7 significant digits, {@code +d.dddddde±ddd}, by Go's own float arithmetic. */
  public static void printFloat(ByteBuf b, double v) {
    if (v != v) { b.append("NaN"); return; }
    if (v + v == v && v > 0) { b.append("+Inf"); return; }
    if (v + v == v && v < 0) { b.append("-Inf"); return; }
    final int n = 7;
    byte[] buf = new byte[n + 7];
    buf[0] = '+';
    int e = 0;
    if (v == 0) {
      if (1 / v < 0) buf[0] = '-';
    } else {
      if (v < 0) { v = -v; buf[0] = '-'; }
      while (v >= 10) { e++; v /= 10; }
      while (v < 1) { e--; v *= 10; }
      double h = 5.0;
      for (int i = 0; i < n; i++) h /= 10;
      v += h;
      if (v >= 10) { e++; v /= 10; }
    }
    for (int i = 0; i < n; i++) {
      int s = (int) v;
      buf[i + 2] = (byte) (s + '0');
      v -= s;
      v *= 10;
    }
    buf[1] = buf[2];
    buf[2] = '.';
    buf[n + 2] = 'e';
    buf[n + 3] = '+';
    if (e < 0) { e = -e; buf[n + 3] = '-'; }
    buf[n + 4] = (byte) (e / 100 + '0');
    buf[n + 5] = (byte) (e / 10 % 10 + '0');
    buf[n + 6] = (byte) (e % 10 + '0');
    b.append(buf);
  }

  /** printcomplex: {@code (re im i)} with both parts as printfloat and no separator. */
  public static void printComplex(ByteBuf b, double re, double im) {
    b.append('(');
    printFloat(b, re);
    printFloat(b, im);
    b.append("i)");
  }

  /** printhex: 0x followed by lower-case hex, no padding. */
  public static void printHex(ByteBuf b, long v) {
    b.append("0x");
    b.append(Long.toHexString(v));
  }
  public static void printPointer(ByteBuf b, long p) { printHex(b, p); }

  /** A slice prints as [len/cap]0xdata. */
  public static void printSlice(ByteBuf b, long len, long cap, long data) {
    b.append('['); printInt(b, len); b.append('/'); printInt(b, cap); b.append(']');
    printHex(b, data);
  }

  /** An interface prints as (0xtype,0xdata). */
  public static void printIface(ByteBuf b, long type, long data) {
    b.append('('); printHex(b, type); b.append(','); printHex(b, data); b.append(')');
  }

  /** Formats one float the way print() does, as a convenience for tests and callers. */
  public static byte[] formatFloat(double v) { ByteBuf b = new ByteBuf(16); printFloat(b, v); return b.toByteArray(); }
  public static byte[] formatComplex(double re, double im) { ByteBuf b = new ByteBuf(32); printComplex(b, re, im); return b.toByteArray(); }
}
