package glassgo.compiler.types;

import glassgo.compiler.syntax.Op;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * This file implements exact constant arithmetic (go/constant): literal parsing, unary/binary
 * operations, shifts, comparisons, kind conversions, rounding to float32/float64, and the
 * go/constant string forms used in error messages.
 */
public final class Constants {
    private Constants() {}

    // ---- construction ----
    public static ConstValue makeBool(boolean b) { return b ? ConstValue.TRUE : ConstValue.FALSE; }
    /** s: Go string bytes, one char per byte. */
    public static ConstValue makeString(String s) { return new ConstValue(ConstValue.Kind.STRING, null, null, null, null, false, s); }
    public static ConstValue makeInt(BigInteger v) { return new ConstValue(ConstValue.Kind.INT, v, null, null, null, false, null); }
    public static ConstValue makeInt(long v) { return makeInt(BigInteger.valueOf(v)); }
    /** Exact rational; integral values are represented as INT (go/constant normalization). */
    public static ConstValue makeRat(BigInteger n, BigInteger d) {
        if (d.signum() < 0) { n = n.negate(); d = d.negate(); }
        BigInteger g = n.gcd(d);
        if (g.signum() != 0 && !g.equals(BigInteger.ONE)) { n = n.divide(g); d = d.divide(g); }
        if (d.equals(BigInteger.ONE)) return makeInt(n);
        return new ConstValue(ConstValue.Kind.FLOAT, n, d, null, null, false, null);
    }
    /** The exact value of a finite double (its binary mantissa and exponent; already reduced, no gcd). */
    public static ConstValue makeFloat64(double f) {
        if (f == 0) return makeInt(BigInteger.ZERO);
        long bits = Double.doubleToRawLongBits(f);
        int be = (int) ((bits >>> 52) & 0x7FF);
        long m = bits & ((1L << 52) - 1);
        if (be == 0) be = 1; else m |= 1L << 52;
        int e = be - 1075; // f = m * 2^e
        if (bits < 0) m = -m;
        if (e >= 0) return makeInt(BigInteger.valueOf(m).shiftLeft(e));
        int tz = Math.min(Long.numberOfTrailingZeros(m), -e);
        m >>= tz;
        e += tz;
        if (e == 0) return makeInt(BigInteger.valueOf(m));
        return new ConstValue(ConstValue.Kind.FLOAT, BigInteger.valueOf(m), BigInteger.ONE.shiftLeft(-e), null, null, false, null);
    }
    /** The exact value of a decimal: u/10^sc reduced by cancelling factors 2 and 5 (the denominator's only primes; no gcd). */
    static ConstValue fromDecimal(BigDecimal bd) {
        BigInteger u = bd.unscaledValue();
        int sc = bd.scale();
        if (sc <= 0) return makeInt(u.multiply(BigInteger.TEN.pow(-sc)));
        if (u.signum() == 0) return makeInt(BigInteger.ZERO);
        int twos = Math.min(u.getLowestSetBit(), sc);
        u = u.shiftRight(twos);
        int fives = 0;
        for (; fives < sc; fives++) {
            BigInteger[] qr = u.divideAndRemainder(FIVE);
            if (qr[1].signum() != 0) break;
            u = qr[0];
        }
        BigInteger den = FIVE.pow(sc - fives).shiftLeft(sc - twos);
        if (den.equals(BigInteger.ONE)) return makeInt(u);
        return new ConstValue(ConstValue.Kind.FLOAT, u, den, null, null, false, null);
    }
    private static final BigInteger FIVE = BigInteger.valueOf(5);
    public static ConstValue makeComplex(ConstValue re, ConstValue im) {
        BigInteger[] r = rat(re), i = rat(im);
        return new ConstValue(ConstValue.Kind.COMPLEX, r[0], r[1], i[0], i[1], false, null);
    }

    static BigInteger[] rat(ConstValue v) {
        return switch (v.kind) {
            case INT -> new BigInteger[]{v.num, BigInteger.ONE};
            case FLOAT, COMPLEX -> new BigInteger[]{v.num, v.den};
            default -> new BigInteger[]{BigInteger.ZERO, BigInteger.ONE};
        };
    }
    static ConstValue real(ConstValue v) { return v.kind == ConstValue.Kind.COMPLEX ? makeRat(v.num, v.den) : v; }
    static ConstValue imag(ConstValue v) { return v.kind == ConstValue.Kind.COMPLEX ? makeRat(v.inum, v.iden) : makeInt(BigInteger.ZERO); }
    public static ConstValue realPart(ConstValue v) { return real(v); }
    public static ConstValue imagPart(ConstValue v) { return imag(v); }

    // ---- literals ----
    /** Parses a literal; returns UNKNOWN when malformed. */
    public static ConstValue fromLiteral(glassgo.compiler.syntax.Expr.LitKind kind, String raw, byte[] rawBytes) {
        try {
            switch (kind) {
                case INT: return makeInt(parseInt(raw.replace("_", "")));
                case FLOAT: return parseFloat(raw.replace("_", ""));
                case IMAG: {
                    String s = raw.replace("_", "");
                    s = s.substring(0, s.length() - 1);
                    ConstValue im;
                    if (s.matches("0[0-7]+") || s.matches("0+")) im = parseFloat(s); // legacy: 0123i is decimal
                    else if (s.startsWith("0x") || s.startsWith("0X") || s.startsWith("0b") || s.startsWith("0B") || s.startsWith("0o") || s.startsWith("0O")) {
                        im = s.contains(".") || s.contains("p") || s.contains("P") ? parseFloat(s) : makeInt(parseInt(s));
                    } else im = parseFloat(s);
                    return makeComplex(makeInt(BigInteger.ZERO), im);
                }
                case CHAR: {
                    String body = unquoteBytes(rawBytes != null ? rawBytes : raw.getBytes(java.nio.charset.StandardCharsets.UTF_8), '\'');
                    // body: bytes of the rune (UTF-8) or a single \x-style byte value marker
                    return makeInt(BigInteger.valueOf(lastRune));
                }
                case STRING: {
                    byte[] b = rawBytes != null ? rawBytes : raw.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    if (b.length > 0 && b[0] == '`') {
                        StringBuilder sb = new StringBuilder();
                        for (int i = 1; i < b.length - 1; i++) if (b[i] != '\r') sb.append((char) (b[i] & 0xff));
                        return makeString(sb.toString());
                    }
                    return makeString(unquoteBytes(b, '"'));
                }
            }
        } catch (RuntimeException e) {
            return ConstValue.UNKNOWN;
        }
        return ConstValue.UNKNOWN;
    }

    static BigInteger parseInt(String s) {
        if (s.length() > 1 && s.charAt(0) == '0') {
            char c = s.charAt(1);
            if (c == 'x' || c == 'X') return new BigInteger(s.substring(2), 16);
            if (c == 'b' || c == 'B') return new BigInteger(s.substring(2), 2);
            if (c == 'o' || c == 'O') return new BigInteger(s.substring(2), 8);
            return new BigInteger(s.substring(1), 8);
        }
        return new BigInteger(s);
    }

    static ConstValue parseFloat(String s) {
        if (s.startsWith("0x") || s.startsWith("0X")) {
            String t = s.substring(2);
            int p = Math.max(t.indexOf('p'), t.indexOf('P'));
            String mant = p >= 0 ? t.substring(0, p) : t;
            int exp = p >= 0 ? Integer.parseInt(t.substring(p + 1).replace("+", "")) : 0;
            int dot = mant.indexOf('.');
            if (dot >= 0) { exp -= 4 * (mant.length() - dot - 1); mant = mant.substring(0, dot) + mant.substring(dot + 1); }
            BigInteger m = mant.isEmpty() ? BigInteger.ZERO : new BigInteger(mant, 16);
            return exp >= 0 ? makeInt(m.shiftLeft(exp)) : makeRat(m, BigInteger.ONE.shiftLeft(-exp));
        }
        return fromDecimal(new BigDecimal(s));
    }

    private static int lastRune;

    /** Decodes a quoted literal's escapes; returns Go string bytes as chars; for char literals sets lastRune. */
    static synchronized String unquoteBytes(byte[] b, char q) {
        StringBuilder sb = new StringBuilder();
        int i = 1, end = b.length - 1;
        int rune = -1;
        while (i < end) {
            int c = b[i] & 0xff;
            if (c != '\\') {
                if (q == '\'') {
                    // decode one UTF-8 rune
                    String s = new String(b, i, end - i, java.nio.charset.StandardCharsets.UTF_8);
                    rune = s.codePointAt(0);
                    int n = new String(Character.toChars(rune)).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
                    for (int k = 0; k < n; k++) sb.append((char) (b[i + k] & 0xff));
                    i += n;
                } else { sb.append((char) c); i++; }
                continue;
            }
            char e = (char) b[i + 1];
            i += 2;
            switch (e) {
                case 'a' -> { sb.append((char) 7); rune = 7; }
                case 'b' -> { sb.append((char) 8); rune = 8; }
                case 'f' -> { sb.append((char) 12); rune = 12; }
                case 'n' -> { sb.append('\n'); rune = 10; }
                case 'r' -> { sb.append('\r'); rune = 13; }
                case 't' -> { sb.append('\t'); rune = 9; }
                case 'v' -> { sb.append((char) 11); rune = 11; }
                case '\\' -> { sb.append('\\'); rune = '\\'; }
                case '\'' -> { sb.append('\''); rune = '\''; }
                case '"' -> { sb.append('"'); rune = '"'; }
                case 'x' -> { int v = Integer.parseInt(new String(b, i, 2, java.nio.charset.StandardCharsets.ISO_8859_1), 16); sb.append((char) v); rune = v; i += 2; }
                case 'u', 'U' -> {
                    int n = e == 'u' ? 4 : 8;
                    int v = Integer.parseInt(new String(b, i, n, java.nio.charset.StandardCharsets.ISO_8859_1), 16);
                    i += n; rune = v;
                    for (byte x : new String(Character.toChars(v)).getBytes(java.nio.charset.StandardCharsets.UTF_8)) sb.append((char) (x & 0xff));
                }
                default -> { // octal
                    int v = Integer.parseInt(new String(b, i - 1, 3, java.nio.charset.StandardCharsets.ISO_8859_1), 8);
                    i += 2; sb.append((char) v); rune = v;
                }
            }
        }
        lastRune = rune;
        return sb.toString();
    }

    // ---- conversions between kinds ----
    /** INT if v is integral (floats/complex with zero imaginary part), else UNKNOWN. */
    public static ConstValue toInt(ConstValue v) {
        switch (v.kind) {
            case INT: return v;
            case FLOAT: return v.den.equals(BigInteger.ONE) ? makeInt(v.num) : ConstValue.UNKNOWN;
            case COMPLEX:
                if (v.inum.signum() == 0 && v.den.equals(BigInteger.ONE)) return makeInt(v.num);
                return ConstValue.UNKNOWN;
            default: return ConstValue.UNKNOWN;
        }
    }
    /** A real (INT or FLOAT) value, or UNKNOWN. */
    public static ConstValue toFloat(ConstValue v) {
        switch (v.kind) {
            case INT, FLOAT: return v;
            case COMPLEX: return v.inum.signum() == 0 ? makeRat(v.num, v.den) : ConstValue.UNKNOWN;
            default: return ConstValue.UNKNOWN;
        }
    }
    public static ConstValue toComplex(ConstValue v) {
        switch (v.kind) {
            case INT, FLOAT: return makeComplex(v, makeInt(BigInteger.ZERO));
            case COMPLEX: return v;
            default: return ConstValue.UNKNOWN;
        }
    }
    public static boolean isNumeric(ConstValue v) { return v.kind == ConstValue.Kind.INT || v.kind == ConstValue.Kind.FLOAT || v.kind == ConstValue.Kind.COMPLEX; }

    public static int sign(ConstValue v) {
        return switch (v.kind) {
            case INT, FLOAT -> v.num.signum();
            case COMPLEX -> v.num.signum() | v.inum.signum();
            default -> 1;
        };
    }

    // ---- float rounding ----
    /** n/d (d &gt; 0) rounded to the nearest float64, ties to even (big.Rat.Float64). */
    public static double ratToDouble(BigInteger n, BigInteger d) {
        if (d.equals(BigInteger.ONE) && n.bitLength() < 53) return n.doubleValue();
        return ratToBinary(n, d, 53, 1023);
    }
    /** n/d (d &gt; 0) rounded to the nearest float32 (returned as the double of equal value), ties to even (big.Rat.Float32). */
    static double ratToFloat32(BigInteger n, BigInteger d) { return ratToBinary(n, d, 24, 127); }

    /**
     * n/d rounded once, to nearest with ties to even, to a binary float with {@code prec} mantissa
     * bits and maximal exponent {@code emax} (subnormals included); ±Infinity on overflow. The
     * quotient is computed with two extra bits and a sticky remainder, so no value is rounded twice.
     */
    private static double ratToBinary(BigInteger n, BigInteger d, int prec, int emax) {
        if (n.signum() == 0) return 0.0;
        BigInteger a = n.abs();
        int e = a.bitLength() - d.bitLength(); // floor(log2(a/d)) is e or e-1
        if ((e >= 0 ? a.compareTo(d.shiftLeft(e)) : a.shiftLeft(-e).compareTo(d)) < 0) e--;
        double r;
        if (e > emax) r = Double.POSITIVE_INFINITY;
        else {
            int emin = 1 - emax;                              // smallest normal exponent
            int ulp = Math.max(e, emin) - (prec - 1);         // exponent of the result's last mantissa bit
            int s = ulp - 2;                                  // keep two more bits: round and sticky position
            BigInteger[] qr = s <= 0 ? a.shiftLeft(-s).divideAndRemainder(d) : a.divideAndRemainder(d.shiftLeft(s));
            long q = qr[0].longValueExact();
            long mant = q >> 2;
            int low = (int) (q & 3);
            boolean sticky = qr[1].signum() != 0;
            if (low > 2 || low == 2 && (sticky || (mant & 1) != 0)) mant++;
            r = Math.scalb((double) mant, ulp);
            if (Math.getExponent(r) > emax) r = Double.POSITIVE_INFINITY;
        }
        return n.signum() < 0 ? -r : r;
    }
    static double toDouble(ConstValue v) { BigInteger[] r = rat(v); return ratToDouble(r[0], r[1]); }

    /** Rounds a real value to float64; null if it overflows. */
    public static ConstValue roundFloat64(ConstValue v) {
        if (v.rounded64 != null) return v.rounded64;
        if (isFloat64(v)) return v.rounded64 = v;
        double d = toDouble(v);
        if (Double.isInfinite(d)) return null;
        return v.rounded64 = makeFloat64(d);
    }

    /** v is a float64 value already: an integer of at most 53 bits, or m/2^k with m of at most 53 bits and k &lt;= 1074. */
    private static boolean isFloat64(ConstValue v) {
        return switch (v.kind) {
            case INT -> v.num.bitLength() <= 53;
            case FLOAT -> v.num.bitLength() <= 53 && v.den.getLowestSetBit() == v.den.bitLength() - 1 && v.den.bitLength() - 1 <= 1074;
            default -> false;
        };
    }
    public static ConstValue roundFloat32(ConstValue v) {
        BigInteger[] r = rat(v);
        double f = ratToFloat32(r[0], r[1]);
        if (Double.isInfinite(f)) return null;
        return makeFloat64(f);
    }

    // ---- operations ----
    static int ord(ConstValue.Kind k) { return switch (k) { case INT -> 1; case FLOAT -> 2; case COMPLEX -> 3; default -> 0; }; }

    /** Unary op (ADD, SUB, XOR, NOT). prec: for XOR on unsigned typed values, the bit size (0 = unlimited). */
    public static ConstValue unaryOp(Op op, ConstValue y, int prec) {
        switch (op) {
            case ADD: return y;
            case SUB:
                switch (y.kind) {
                    case INT: return makeInt(y.num.negate());
                    case FLOAT: return makeRat(y.num.negate(), y.den);
                    case COMPLEX: return new ConstValue(ConstValue.Kind.COMPLEX, y.num.negate(), y.den, y.inum.negate(), y.iden, false, null);
                    default: return ConstValue.UNKNOWN;
                }
            case XOR: {
                if (y.kind != ConstValue.Kind.INT) return ConstValue.UNKNOWN;
                BigInteger z = y.num.not();
                if (prec > 0) z = z.and(BigInteger.ONE.shiftLeft(prec).subtract(BigInteger.ONE));
                return makeInt(z);
            }
            case NOT: return y.kind == ConstValue.Kind.BOOL ? makeBool(!y.bool) : ConstValue.UNKNOWN;
            default: return ConstValue.UNKNOWN;
        }
    }

    /** Binary arithmetic/logic op; intDiv selects truncated integer division for QUO. Division by zero must be checked by the caller. */
    public static ConstValue binaryOp(ConstValue x, Op op, ConstValue y, boolean intDiv) {
        if (x.kind == ConstValue.Kind.UNKNOWN || y.kind == ConstValue.Kind.UNKNOWN) return ConstValue.UNKNOWN;
        if (x.kind == ConstValue.Kind.BOOL && y.kind == ConstValue.Kind.BOOL) {
            return switch (op) { case ANDAND -> makeBool(x.bool && y.bool); case OROR -> makeBool(x.bool || y.bool); default -> ConstValue.UNKNOWN; };
        }
        if (x.kind == ConstValue.Kind.STRING && y.kind == ConstValue.Kind.STRING) {
            return op == Op.ADD ? makeString(x.str + y.str) : ConstValue.UNKNOWN;
        }
        int k = Math.max(ord(x.kind), ord(y.kind));
        if (k == 0 || ord(x.kind) == 0 || ord(y.kind) == 0) return ConstValue.UNKNOWN;
        if (k == 1 && !(op == Op.QUO && !intDiv)) {
            BigInteger a = x.num, b = y.num;
            return switch (op) {
                case ADD -> makeInt(a.add(b));
                case SUB -> makeInt(a.subtract(b));
                case MUL -> makeInt(a.multiply(b));
                case QUO -> makeInt(a.divide(b));
                case REM -> makeInt(a.remainder(b));
                case AND -> makeInt(a.and(b));
                case OR -> makeInt(a.or(b));
                case XOR -> makeInt(a.xor(b));
                case AND_NOT -> makeInt(a.andNot(b));
                default -> ConstValue.UNKNOWN;
            };
        }
        if (k <= 2) {
            BigInteger[] a = rat(x), b = rat(y);
            return switch (op) {
                case ADD -> makeRat(a[0].multiply(b[1]).add(b[0].multiply(a[1])), a[1].multiply(b[1]));
                case SUB -> makeRat(a[0].multiply(b[1]).subtract(b[0].multiply(a[1])), a[1].multiply(b[1]));
                case MUL -> makeRat(a[0].multiply(b[0]), a[1].multiply(b[1]));
                case QUO -> makeRat(a[0].multiply(b[1]), a[1].multiply(b[0]));
                default -> ConstValue.UNKNOWN;
            };
        }
        ConstValue xc = toComplex(x), yc = toComplex(y);
        ConstValue a = real(xc), b = imag(xc), c = real(yc), d = imag(yc);
        switch (op) {
            case ADD: return makeComplex(binaryOp(a, Op.ADD, c, false), binaryOp(b, Op.ADD, d, false));
            case SUB: return makeComplex(binaryOp(a, Op.SUB, c, false), binaryOp(b, Op.SUB, d, false));
            case MUL: {
                ConstValue ac = binaryOp(a, Op.MUL, c, false), bd = binaryOp(b, Op.MUL, d, false);
                ConstValue bc = binaryOp(b, Op.MUL, c, false), ad = binaryOp(a, Op.MUL, d, false);
                return makeComplex(binaryOp(ac, Op.SUB, bd, false), binaryOp(bc, Op.ADD, ad, false));
            }
            case QUO: {
                ConstValue ac = binaryOp(a, Op.MUL, c, false), bd = binaryOp(b, Op.MUL, d, false);
                ConstValue bc = binaryOp(b, Op.MUL, c, false), ad = binaryOp(a, Op.MUL, d, false);
                ConstValue cc = binaryOp(c, Op.MUL, c, false), dd = binaryOp(d, Op.MUL, d, false);
                ConstValue s = binaryOp(cc, Op.ADD, dd, false);
                return makeComplex(binaryOp(binaryOp(ac, Op.ADD, bd, false), Op.QUO, s, false), binaryOp(binaryOp(bc, Op.SUB, ad, false), Op.QUO, s, false));
            }
            default: return ConstValue.UNKNOWN;
        }
    }

    public static ConstValue shift(ConstValue x, Op op, long s) {
        ConstValue xi = toInt(x);
        if (xi.kind != ConstValue.Kind.INT) return ConstValue.UNKNOWN;
        if (op == Op.SHL) return makeInt(xi.num.shiftLeft((int) s));
        return makeInt(xi.num.shiftRight((int) Math.min(s, Integer.MAX_VALUE)));
    }

    public static boolean compare(ConstValue x, Op op, ConstValue y) {
        int c;
        if (x.kind == ConstValue.Kind.BOOL) {
            boolean eq = x.bool == y.bool;
            return op == Op.EQL ? eq : !eq;
        }
        if (x.kind == ConstValue.Kind.STRING) c = x.str.compareTo(y.str);
        else if (x.kind == ConstValue.Kind.COMPLEX || y.kind == ConstValue.Kind.COMPLEX) {
            ConstValue a = toComplex(x), b = toComplex(y);
            boolean eq = real(a).equalsValue(real(b)) && imag(a).equalsValue(imag(b));
            return op == Op.EQL ? eq : !eq;
        } else {
            BigInteger[] a = rat(x), b = rat(y);
            c = a[0].multiply(b[1]).compareTo(b[0].multiply(a[1]));
        }
        return switch (op) {
            case EQL -> c == 0; case NEQ -> c != 0; case LSS -> c < 0; case LEQ -> c <= 0; case GTR -> c > 0; case GEQ -> c >= 0;
            default -> false;
        };
    }

    // ---- strings ----
    public static String string(ConstValue v) {
        switch (v.kind) {
            case UNKNOWN: return "unknown";
            case BOOL: return Boolean.toString(v.bool);
            case STRING: {
                String s = quote(v.str);
                int runes = s.codePointCount(0, s.length());
                if (runes > 72) {
                    int i = s.offsetByCodePoints(0, 72 - 3);
                    s = s.substring(0, i) + "...";
                }
                return s;
            }
            case INT: return v.num.toString();
            case FLOAT: return formatG6(v);
            case COMPLEX: return "(" + partString(real(v)) + " + " + partString(imag(v)) + "i)";
        }
        return "?";
    }
    private static String partString(ConstValue v) { return v.kind == ConstValue.Kind.INT ? v.num.toString() : formatG6(v); }

    /** Go's fmt %.6g of the value's float64 approximation (go/constant floatVal.String). */
    static String formatG6(ConstValue v) {
        double d = toDouble(v);
        if (Double.isInfinite(d) || (d == 0 && sign(v) != 0)) {
            // out of float64 range: approximate like go/constant
            BigInteger[] r = rat(v);
            BigDecimal bd = new BigDecimal(r[0]).divide(new BigDecimal(r[1]), new MathContext(6, RoundingMode.HALF_EVEN));
            return gFormat(bd);
        }
        return formatG(d, 6);
    }

    /** Go's %.{prec}g for a double. */
    public static String formatG(double d, int prec) {
        if (d == 0) return (1 / d < 0) ? "-0" : "0";
        if (Double.isNaN(d)) return "NaN";
        if (Double.isInfinite(d)) return d > 0 ? "+Inf" : "-Inf";
        BigDecimal bd = new BigDecimal(d).round(new MathContext(prec, RoundingMode.HALF_EVEN));
        return gFormat(bd);
    }

    private static String gFormat(BigDecimal bd) {
        bd = bd.stripTrailingZeros();
        boolean neg = bd.signum() < 0;
        String digits = bd.unscaledValue().abs().toString();
        int exp = digits.length() - 1 - bd.scale(); // decimal exponent of first digit
        StringBuilder sb = new StringBuilder();
        if (neg) sb.append('-');
        if (exp < -4 || exp >= 6) {
            sb.append(digits.charAt(0));
            if (digits.length() > 1) sb.append('.').append(digits, 1, digits.length());
            sb.append('e').append(exp < 0 ? '-' : '+');
            int ae = Math.abs(exp);
            if (ae < 10) sb.append('0');
            sb.append(ae);
        } else if (exp < 0) {
            sb.append("0.");
            for (int i = -1; i > exp; i--) sb.append('0');
            sb.append(digits);
        } else {
            if (digits.length() <= exp + 1) {
                sb.append(digits);
                for (int i = digits.length(); i <= exp; i++) sb.append('0');
            } else {
                sb.append(digits, 0, exp + 1).append('.').append(digits, exp + 1, digits.length());
            }
        }
        return sb.toString();
    }

    /** strconv.Quote of Go string bytes (one char per byte). */
    public static String quote(String bytes) {
        byte[] b = new byte[bytes.length()];
        for (int i = 0; i < b.length; i++) b[i] = (byte) bytes.charAt(i);
        StringBuilder sb = new StringBuilder("\"");
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                switch (c) {
                    case 7 -> sb.append("\\a"); case 8 -> sb.append("\\b"); case 12 -> sb.append("\\f");
                    case '\n' -> sb.append("\\n"); case '\r' -> sb.append("\\r"); case '\t' -> sb.append("\\t");
                    case 11 -> sb.append("\\v"); case '\\' -> sb.append("\\\\"); case '"' -> sb.append("\\\"");
                    default -> {
                        if (c < 0x20 || c == 0x7f) sb.append(String.format("\\x%02x", c));
                        else sb.append((char) c);
                    }
                }
                i++;
                continue;
            }
            // decode UTF-8
            int n = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
            int cp = -1;
            if (n > 1 && i + n <= b.length) {
                try {
                    java.nio.charset.CharsetDecoder dec = java.nio.charset.StandardCharsets.UTF_8.newDecoder();
                    String s = dec.decode(java.nio.ByteBuffer.wrap(b, i, n)).toString();
                    if (s.codePointCount(0, s.length()) == 1) cp = s.codePointAt(0);
                } catch (java.nio.charset.CharacterCodingException e) { cp = -1; }
            }
            if (cp < 0) { sb.append(String.format("\\x%02x", c)); i++; continue; }
            if (Character.isISOControl(cp) || !Character.isDefined(cp) || Character.getType(cp) == Character.FORMAT) {
                if (cp < 0x10000) sb.append(String.format("\\u%04x", cp)); else sb.append(String.format("\\U%08x", cp));
            } else sb.appendCodePoint(cp);
            i += n;
        }
        return sb.append('"').toString();
    }

    /** Go string bytes (chars 0..255) → Java String decoded as UTF-8. */
    public static String utf8(String bytes) {
        byte[] b = new byte[bytes.length()];
        for (int i = 0; i < b.length; i++) b[i] = (byte) bytes.charAt(i);
        return new String(b, java.nio.charset.StandardCharsets.UTF_8);
    }
}
