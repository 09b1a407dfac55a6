package glassgo.compiler.types;

import java.math.BigInteger;

/**
 * An exact constant value (go/constant.Value). Kinds: BOOL, STRING, INT (BigInteger), FLOAT (exact
 * rational num/den, den &gt; 0, reduced), COMPLEX (two rationals), UNKNOWN. Arithmetic lives in
 * {@link Constants}.
 */
public final class ConstValue {
    public enum Kind { UNKNOWN, BOOL, STRING, INT, FLOAT, COMPLEX }

    public static final ConstValue UNKNOWN = new ConstValue(Kind.UNKNOWN, null, null, null, null, false, null);
    public static final ConstValue TRUE = new ConstValue(Kind.BOOL, null, null, null, null, true, null);
    public static final ConstValue FALSE = new ConstValue(Kind.BOOL, null, null, null, null, false, null);

    final Kind kind;
    /** INT: value; FLOAT/COMPLEX: real numerator/denominator. */
    final BigInteger num, den;
    /** COMPLEX: imaginary part numerator/denominator. */
    final BigInteger inum, iden;
    final boolean bool;
    final String str; // Java string whose chars are bytes 0..255 (Go strings are byte sequences)
    /** Memo of Constants.roundFloat64 (values are immutable; checking rounds the same value repeatedly). */
    ConstValue rounded64;

    ConstValue(Kind kind, BigInteger num, BigInteger den, BigInteger inum, BigInteger iden, boolean bool, String str) {
        this.kind = kind; this.num = num; this.den = den; this.inum = inum; this.iden = iden; this.bool = bool; this.str = str;
    }

    public Kind kind() { return kind; }
    public boolean boolVal() { return bool; }
    /** Go string bytes, one char (0..255) per byte. */
    public String stringBytes() { return str; }
    public byte[] bytes() { byte[] b = new byte[str.length()]; for (int i = 0; i < b.length; i++) b[i] = (byte) str.charAt(i); return b; }
    /** Integer value (kind INT, or an integral FLOAT/COMPLEX). */
    public BigInteger intVal() { return Constants.toInt(this).num; }
    /** Nearest double of a numeric value (real part for complex). */
    public double float64Val() { return Constants.toDouble(this); }
    public double imagFloat64() { return kind == Kind.COMPLEX ? Constants.ratToDouble(inum, iden) : 0; }
    public long int64Val() { return intVal().longValue(); }
    /** Exact value equality (same kind family and value). */
    public boolean equalsValue(ConstValue o) {
        if (kind == Kind.BOOL || o.kind == Kind.BOOL) return kind == o.kind && bool == o.bool;
        if (kind == Kind.STRING || o.kind == Kind.STRING) return kind == o.kind && str.equals(o.str);
        if (kind == Kind.UNKNOWN || o.kind == Kind.UNKNOWN) return false;
        return Constants.compare(this, glassgo.compiler.syntax.Op.EQL, o);
    }
    @Override public String toString() { return Constants.string(this); }
}
