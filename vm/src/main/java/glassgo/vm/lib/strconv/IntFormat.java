package glassgo.vm.lib.strconv;

/** strconv.FormatInt / FormatUint / Itoa for bases 2..36 (lower-case digits). */
public final class IntFormat {
  private IntFormat() {}
  private static final byte[] DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz".getBytes();

  public static byte[] formatInt(long v, int base) {
    if (v >= 0) return formatUint(v, base);
    byte[] u = formatUint(-v, base); // -MinInt64 keeps its bits: the unsigned magnitude
    byte[] r = new byte[u.length + 1];
    r[0] = '-';
    System.arraycopy(u, 0, r, 1, u.length);
    return r;
  }

  /** Formats v's 64 bits as an unsigned number. */
  public static byte[] formatUint(long v, int base) {
    if (base < 2 || base > 36) throw new IllegalArgumentException("strconv: illegal AppendInt/FormatInt base");
    byte[] buf = new byte[65];
    int i = buf.length;
    if (v == 0) return new byte[] {'0'};
    while (v != 0) {
      buf[--i] = DIGITS[(int) Long.remainderUnsigned(v, base)];
      v = Long.divideUnsigned(v, base);
    }
    return java.util.Arrays.copyOfRange(buf, i, buf.length);
  }
}
