package glassgo.vm.lib.fmt;

import glassgo.vm.lib.fmt.GoValue.Kind;
import glassgo.vm.lib.strconv.ByteBuf;
import glassgo.vm.lib.strconv.FloatFormat;
import glassgo.vm.lib.strconv.Quote;
import glassgo.vm.lib.strconv.Unicode;
import glassgo.vm.lib.strconv.Utf8;

/**
 * Go 1.19's fmt printer (print.go + format.go) over {@link GoValue}: Sprint, Sprintln,
 * Sprintf and Errorf's %w bookkeeping, byte-identical to Go.
 *
 * <p>Structure follows Go's: {@code printArg} handles one operand at depth 0,
 * {@code handleMethods} dispatches Error()/String() (not for %T/%p, not under %#v, not
 * while printing a bad-verb report), {@code printValue} walks composite values, and the
 * {@code fmt*} methods apply width/precision/flags. Maps are printed in internal/fmtsort
 * order ({@link MapSort}). Formatter operands are formatted by their Go Format method
 * ({@link GoValue#callFormat}), GoStringer ones by GoString under %#v.
 */
public final class Printer {
  // Text of fmt's diagnostics.
  private static final String COMMA_SPACE = ", ", NIL_ANGLE = "<nil>", NIL_PAREN = "(nil)", NIL = "nil",
      MAP = "map[", PERCENT_BANG = "%!", MISSING = "(MISSING)", BAD_INDEX = "(BADINDEX)",
      PANIC = "(PANIC=", EXTRA = "%!(EXTRA ", BAD_WIDTH = "%!(BADWIDTH)", BAD_PREC = "%!(BADPREC)",
      NO_VERB = "%!(NOVERB)", INVALID_REFLECT = "<invalid reflect.Value>";
  private static final String LDIGITS = "0123456789abcdefx", UDIGITS = "0123456789ABCDEFX";

  // pp state
  private final ByteBuf buf = new ByteBuf(64);
  private GoValue arg; // the operand being printed, null when printing a nested value
  private GoValue value; // the nested value being printed (for bad-verb reports)
  private boolean erroring, panicking, wrapErrs, reordered, goodArgNum;
  private int wrappedArg = -1, currentArg = -1;
  // fmt flags
  private int wid, prec;
  private boolean widPresent, precPresent, minus, plus, sharp, space, zero, plusV, sharpV;

  private Printer() {}

  /** Go's fmt.clearflags: only the flags; wid and prec keep their last values, as in Go (a
   *  Formatter's Width()/Precision() and fmtInteger's zero-precision padding can see them). */
  private void clearFlags() {
    widPresent = precPresent = minus = plus = sharp = space = zero = plusV = sharpV = false;
  }

  // ---------------------------------------------------------------- public API

  /** fmt.Sprint: spaces between operands when neither side is a string. */
  public static byte[] sprint(GoValue... a) {
    Printer p = new Printer();
    boolean prevString = false;
    for (int i = 0; i < a.length; i++) {
      GoValue v = operand(a[i]);
      boolean isString = v.kind() == Kind.STRING;
      if (i > 0 && !isString && !prevString) p.buf.append(' ');
      p.printArg(v, 'v');
      prevString = isString;
    }
    return p.buf.toByteArray();
  }

  /** fmt.Sprintln: spaces between all operands and a trailing newline. */
  public static byte[] sprintln(GoValue... a) {
    Printer p = new Printer();
    for (int i = 0; i < a.length; i++) {
      if (i > 0) p.buf.append(' ');
      p.printArg(operand(a[i]), 'v');
    }
    p.buf.append('\n');
    return p.buf.toByteArray();
  }

  /** fmt.Sprintf. */
  public static byte[] sprintf(byte[] format, GoValue... a) {
    Printer p = new Printer();
    p.doPrintf(format, a);
    return p.buf.toByteArray();
  }

  /** The result of formatting for fmt.Errorf: the text and the operand %w wrapped (-1: none). */
  public record Wrapped(byte[] text, int wrappedIndex) {}

  /**
   * fmt.Errorf's formatting: like sprintf, but %w accepts one error operand. If exactly one
   * %w consumed an error, {@code wrappedIndex} is its operand index and Errorf should return
   * a wrapError{text, a[wrappedIndex]}; otherwise errors.New(text).
   */
  public static Wrapped sprintfWrap(byte[] format, GoValue... a) {
    Printer p = new Printer();
    p.wrapErrs = true;
    p.doPrintf(format, a);
    return new Wrapped(p.buf.toByteArray(), p.wrappedArg);
  }

  /** Shortcut for {@code sprintfWrap(format, a).wrappedIndex()}. */
  public static int lastWrapIndex(byte[] format, GoValue... a) { return sprintfWrap(format, a).wrappedIndex; }

  /** Operands arrive as interface contents; unwrap a stray interface-kind value defensively. */
  private static GoValue operand(GoValue v) {
    if (v == null) return NilValue.INSTANCE;
    while (v.kind() == Kind.INTERFACE) v = v.isNil() ? NilValue.INSTANCE : v.elem();
    return v;
  }

  // ---------------------------------------------------------------- padding

  private void writePadding(int n) {
    if (n <= 0) return;
    buf.appendByteRepeat((byte) (zero ? '0' : ' '), n);
  }

  private void pad(byte[] b) {
    if (!widPresent || wid == 0) { buf.append(b); return; }
    int width = wid - Utf8.runeCount(b);
    if (!minus) { writePadding(width); buf.append(b); }
    else { buf.append(b); writePadding(width); }
  }

  private void padString(String s) { pad(s.getBytes(java.nio.charset.StandardCharsets.UTF_8)); }

  // ---------------------------------------------------------------- format.go

  private void fmtBoolean(boolean v) { padString(v ? "true" : "false"); }

  private void fmtUnicode(long u) {
    int p = 4;
    if (precPresent && prec > 4) p = prec;
    ByteBuf b = new ByteBuf(p + 16);
    b.append("U+");
    String hex = Long.toHexString(u).toUpperCase();
    for (int k = hex.length(); k < p; k++) b.append('0');
    b.append(hex);
    if (sharp && Long.compareUnsigned(u, Unicode.MAX_RUNE) <= 0 && Unicode.isPrint((int) u)) {
      b.append(" '");
      b.appendRune((int) u);
      b.append('\'');
    }
    boolean oldZero = zero;
    zero = false;
    pad(b.toByteArray());
    zero = oldZero;
  }

  private void fmtInteger(long u, int base, boolean isSigned, int verb, String digits) {
    boolean negative = isSigned && u < 0;
    if (negative) u = -u;
    int p = 0;
    if (precPresent) {
      p = prec;
      if (p == 0 && u == 0) {
        boolean oldZero = zero;
        zero = false;
        writePadding(wid);
        zero = oldZero;
        return;
      }
    } else if (zero && widPresent) {
      p = wid;
      if (negative || plus || space) p--; // leave room for sign
    }
    int cap = 68 + Math.max(p, 0) + 4;
    byte[] b = new byte[cap];
    int i = cap;
    switch (base) {
      case 10:
        while (Long.compareUnsigned(u, 10) >= 0) {
          long next = Long.divideUnsigned(u, 10);
          b[--i] = (byte) ('0' + (u - next * 10));
          u = next;
        }
        break;
      case 16:
        while (Long.compareUnsigned(u, 16) >= 0) { b[--i] = (byte) digits.charAt((int) (u & 0xf)); u >>>= 4; }
        break;
      case 8:
        while (Long.compareUnsigned(u, 8) >= 0) { b[--i] = (byte) ('0' + (u & 7)); u >>>= 3; }
        break;
      case 2:
        while (Long.compareUnsigned(u, 2) >= 0) { b[--i] = (byte) ('0' + (u & 1)); u >>>= 1; }
        break;
      default:
        throw new IllegalStateException("fmt: unknown base; can't happen");
    }
    b[--i] = (byte) digits.charAt((int) u);
    while (i > 4 && p > cap - i) b[--i] = '0';
    if (sharp) {
      switch (base) {
        case 2: b[--i] = 'b'; b[--i] = '0'; break;
        case 8: if (b[i] != '0') b[--i] = '0'; break;
        case 16: b[--i] = (byte) digits.charAt(16); b[--i] = '0'; break;
        default: break;
      }
    }
    if (verb == 'O') { b[--i] = 'o'; b[--i] = '0'; }
    if (negative) b[--i] = '-';
    else if (plus) b[--i] = '+';
    else if (space) b[--i] = ' ';
    boolean oldZero = zero;
    zero = false;
    pad(java.util.Arrays.copyOfRange(b, i, cap));
    zero = oldZero;
  }

  /** Truncates to prec runes when a precision is present. */
  private byte[] truncate(byte[] s) {
    if (precPresent) {
      int n = prec;
      for (int i = 0; i < s.length; ) {
        n--;
        if (n < 0) return java.util.Arrays.copyOf(s, i);
        i += (s[i] & 0xff) < 0x80 ? 1 : Utf8.width(Utf8.decode(s, i, s.length));
      }
    }
    return s;
  }

  private void fmtS(byte[] s) { pad(truncate(s)); }

  private void fmtSbx(byte[] s, String digits) {
    int length = s.length;
    if (precPresent && prec < length) length = prec;
    int width = 2 * length;
    if (width > 0) {
      if (space) {
        if (sharp) width *= 2;
        width += length - 1;
      } else if (sharp) {
        width += 2;
      }
    } else {
      if (widPresent) writePadding(wid);
      return;
    }
    if (widPresent && wid > width && !minus) writePadding(wid - width);
    if (sharp) { buf.append('0'); buf.append(digits.charAt(16)); }
    for (int i = 0; i < length; i++) {
      if (space && i > 0) {
        buf.append(' ');
        if (sharp) { buf.append('0'); buf.append(digits.charAt(16)); }
      }
      int c = s[i] & 0xff;
      buf.append(digits.charAt(c >> 4));
      buf.append(digits.charAt(c & 0xf));
    }
    if (widPresent && wid > width && minus) writePadding(wid - width);
  }

  private void fmtQ(byte[] s) {
    s = truncate(s);
    if (sharp && Quote.canBackquote(s)) {
      byte[] q = new byte[s.length + 2];
      q[0] = '`';
      System.arraycopy(s, 0, q, 1, s.length);
      q[q.length - 1] = '`';
      pad(q);
      return;
    }
    pad(plus ? Quote.quoteToASCII(s) : Quote.quote(s));
  }

  private void fmtC(long c) {
    int r = Long.compareUnsigned(c, Unicode.MAX_RUNE) > 0 ? Utf8.RUNE_ERROR : (int) c;
    pad(Utf8.encode(r));
  }

  private void fmtQc(long c) {
    int r = Long.compareUnsigned(c, Unicode.MAX_RUNE) > 0 ? Utf8.RUNE_ERROR : (int) c;
    pad(plus ? Quote.quoteRuneToASCII(r) : Quote.quoteRune(r));
  }

  private void fmtFloatF(double v, int size, int verb, int p) {
    if (precPresent) p = prec;
    ByteBuf nb = new ByteBuf(32);
    nb.append('+');
    FloatFormat.append(nb, v, (char) verb, p, size);
    byte[] num0 = nb.toByteArray();
    // num is num0[off..len)
    int off = 0;
    byte[] num;
    if (num0[1] == '-' || num0[1] == '+') off = 1;
    else num0[0] = '+';
    num = java.util.Arrays.copyOfRange(num0, off, num0.length);
    if (space && num[0] == '+' && !plus) num[0] = ' ';
    if (num[1] == 'I' || num[1] == 'N') {
      boolean oldZero = zero;
      zero = false;
      if (num[1] == 'N' && !space && !plus) num = java.util.Arrays.copyOfRange(num, 1, num.length);
      pad(num);
      zero = oldZero;
      return;
    }
    if (sharp && verb != 'b') {
      int digits = 0;
      if (verb == 'v' || verb == 'g' || verb == 'G' || verb == 'x') {
        digits = p;
        if (digits == -1) digits = 6;
      }
      byte[] tail = new byte[0];
      boolean hasDecimalPoint = false, sawNonzeroDigit = false;
      int n = num.length;
      for (int i = 1; i < n; i++) {
        byte c = num[i];
        if (c == '.') { hasDecimalPoint = true; continue; }
        if (c == 'p' || c == 'P' || ((c == 'e' || c == 'E') && verb != 'x' && verb != 'X')) {
          tail = java.util.Arrays.copyOfRange(num, i, n);
          n = i;
          break;
        }
        if (c != '0') sawNonzeroDigit = true;
        if (sawNonzeroDigit) digits--;
      }
      ByteBuf nb2 = new ByteBuf(n + 16);
      nb2.append(num, 0, n);
      if (!hasDecimalPoint) {
        if (n == 2 && num[1] == '0') digits--; // a lone 0 counts as a digit
        nb2.append('.');
      }
      while (digits > 0) { nb2.append('0'); digits--; }
      nb2.append(tail);
      num = nb2.toByteArray();
    }
    if (plus || num[0] != '+') {
      if (zero && widPresent && wid > num.length) {
        buf.append(num[0]);
        writePadding(wid - num.length);
        buf.append(num, 1, num.length - 1);
        return;
      }
      pad(num);
      return;
    }
    pad(java.util.Arrays.copyOfRange(num, 1, num.length));
  }

  // ---------------------------------------------------------------- print.go

  private void badVerb(int verb) {
    erroring = true;
    buf.append(PERCENT_BANG);
    buf.appendRune(verb);
    buf.append('(');
    if (arg != null && arg.kind() != Kind.INVALID) {
      buf.appendUtf8(arg.typeString());
      buf.append('=');
      printArg(arg, 'v');
    } else if (value != null && value.kind() != Kind.INVALID) {
      buf.appendUtf8(value.typeString());
      buf.append('=');
      printValue(value, 'v', 0);
    } else {
      buf.append(NIL_ANGLE);
    }
    buf.append(')');
    erroring = false;
  }

  private void fmtBool(boolean v, int verb) {
    if (verb == 't' || verb == 'v') fmtBoolean(v); else badVerb(verb);
  }

  private void fmt0x64(long v, boolean leading0x) {
    boolean s = sharp;
    sharp = leading0x;
    fmtInteger(v, 16, false, 'v', LDIGITS);
    sharp = s;
  }

  private void fmtInteger(long v, boolean isSigned, int verb) {
    switch (verb) {
      case 'v':
        if (sharpV && !isSigned) fmt0x64(v, true); else fmtInteger(v, 10, isSigned, verb, LDIGITS);
        break;
      case 'd': fmtInteger(v, 10, isSigned, verb, LDIGITS); break;
      case 'b': fmtInteger(v, 2, isSigned, verb, LDIGITS); break;
      case 'o': case 'O': fmtInteger(v, 8, isSigned, verb, LDIGITS); break;
      case 'x': fmtInteger(v, 16, isSigned, verb, LDIGITS); break;
      case 'X': fmtInteger(v, 16, isSigned, verb, UDIGITS); break;
      case 'c': fmtC(v); break;
      case 'q': fmtQc(v); break;
      case 'U': fmtUnicode(v); break;
      default: badVerb(verb);
    }
  }

  private void fmtFloat(double v, int size, int verb) {
    switch (verb) {
      case 'v': fmtFloatF(v, size, 'g', -1); break;
      case 'b': case 'g': case 'G': case 'x': case 'X': fmtFloatF(v, size, verb, -1); break;
      case 'f': case 'e': case 'E': fmtFloatF(v, size, verb, 6); break;
      case 'F': fmtFloatF(v, size, 'f', 6); break;
      default: badVerb(verb);
    }
  }

  private void fmtComplex(double re, double im, int size, int verb) {
    switch (verb) {
      case 'v': case 'b': case 'g': case 'G': case 'x': case 'X': case 'f': case 'F': case 'e': case 'E': {
        boolean oldPlus = plus;
        buf.append('(');
        fmtFloat(re, size / 2, verb);
        plus = true;
        fmtFloat(im, size / 2, verb);
        buf.append("i)");
        plus = oldPlus;
        break;
      }
      default: badVerb(verb);
    }
  }

  private void fmtString(byte[] v, int verb) {
    switch (verb) {
      case 'v': if (sharpV) fmtQ(v); else fmtS(v); break;
      case 's': fmtS(v); break;
      case 'x': fmtSbx(v, LDIGITS); break;
      case 'X': fmtSbx(v, UDIGITS); break;
      case 'q': fmtQ(v); break;
      default: badVerb(verb);
    }
  }

  private static byte[] bytesOf(GoValue v) {
    int n = v.len();
    byte[] b = new byte[n];
    for (int i = 0; i < n; i++) b[i] = (byte) v.index(i).uintValue();
    return b;
  }

  /** fmtBytes for a top-level []byte operand (typeString "[]byte"), and for %s/%q/%x of byte arrays/slices. */
  private void fmtBytes(GoValue f, int verb, String typeString) {
    switch (verb) {
      case 'v': case 'd': {
        byte[] v = bytesOf(f);
        if (sharpV) {
          buf.appendUtf8(typeString);
          if (f.kind() == Kind.SLICE && f.isNil()) { buf.append(NIL_PAREN); return; }
          buf.append('{');
          for (int i = 0; i < v.length; i++) {
            if (i > 0) buf.append(COMMA_SPACE);
            fmt0x64(v[i] & 0xff, true);
          }
          buf.append('}');
        } else {
          buf.append('[');
          for (int i = 0; i < v.length; i++) {
            if (i > 0) buf.append(' ');
            fmtInteger(v[i] & 0xff, 10, false, verb, LDIGITS);
          }
          buf.append(']');
        }
        break;
      }
      case 's': fmtS(bytesOf(f)); break;
      case 'x': fmtSbx(bytesOf(f), LDIGITS); break;
      case 'X': fmtSbx(bytesOf(f), UDIGITS); break;
      case 'q': fmtQ(bytesOf(f)); break;
      default: printValue(f, verb, 0);
    }
  }

  private static boolean isPointerish(Kind k) {
    return k == Kind.CHAN || k == Kind.FUNC || k == Kind.MAP || k == Kind.POINTER || k == Kind.SLICE || k == Kind.UNSAFE_POINTER;
  }

  private void fmtPointer(GoValue v, int verb) {
    if (!isPointerish(v.kind())) { badVerb(verb); return; }
    long u = v.isNil() ? 0 : v.pointer();
    switch (verb) {
      case 'v':
        if (sharpV) {
          buf.append('(');
          buf.appendUtf8(v.typeString());
          buf.append(")(");
          if (u == 0) buf.append(NIL); else fmt0x64(u, true);
          buf.append(')');
        } else {
          if (u == 0) padString(NIL_ANGLE); else fmt0x64(u, !sharp);
        }
        break;
      case 'p': fmt0x64(u, !sharp); break;
      case 'b': case 'o': case 'd': case 'x': case 'X': fmtInteger(u, false, verb); break;
      default: badVerb(verb);
    }
  }

  private void catchPanic(MethodPanic e, int verb, String method) {
    if (e.nilReceiver) { buf.append(NIL_ANGLE); return; }
    if (panicking) throw e;
    int owid = wid, oprec = prec;
    boolean[] of = {widPresent, precPresent, minus, plus, sharp, space, zero, plusV, sharpV};
    clearFlags();
    buf.append(PERCENT_BANG);
    buf.appendRune(verb);
    buf.append(PANIC);
    buf.append(method);
    buf.append(" method: ");
    panicking = true;
    buf.append(e.panicText);
    panicking = false;
    buf.append(')');
    wid = owid; prec = oprec;
    widPresent = of[0]; precPresent = of[1]; minus = of[2]; plus = of[3]; sharp = of[4]; space = of[5]; zero = of[6]; plusV = of[7]; sharpV = of[8];
  }

  private boolean handleMethods(GoValue v, int verb) {
    if (erroring) return false;
    if (verb == 'w') {
      boolean isErr = v.kind() != Kind.INVALID && v.hasMethod("Error");
      if (!isErr || !wrapErrs || wrappedArg >= 0) {
        wrappedArg = -1;
        wrapErrs = false;
        badVerb(verb);
        return true;
      }
      wrappedArg = currentArg;
      verb = 'v';
    }
    // Is it a Formatter?
    if (v.kind() != Kind.INVALID && v.hasMethod("Format")) {
      int flags = (minus ? 1 : 0) | (plus || plusV ? 2 : 0) | (sharp || sharpV ? 4 : 0) | (space ? 8 : 0) | (zero ? 16 : 0)
          | (widPresent ? 32 : 0) | (precPresent ? 64 : 0);
      byte[] out;
      try {
        out = v.callFormat(verb, wid, prec, flags);
      } catch (MethodPanic e) {
        buf.append(e.partial);
        catchPanic(e, verb, "Format");
        return true;
      }
      if (out != null) {
        buf.append(out);
        return true;
      }
    }
    // If we're doing Go syntax and the argument knows how to supply it, take care of it now.
    if (sharpV) {
      if (v.kind() == Kind.INVALID || !v.hasMethod("GoString")) return false;
      byte[] s;
      try {
        s = v.callStringMethod("GoString");
      } catch (MethodPanic e) {
        catchPanic(e, verb, "GoString");
        return true;
      }
      // Print the result of GoString unadorned.
      fmtS(s);
      return true;
    }
    switch (verb) {
      case 'v': case 's': case 'x': case 'X': case 'q': {
        String m = v.hasMethod("Error") ? "Error" : v.hasMethod("String") ? "String" : null;
        if (m == null) return false;
        byte[] s;
        try {
          s = v.callStringMethod(m);
        } catch (MethodPanic e) {
          catchPanic(e, verb, m);
          return true;
        }
        fmtString(s, verb);
        return true;
      }
      default:
        return false;
    }
  }

  private void printArg(GoValue a, int verb) {
    arg = a;
    value = null;
    if (a.kind() == Kind.INVALID) {
      if (verb == 'T' || verb == 'v') padString(NIL_ANGLE); else badVerb(verb);
      return;
    }
    if (verb == 'T') { fmtS(a.typeString().getBytes(java.nio.charset.StandardCharsets.UTF_8)); return; }
    if (verb == 'p') { fmtPointer(a, 'p'); return; }
    if (a.kind() == Kind.SLICE && (a.typeString().equals("[]uint8") || a.typeString().equals("[]byte"))) { // the exact type []byte
      fmtBytes(a, verb, "[]byte");
      return;
    }
    if (!handleMethods(a, verb)) printValue(a, verb, 0);
  }

  private void printValue(GoValue f, int verb, int depth) {
    if (depth > 0 && f.kind() != Kind.INVALID && f.canInterface()) {
      GoValue dyn = f;
      if (f.kind() == Kind.INTERFACE) dyn = f.isNil() ? null : f.elem();
      if (dyn != null) {
        arg = dyn;
        if (handleMethods(dyn, verb)) return;
      }
    }
    arg = null;
    value = f;
    switch (f.kind()) {
      case INVALID:
        if (depth == 0) buf.append(INVALID_REFLECT);
        else if (verb == 'v') buf.append(NIL_ANGLE);
        else badVerb(verb);
        break;
      case BOOL: fmtBool(f.boolValue(), verb); break;
      case INT: case INT8: case INT16: case INT32: case INT64: fmtInteger(f.intValue(), true, verb); break;
      case UINT: case UINT8: case UINT16: case UINT32: case UINT64: case UINTPTR: fmtInteger(f.uintValue(), false, verb); break;
      case FLOAT32: fmtFloat(f.floatValue(), 32, verb); break;
      case FLOAT64: fmtFloat(f.floatValue(), 64, verb); break;
      case COMPLEX64: fmtComplex(f.real(), f.imag(), 64, verb); break;
      case COMPLEX128: fmtComplex(f.real(), f.imag(), 128, verb); break;
      case STRING: fmtString(f.stringBytes(), verb); break;
      case MAP: {
        if (sharpV) {
          buf.appendUtf8(f.typeString());
          if (f.isNil()) { buf.append(NIL_PAREN); return; }
          buf.append('{');
        } else {
          buf.append(MAP);
        }
        GoValue[][] entries = f.isNil() ? new GoValue[0][] : MapSort.sort(f.mapEntries());
        for (int i = 0; i < entries.length; i++) {
          if (i > 0) { if (sharpV) buf.append(COMMA_SPACE); else buf.append(' '); }
          printValue(entries[i][0], verb, depth + 1);
          buf.append(':');
          printValue(entries[i][1], verb, depth + 1);
        }
        buf.append(sharpV ? '}' : ']');
        break;
      }
      case STRUCT: {
        if (sharpV) buf.appendUtf8(f.typeString());
        buf.append('{');
        int n = f.numField();
        for (int i = 0; i < n; i++) {
          if (i > 0) { if (sharpV) buf.append(COMMA_SPACE); else buf.append(' '); }
          if (plusV || sharpV) {
            String name = f.fieldName(i);
            if (name != null && !name.isEmpty()) { buf.appendUtf8(name); buf.append(':'); }
          }
          GoValue fv = f.field(i);
          if (fv.kind() == Kind.INTERFACE && !fv.isNil()) fv = fv.elem();
          printValue(fv, verb, depth + 1);
        }
        buf.append('}');
        break;
      }
      case INTERFACE: {
        GoValue e = f.isNil() ? null : f.elem();
        if (e == null || e.kind() == Kind.INVALID) {
          if (sharpV) { buf.appendUtf8(f.typeString()); buf.append(NIL_PAREN); }
          else buf.append(NIL_ANGLE);
        } else {
          printValue(e, verb, depth + 1);
        }
        break;
      }
      case ARRAY: case SLICE: {
        if ((verb == 's' || verb == 'q' || verb == 'x' || verb == 'X') && f.elemKind() == Kind.UINT8) {
          fmtBytes(f, verb, f.typeString());
          return;
        }
        if (sharpV) {
          buf.appendUtf8(f.typeString());
          if (f.kind() == Kind.SLICE && f.isNil()) { buf.append(NIL_PAREN); return; }
          buf.append('{');
          for (int i = 0, n = f.len(); i < n; i++) {
            if (i > 0) buf.append(COMMA_SPACE);
            printValue(f.index(i), verb, depth + 1);
          }
          buf.append('}');
        } else {
          buf.append('[');
          for (int i = 0, n = f.len(); i < n; i++) {
            if (i > 0) buf.append(' ');
            printValue(f.index(i), verb, depth + 1);
          }
          buf.append(']');
        }
        break;
      }
      case POINTER:
        if (depth == 0 && !f.isNil() && f.pointer() != 0) {
          GoValue a = f.elem();
          switch (a.kind()) {
            case ARRAY: case SLICE: case STRUCT: case MAP:
              buf.append('&');
              printValue(a, verb, depth + 1);
              return;
            default:
              break;
          }
        }
        fmtPointer(f, verb);
        break;
      case CHAN: case FUNC: case UNSAFE_POINTER:
        fmtPointer(f, verb);
        break;
      default:
        buf.append('?');
        buf.appendUtf8(f.typeString());
        buf.append('?');
    }
  }

  // ---------------------------------------------------------------- Printf

  private static boolean tooLarge(long x) { return x > 1_000_000 || x < -1_000_000; }

  /** parsenum: returns {num, isnum(0/1), newi}. */
  private static int[] parsenum(byte[] s, int start, int end) {
    if (start >= end) return new int[] {0, 0, end};
    int num = 0, isnum = 0, i;
    for (i = start; i < end && '0' <= s[i] && s[i] <= '9'; i++) {
      if (tooLarge(num)) return new int[] {0, 0, end};
      num = num * 10 + (s[i] - '0');
      isnum = 1;
    }
    return new int[] {num, isnum, i};
  }

  /** intFromArg: {num, isInt(0/1), newArgNum}. */
  private static int[] intFromArg(GoValue[] a, int argNum) {
    int newArgNum = argNum;
    long num = 0;
    boolean isInt = false;
    if (argNum < a.length) {
      GoValue v = operand(a[argNum]);
      switch (v.kind()) {
        case INT: case INT8: case INT16: case INT32: case INT64:
          num = v.intValue(); isInt = true; break;
        case UINT: case UINT8: case UINT16: case UINT32: case UINT64: case UINTPTR: {
          long n = v.uintValue();
          if (n >= 0) { num = n; isInt = true; }
          break;
        }
        default: break;
      }
      newArgNum = argNum + 1;
      if (tooLarge(num)) { num = 0; isInt = false; }
    }
    return new int[] {(int) num, isInt ? 1 : 0, newArgNum};
  }

  /** argNumber: {newArgNum, newi, found(0/1)}. */
  private int[] argNumber(int argNum, byte[] format, int i, int numArgs) {
    if (format.length <= i || format[i] != '[') return new int[] {argNum, i, 0};
    reordered = true;
    // parseArgNumber on format[i:]
    int index = 0, w = 1;
    boolean ok = false;
    int n = format.length - i;
    if (n >= 3) {
      for (int j = 1; j < n; j++) {
        if (format[i + j] == ']') {
          int[] pn = parsenum(format, i + 1, i + j);
          if (pn[1] == 0 || pn[2] != i + j) { w = j + 1; ok = false; }
          else { index = pn[0] - 1; w = j + 1; ok = true; }
          break;
        }
      }
    }
    if (ok && 0 <= index && index < numArgs) return new int[] {index, i + w, 1};
    goodArgNum = false;
    return new int[] {argNum, i + w, ok ? 1 : 0};
  }

  private void doPrintf(byte[] format, GoValue[] a) {
    int end = format.length;
    int argNum = 0;
    boolean afterIndex = false;
    reordered = false;
    formatLoop:
    for (int i = 0; i < end; ) {
      goodArgNum = true;
      int lasti = i;
      while (i < end && format[i] != '%') i++;
      if (i > lasti) buf.append(format, lasti, i - lasti);
      if (i >= end) break;
      i++; // skip %
      clearFlags();
      simpleFormat:
      for (; i < end; i++) {
        byte c = format[i];
        switch (c) {
          case '#': sharp = true; break;
          case '0': zero = !minus; break;
          case '+': plus = true; break;
          case '-': minus = true; zero = false; break;
          case ' ': space = true; break;
          default:
            if ('a' <= c && c <= 'z' && argNum < a.length) {
              if (c == 'v') { sharpV = sharp; sharp = false; plusV = plus; plus = false; }
              currentArg = argNum;
              printArg(operand(a[argNum]), c);
              argNum++;
              i++;
              continue formatLoop;
            }
            break simpleFormat;
        }
      }
      int[] an = argNumber(argNum, format, i, a.length);
      argNum = an[0]; i = an[1]; afterIndex = an[2] == 1;
      if (i < end && format[i] == '*') {
        i++;
        int[] r = intFromArg(a, argNum);
        wid = r[0]; widPresent = r[1] == 1; argNum = r[2];
        if (!widPresent) buf.append(BAD_WIDTH);
        if (wid < 0) { wid = -wid; minus = true; zero = false; }
        afterIndex = false;
      } else {
        int[] r = parsenum(format, i, end);
        wid = r[0]; widPresent = r[1] == 1; i = r[2];
        if (afterIndex && widPresent) goodArgNum = false;
      }
      if (i + 1 < end && format[i] == '.') {
        i++;
        if (afterIndex) goodArgNum = false;
        an = argNumber(argNum, format, i, a.length);
        argNum = an[0]; i = an[1]; afterIndex = an[2] == 1;
        if (i < end && format[i] == '*') {
          i++;
          int[] r = intFromArg(a, argNum);
          prec = r[0]; precPresent = r[1] == 1; argNum = r[2];
          if (prec < 0) { prec = 0; precPresent = false; }
          if (!precPresent) buf.append(BAD_PREC);
          afterIndex = false;
        } else {
          int[] r = parsenum(format, i, end);
          prec = r[0]; precPresent = r[1] == 1; i = r[2];
          if (!precPresent) { prec = 0; precPresent = true; }
        }
      }
      if (!afterIndex) {
        an = argNumber(argNum, format, i, a.length);
        argNum = an[0]; i = an[1]; afterIndex = an[2] == 1;
      }
      if (i >= end) { buf.append(NO_VERB); break; }
      int verb = format[i] & 0xff, size = 1;
      if (verb >= 0x80) {
        long d = Utf8.decode(format, i, end);
        verb = Utf8.rune(d);
        size = Utf8.width(d);
      }
      i += size;
      if (verb == '%') {
        buf.append('%');
      } else if (!goodArgNum) {
        buf.append(PERCENT_BANG); buf.appendRune(verb); buf.append(BAD_INDEX);
      } else if (argNum >= a.length) {
        buf.append(PERCENT_BANG); buf.appendRune(verb); buf.append(MISSING);
      } else {
        if (verb == 'v') { sharpV = sharp; sharp = false; plusV = plus; plus = false; }
        currentArg = argNum;
        printArg(operand(a[argNum]), verb);
        argNum++;
      }
    }
    if (!reordered && argNum < a.length) {
      clearFlags();
      buf.append(EXTRA);
      for (int k = argNum; k < a.length; k++) {
        if (k > argNum) buf.append(COMMA_SPACE);
        GoValue v = operand(a[k]);
        if (v.kind() == Kind.INVALID) {
          buf.append(NIL_ANGLE);
        } else {
          buf.appendUtf8(v.typeString());
          buf.append('=');
          currentArg = k;
          printArg(v, 'v');
        }
      }
      buf.append(')');
    }
  }
}
