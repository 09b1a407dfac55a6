package glassgo.vm.lib.strconv;

/**
 * strconv.ParseFloat. Syntax is checked exactly as Go's readFloat/special do (signs,
 * "inf"/"infinity"/"nan" in any case, hex mantissas that require a p exponent,
 * underscores only where underscoreOK allows them); the value is then obtained from
 * a canonical decimal or hex string via Java's correctly rounded parsers, which give
 * the same nearest-even result as Go's Eisel-Lemire/decimal paths.
 */
public final class FloatParse {
  private FloatParse() {}

  /** value (as float64; already rounded to float32 for bitSize 32) and error kind. */
  public record Result(double value, NumError err) {
    /** The full NumError text for ParseFloat, or null. */
    public byte[] errorMessage(byte[] input) {
      return err == NumError.NONE ? null : NumError.message("ParseFloat", input, err.text);
    }
  }

  /** Go's math.NaN(): 0x7FF8000000000001 (Java's canonical NaN has a zero low bit). */
  public static final double GO_NAN = Double.longBitsToDouble(0x7FF8000000000001L);

  private static int lower(int c) { return c | ('x' - 'X'); }

  private static int commonPrefixLenIgnoreCase(byte[] s, int off, String prefix) {
    int n = Math.min(prefix.length(), s.length - off);
    for (int i = 0; i < n; i++) {
      int c = s[off + i] & 0xff;
      if ('A' <= c && c <= 'Z') c += 'a' - 'A';
      if (c != prefix.charAt(i)) return i;
    }
    return n;
  }

  public static Result parse(byte[] s, int bitSize) {
    // special(): inf, infinity, nan (nan takes no sign).
    if (s.length > 0) {
      int c = s[0] & 0xff;
      int sign = 1, nsign = 0;
      boolean tryInf = false;
      if (c == '+' || c == '-') { sign = c == '-' ? -1 : 1; nsign = 1; tryInf = true; }
      else if (c == 'i' || c == 'I') tryInf = true;
      if (tryInf) {
        int n = commonPrefixLenIgnoreCase(s, nsign, "infinity");
        if (3 < n && n < 8) n = 3;
        if (n == 3 || n == 8) {
          if (nsign + n == s.length) return new Result(sign * Double.POSITIVE_INFINITY, NumError.NONE);
          return new Result(0, NumError.SYNTAX);
        }
      } else if (c == 'n' || c == 'N') {
        if (commonPrefixLenIgnoreCase(s, 0, "nan") == 3) {
          return s.length == 3 ? new Result(bitSize == 32 ? (double) (float) GO_NAN : GO_NAN, NumError.NONE) : new Result(0, NumError.SYNTAX);
        }
      }
    }
    int i = 0;
    boolean neg = false, underscores = false;
    if (i < s.length && (s[i] == '+' || s[i] == '-')) { neg = s[i] == '-'; i++; }
    boolean hex = false;
    if (i + 2 < s.length && s[i] == '0' && lower(s[i + 1]) == 'x') { hex = true; i += 2; }
    StringBuilder mant = new StringBuilder();
    boolean sawdot = false, sawdigits = false;
    for (; i < s.length; i++) {
      int c = s[i] & 0xff;
      if (c == '_') { underscores = true; continue; }
      if (c == '.') { if (sawdot) break; sawdot = true; mant.append('.'); continue; }
      if (('0' <= c && c <= '9') || (hex && 'a' <= lower(c) && lower(c) <= 'f')) { sawdigits = true; mant.append((char) c); continue; }
      break;
    }
    if (!sawdigits) return new Result(0, NumError.SYNTAX);
    long e = 0;
    boolean sawExp = false;
    int expChar = hex ? 'p' : 'e';
    if (i < s.length && lower(s[i]) == expChar) {
      i++;
      if (i >= s.length) return new Result(0, NumError.SYNTAX);
      int esign = 1;
      if (s[i] == '+') i++;
      else if (s[i] == '-') { i++; esign = -1; }
      if (i >= s.length || s[i] < '0' || s[i] > '9') return new Result(0, NumError.SYNTAX);
      for (; i < s.length && (('0' <= s[i] && s[i] <= '9') || s[i] == '_'); i++) {
        if (s[i] == '_') { underscores = true; continue; }
        if (e < 100000) e = e * 10 + (s[i] - '0');
      }
      e *= esign;
      sawExp = true;
    } else if (hex) {
      return new Result(0, NumError.SYNTAX);
    }
    if (i != s.length) return new Result(0, NumError.SYNTAX);
    if (underscores && !underscoreOK(s, i)) return new Result(0, NumError.SYNTAX);

    String text = (hex ? "0x" + mant + "p" + e : mant + (sawExp ? "e" + e : ""));
    if (text.startsWith(".") ) text = "0" + text;
    double v;
    if (bitSize == 32) {
      float f = Float.parseFloat(text);
      if (Float.isInfinite(f)) return new Result(neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY, NumError.RANGE);
      v = f;
    } else {
      v = Double.parseDouble(text);
      if (Double.isInfinite(v)) return new Result(neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY, NumError.RANGE);
    }
    return new Result(neg ? -v : v, NumError.NONE);
  }

  /** Go's underscoreOK over s[0..n): underscores only between digits, or after a base prefix. */
  static boolean underscoreOK(byte[] s, int n) {
    int saw = '^';
    int i = 0;
    if (n >= 1 && (s[0] == '-' || s[0] == '+')) i = 1;
    boolean hex = false;
    if (n - i >= 2 && s[i] == '0' && (lower(s[i + 1]) == 'b' || lower(s[i + 1]) == 'o' || lower(s[i + 1]) == 'x')) {
      hex = lower(s[i + 1]) == 'x';
      i += 2;
      saw = '0';
    }
    for (; i < n; i++) {
      int c = s[i] & 0xff;
      if (('0' <= c && c <= '9') || (hex && 'a' <= lower(c) && lower(c) <= 'f')) { saw = '0'; continue; }
      if (c == '_') { if (saw != '0') return false; saw = '_'; continue; }
      if (saw == '_') return false;
      saw = '!';
    }
    return saw != '_';
  }
}
