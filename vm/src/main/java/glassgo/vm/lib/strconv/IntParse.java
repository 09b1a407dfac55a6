package glassgo.vm.lib.strconv;

/** strconv.ParseUint / ParseInt / Atoi with Go's base-0 prefixes, underscore and range rules. */
public final class IntParse {
  private IntParse() {}

  /** value (raw 64 bits; on range errors the clamped value Go returns) and error kind. */
  public record Result(long value, NumError err, String errText) {
    public byte[] errorMessage(String func, byte[] input) {
      return err == NumError.NONE ? null : NumError.message(func, input, errText);
    }
  }
  private static Result ok(long v) { return new Result(v, NumError.NONE, null); }
  private static Result err(long v, NumError e) { return new Result(v, e, e.text); }

  private static int lower(int c) { return c | ('x' - 'X'); }

  public static Result parseUint(byte[] s, int base, int bitSize) { return parseUint(s, 0, base, bitSize, s); }

  private static Result parseUint(byte[] s, int start, int base, int bitSize, byte[] s0) {
    if (s.length - start == 0) return err(0, NumError.SYNTAX);
    boolean base0 = base == 0;
    int i = start;
    if (base == 0) {
      base = 10;
      if (s[i] == '0') {
        int n = s.length - i;
        if (n >= 3 && lower(s[i + 1]) == 'b') { base = 2; i += 2; }
        else if (n >= 3 && lower(s[i + 1]) == 'o') { base = 8; i += 2; }
        else if (n >= 3 && lower(s[i + 1]) == 'x') { base = 16; i += 2; }
        else { base = 8; i += 1; }
      }
    } else if (base < 2 || base > 36) {
      return new Result(0, NumError.BASE, "invalid base " + base);
    }
    if (bitSize == 0) bitSize = 64;
    else if (bitSize < 0 || bitSize > 64) return new Result(0, NumError.BITSIZE, "invalid bit size " + bitSize);
    long maxVal = bitSize == 64 ? -1L : (1L << bitSize) - 1;
    long cutoff = Long.divideUnsigned(-1L, base) + 1;
    boolean underscores = false;
    long n = 0;
    for (; i < s.length; i++) {
      int c = s[i] & 0xff;
      int d;
      if (c == '_' && base0) { underscores = true; continue; }
      else if ('0' <= c && c <= '9') d = c - '0';
      else if ('a' <= lower(c) && lower(c) <= 'z') d = lower(c) - 'a' + 10;
      else return err(0, NumError.SYNTAX);
      if (d >= base) return err(0, NumError.SYNTAX);
      if (Long.compareUnsigned(n, cutoff) >= 0) return err(maxVal, NumError.RANGE);
      n *= base;
      long n1 = n + d;
      if (Long.compareUnsigned(n1, n) < 0 || Long.compareUnsigned(n1, maxVal) > 0) return err(maxVal, NumError.RANGE);
      n = n1;
    }
    if (underscores) {
      byte[] sub = java.util.Arrays.copyOfRange(s, start, s.length);
      if (!FloatParse.underscoreOK(sub, sub.length)) return err(0, NumError.SYNTAX);
    }
    return ok(n);
  }

  public static Result parseInt(byte[] s, int base, int bitSize) {
    if (s.length == 0) return err(0, NumError.SYNTAX);
    boolean neg = false;
    int start = 0;
    if (s[0] == '+') start = 1;
    else if (s[0] == '-') { neg = true; start = 1; }
    Result u = parseUint(s, start, base, bitSize, s);
    if (u.err != NumError.NONE && u.err != NumError.RANGE) return new Result(0, u.err, u.errText);
    if (bitSize == 0) bitSize = 64;
    long cutoff = 1L << (bitSize - 1);
    if (!neg && Long.compareUnsigned(u.value, cutoff) >= 0) return err(cutoff - 1, NumError.RANGE);
    if (neg && Long.compareUnsigned(u.value, cutoff) > 0) return err(-cutoff, NumError.RANGE);
    return ok(neg ? -u.value : u.value);
  }

  /** Atoi: as ParseInt(s, 10, 0); callers report errors with func name "Atoi". */
  public static Result atoi(byte[] s) { return parseInt(s, 10, 0); }
}
