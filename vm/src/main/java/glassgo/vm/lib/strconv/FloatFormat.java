package glassgo.vm.lib.strconv;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * strconv.FormatFloat with Go 1.19's exact output.
 *
 * <p>Every conversion starts from the exact decimal expansion of the binary value
 * (a float64 needs at most ~770 significant digits), computed with BigInteger. Fixed
 * precision then rounds that expansion half-to-even, which is what Go's decimal.Round
 * (and its Ryū fast paths, which agree with it) does. Shortest formatting walks the
 * digits of the value and of the two half-way points to its neighbours, choosing the
 * shortest prefix that still rounds back to the same float (Steele–White / Go's
 * roundShortest); for bitSize 32 the neighbours are float32 neighbours.
 */
public final class FloatFormat {
  private FloatFormat() {}

  /** Exact decimal d[0..nd) × 10^(dp-nd) with ASCII digits, trailing zeros trimmed. */
  static final class Decimal {
    byte[] d;
    int nd, dp;

    /** The exact value of mant × 2^shift. */
    static Decimal of(long mant, int shift) {
      Decimal x = new Decimal();
      if (mant == 0) { x.d = new byte[1]; return x; }
      BigInteger m = BigInteger.valueOf(mant);
      byte[] s;
      if (shift >= 0) {
        s = m.shiftLeft(shift).toString().getBytes();
        x.dp = s.length;
      } else {
        s = m.multiply(pow5(-shift)).toString().getBytes();
        x.dp = s.length + shift;
      }
      x.d = Arrays.copyOf(s, s.length + 1);
      x.nd = s.length;
      x.trim();
      return x;
    }

    void trim() {
      while (nd > 0 && d[nd - 1] == '0') nd--;
      if (nd == 0) dp = 0;
    }

    private boolean shouldRoundUp(int n) {
      if (d[n] == '5' && n + 1 == nd) return n > 0 && (d[n - 1] - '0') % 2 == 1; // exactly half: to even
      return d[n] >= '5';
    }

    void round(int n) {
      if (n < 0 || n >= nd) return;
      if (shouldRoundUp(n)) roundUp(n); else roundDown(n);
    }

    void roundDown(int n) {
      if (n < 0 || n >= nd) return;
      nd = n;
      trim();
    }

    void roundUp(int n) {
      if (n < 0 || n >= nd) return;
      for (int i = n - 1; i >= 0; i--) {
        if (d[i] < '9') { d[i]++; nd = i + 1; return; }
      }
      d[0] = '1'; nd = 1; dp++;
    }
  }

  private static final BigInteger[] POW5 = new BigInteger[1200];
  static synchronized BigInteger pow5(int k) {
    BigInteger p = POW5[k];
    if (p == null) { p = BigInteger.valueOf(5).pow(k); POW5[k] = p; }
    return p;
  }

  private static final byte[] NAN = "NaN".getBytes(), PINF = "+Inf".getBytes(), NINF = "-Inf".getBytes();

  /** FormatFloat(v, fmt, prec, bitSize). bitSize 32 first rounds v to float32. */
  public static byte[] format(double v, char fmt, int prec, int bitSize) {
    ByteBuf out = new ByteBuf(24);
    append(out, v, fmt, prec, bitSize);
    return out.toByteArray();
  }

  public static String formatString(double v, char fmt, int prec, int bitSize) {
    return new String(format(v, fmt, prec, bitSize), java.nio.charset.StandardCharsets.ISO_8859_1);
  }

  public static void append(ByteBuf out, double v, char fmt, int prec, int bitSize) {
    long bits;
    int mantbits, expbits, bias;
    if (bitSize == 32) {
      bits = Float.floatToRawIntBits((float) v) & 0xffffffffL;
      mantbits = 23; expbits = 8; bias = -127;
    } else if (bitSize == 64) {
      bits = Double.doubleToRawLongBits(v);
      mantbits = 52; expbits = 11; bias = -1023;
    } else {
      throw new IllegalArgumentException("strconv: illegal AppendFloat/FormatFloat bitSize");
    }
    boolean neg = (bits >>> (expbits + mantbits)) != 0;
    int exp = (int) (bits >>> mantbits) & ((1 << expbits) - 1);
    long mant = bits & ((1L << mantbits) - 1);
    if (exp == (1 << expbits) - 1) {
      out.append(mant != 0 ? NAN : neg ? NINF : PINF);
      return;
    } else if (exp == 0) {
      exp++;
    } else {
      mant |= 1L << mantbits;
    }
    exp += bias;

    if (fmt == 'b') { fmtB(out, neg, mant, exp, mantbits); return; }
    if (fmt == 'x' || fmt == 'X') { fmtX(out, prec, fmt, neg, mant, exp, mantbits); return; }

    if (fmt == 'f' && prec >= 0 && prec <= 15 && fixedF(out, neg, mant, exp - mantbits, prec)) return;
    Decimal d = Decimal.of(mant, exp - mantbits);
    boolean shortest = prec < 0;
    if (shortest) {
      roundShortest(d, mant, exp, mantbits, bias);
      switch (fmt) {
        case 'e': case 'E': prec = d.nd - 1; break;
        case 'f': prec = Math.max(d.nd - d.dp, 0); break;
        case 'g': case 'G': prec = d.nd; break;
        default: break;
      }
    } else {
      switch (fmt) {
        case 'e': case 'E': d.round(prec + 1); break;
        case 'f': d.round(d.dp + prec); break;
        case 'g': case 'G': if (prec == 0) prec = 1; d.round(prec); break;
        default: break;
      }
    }
    formatDigits(out, shortest, neg, d, prec, fmt);
  }

  private static void formatDigits(ByteBuf out, boolean shortest, boolean neg, Decimal d, int prec, char fmt) {
    switch (fmt) {
      case 'e': case 'E': fmtE(out, neg, d, prec, fmt); return;
      case 'f': fmtF(out, neg, d, prec); return;
      case 'g': case 'G': {
        int eprec = prec;
        if (eprec > d.nd && d.nd >= d.dp) eprec = d.nd;
        if (shortest) eprec = 6; // %e is chosen as if the precision were 6
        int exp = d.dp - 1;
        if (exp < -4 || exp >= eprec) {
          if (prec > d.nd) prec = d.nd;
          fmtE(out, neg, d, prec - 1, (char) (fmt + 'e' - 'g'));
          return;
        }
        if (prec > d.dp) prec = d.nd;
        fmtF(out, neg, d, Math.max(prec - d.dp, 0));
        return;
      }
      default:
        out.append('%');
        out.append(fmt);
    }
  }

  /** Rounds d to the fewest digits that still identify mant×2^(exp-mantbits) uniquely. */
  private static void roundShortest(Decimal d, long mant, int exp, int mantbits, int bias) {
    if (mant == 0) { d.nd = 0; return; }
    int minexp = bias + 1;
    // Already shortest when the gap to the next shorter decimal exceeds the rounding interval.
    if (exp > minexp && 332L * (d.dp - d.nd) >= 100L * (exp - mantbits)) return;

    Decimal upper = Decimal.of(mant * 2 + 1, exp - mantbits - 1);
    long mantlo;
    int explo;
    if (mant > (1L << mantbits) || exp == minexp) { mantlo = mant - 1; explo = exp; }
    else { mantlo = mant * 2 - 1; explo = exp - 1; }
    Decimal lower = Decimal.of(mantlo * 2 + 1, explo - mantbits - 1);
    boolean inclusive = mant % 2 == 0; // round-half-even maps the bounds back to us

    int upperdelta = 0;
    for (int ui = 0; ; ui++) {
      int mi = ui - upper.dp + d.dp;
      if (mi >= d.nd) break;
      int li = ui - upper.dp + lower.dp;
      byte l = (li >= 0 && li < lower.nd) ? lower.d[li] : (byte) '0';
      byte m = mi >= 0 ? d.d[mi] : (byte) '0';
      byte u = ui < upper.nd ? upper.d[ui] : (byte) '0';
      boolean okdown = l != m || (inclusive && li + 1 == lower.nd);
      if (upperdelta == 0 && m + 1 < u) upperdelta = 2;
      else if (upperdelta == 0 && m != u) upperdelta = 1;
      else if (upperdelta == 1 && (m != '9' || u != '0')) upperdelta = 2;
      boolean okup = upperdelta > 0 && (inclusive || upperdelta > 1 || ui + 1 < upper.nd);
      if (okdown && okup) { d.round(mi + 1); return; }
      if (okdown) { d.roundDown(mi + 1); return; }
      if (okup) { d.roundUp(mi + 1); return; }
    }
  }

  private static void fmtE(ByteBuf out, boolean neg, Decimal d, int prec, char fmt) {
    if (neg) out.append('-');
    out.append(d.nd != 0 ? (char) d.d[0] : '0');
    if (prec > 0) {
      out.append('.');
      int i = 1;
      int m = Math.min(d.nd, prec + 1);
      for (; i < m; i++) out.append((char) d.d[i]);
      for (; i <= prec; i++) out.append('0');
    }
    out.append(fmt);
    int exp = d.nd == 0 ? 0 : d.dp - 1;
    if (exp < 0) { out.append('-'); exp = -exp; } else out.append('+');
    if (exp < 10) { out.append('0'); out.append((char) ('0' + exp)); }
    else if (exp < 100) { out.append((char) ('0' + exp / 10)); out.append((char) ('0' + exp % 10)); }
    else { out.append((char) ('0' + exp / 100)); out.append((char) ('0' + exp / 10 % 10)); out.append((char) ('0' + exp % 10)); }
  }

  private static final long[] POW10 = {1L, 10L, 100L, 1000L, 10000L, 100000L, 1000000L, 10000000L, 100000000L,
      1000000000L, 10000000000L, 100000000000L, 1000000000000L, 10000000000000L, 100000000000000L, 1000000000000000L};

  /**
   * %f with a precision of at most 15 digits, in 128-bit integer arithmetic when the result fits
   * in a long (most values programs print): N = mant * 2^shift * 10^prec rounded half-to-even,
   * exactly the digits the exact decimal expansion rounded at that position gives (Go's
   * decimal.Round, and its Ryū fixed-precision path). False when N would not fit: the caller
   * takes the exact decimal path.
   */
  private static boolean fixedF(ByteBuf out, boolean neg, long mant, int shift, int prec) {
    long p10 = POW10[prec];
    long q;
    if (shift >= 0) {
      if (shift > 10) return false; // mant < 2^53: mant << 10 stays below 2^63
      long x = mant << shift;
      if (Math.multiplyHigh(x, p10) != 0) return false;
      q = x * p10;
      if (q < 0) return false;
    } else {
      int k = -shift;
      long hi = Math.multiplyHigh(mant, p10), lo = mant * p10; // mant < 2^53, p10 < 2^50: the product < 2^103
      int cmp; // remainder (the k low bits) against half of 2^k
      if (k >= 104) {
        q = 0; cmp = -1; // the whole product is below 2^103 <= 2^(k-1)
      } else if (k >= 64) {
        int kh = k - 64;
        q = hi >>> kh;
        long remHi = kh == 0 ? 0 : hi & ((1L << kh) - 1);
        if (kh == 0) cmp = Long.compareUnsigned(lo, 1L << 63);
        else {
          cmp = Long.compareUnsigned(remHi, 1L << (kh - 1));
          if (cmp == 0) cmp = lo == 0 ? 0 : 1;
        }
      } else {
        if ((hi >>> k) != 0) return false;
        q = (hi << (64 - k)) | (lo >>> k); // k > 0 here (shift < 0)
        if (q < 0) return false;
        long rem = lo & ((1L << k) - 1);
        cmp = Long.compareUnsigned(rem, 1L << (k - 1));
      }
      if (cmp > 0 || (cmp == 0 && (q & 1) != 0)) q++;
    }
    if (neg) out.append('-');
    String digits = Long.toString(q);
    int n = digits.length();
    if (n <= prec) { // 0.00ddd
      out.append('0');
      out.append('.');
      for (int i = n; i < prec; i++) out.append('0');
      for (int i = 0; i < n; i++) out.append(digits.charAt(i));
      return true;
    }
    for (int i = 0; i < n - prec; i++) out.append(digits.charAt(i));
    if (prec > 0) {
      out.append('.');
      for (int i = n - prec; i < n; i++) out.append(digits.charAt(i));
    }
    return true;
  }

  private static void fmtF(ByteBuf out, boolean neg, Decimal d, int prec) {
    if (neg) out.append('-');
    if (d.dp > 0) {
      int m = Math.min(d.nd, d.dp);
      for (int i = 0; i < m; i++) out.append((char) d.d[i]);
      for (; m < d.dp; m++) out.append('0');
    } else {
      out.append('0');
    }
    if (prec > 0) {
      out.append('.');
      for (int i = 0; i < prec; i++) {
        int j = d.dp + i;
        out.append((0 <= j && j < d.nd) ? (char) d.d[j] : '0');
      }
    }
  }

  private static void fmtB(ByteBuf out, boolean neg, long mant, int exp, int mantbits) {
    if (neg) out.append('-');
    out.append(Long.toString(mant));
    out.append('p');
    exp -= mantbits;
    if (exp >= 0) out.append('+');
    out.append(Integer.toString(exp));
  }

  private static final String LOWERHEX = "0123456789abcdef", UPPERHEX = "0123456789ABCDEF";

  private static void fmtX(ByteBuf out, int prec, char fmt, boolean neg, long mant, int exp, int mantbits) {
    if (mant == 0) exp = 0;
    mant <<= 60 - mantbits; // leading 1 (if any) at bit 60
    while (mant != 0 && (mant & (1L << 60)) == 0) { mant <<= 1; exp--; }
    if (prec >= 0 && prec < 15) {
      int shift = prec * 4;
      long extra = (mant << shift) & ((1L << 60) - 1);
      mant >>>= 60 - shift;
      if ((extra | (mant & 1)) > (1L << 59)) mant++;
      mant <<= 60 - shift;
      if ((mant & (1L << 61)) != 0) { mant >>>= 1; exp++; }
    }
    String hex = fmt == 'X' ? UPPERHEX : LOWERHEX;
    if (neg) out.append('-');
    out.append('0'); out.append(fmt); out.append((char) ('0' + ((mant >>> 60) & 1)));
    mant <<= 4;
    if (prec < 0 && mant != 0) {
      out.append('.');
      while (mant != 0) { out.append(hex.charAt((int) ((mant >>> 60) & 15))); mant <<= 4; }
    } else if (prec > 0) {
      out.append('.');
      for (int i = 0; i < prec; i++) { out.append(hex.charAt((int) ((mant >>> 60) & 15))); mant <<= 4; }
    }
    out.append(fmt == 'X' ? 'P' : 'p');
    if (exp < 0) { out.append('-'); exp = -exp; } else out.append('+');
    if (exp < 100) { out.append((char) ('0' + exp / 10)); out.append((char) ('0' + exp % 10)); }
    else if (exp < 1000) { out.append((char) ('0' + exp / 100)); out.append((char) ('0' + exp / 10 % 10)); out.append((char) ('0' + exp % 10)); }
    else { out.append((char) ('0' + exp / 1000)); out.append((char) ('0' + exp / 100 % 10)); out.append((char) ('0' + exp / 10 % 10)); out.append((char) ('0' + exp % 10)); }
  }
}
