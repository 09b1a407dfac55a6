package glassgo.vm.lib.strconv;

/**
 * strconv's quoting: Quote, QuoteToASCII, QuoteToGraphic, QuoteRune*, CanBackquote,
 * Unquote and UnquoteChar, byte-exact with Go 1.19 (invalid UTF-8 bytes quote as \xNN,
 * printability by Go's own tables).
 */
public final class Quote {
  private Quote() {}

  private static final String HEX = "0123456789abcdef";

  public static byte[] quote(byte[] s) { return quoteWith(s, '"', false, false); }
  public static byte[] quoteToASCII(byte[] s) { return quoteWith(s, '"', true, false); }
  public static byte[] quoteToGraphic(byte[] s) { return quoteWith(s, '"', false, true); }
  public static byte[] quoteRune(int r) { return quoteRuneWith(r, '\'', false, false); }
  public static byte[] quoteRuneToASCII(int r) { return quoteRuneWith(r, '\'', true, false); }
  public static byte[] quoteRuneToGraphic(int r) { return quoteRuneWith(r, '\'', false, true); }

  public static byte[] quoteWith(byte[] s, char quote, boolean asciiOnly, boolean graphicOnly) {
    ByteBuf b = new ByteBuf(s.length + 2);
    appendQuotedWith(b, s, quote, asciiOnly, graphicOnly);
    return b.toByteArray();
  }

  public static void appendQuotedWith(ByteBuf b, byte[] s, char quote, boolean asciiOnly, boolean graphicOnly) {
    b.append(quote);
    for (int i = 0; i < s.length; ) {
      long p = Utf8.decode(s, i, s.length);
      int r = Utf8.rune(p), w = Utf8.width(p);
      if (w == 1 && r == Utf8.RUNE_ERROR) {
        b.append('\\'); b.append('x');
        b.append(HEX.charAt((s[i] & 0xff) >> 4)); b.append(HEX.charAt(s[i] & 0xf));
        i++;
        continue;
      }
      appendEscapedRune(b, r, quote, asciiOnly, graphicOnly);
      i += w;
    }
    b.append(quote);
  }

  public static byte[] quoteRuneWith(int r, char quote, boolean asciiOnly, boolean graphicOnly) {
    ByteBuf b = new ByteBuf(8);
    if (!Utf8.validRune(r)) r = Utf8.RUNE_ERROR;
    b.append(quote);
    appendEscapedRune(b, r, quote, asciiOnly, graphicOnly);
    b.append(quote);
    return b.toByteArray();
  }

  static void appendEscapedRune(ByteBuf b, int r, char quote, boolean asciiOnly, boolean graphicOnly) {
    if (r == quote || r == '\\') { b.append('\\'); b.append((char) r); return; }
    if (asciiOnly) {
      if (r < 0x80 && Unicode.isPrint(r)) { b.append((char) r); return; }
    } else if (Unicode.isPrint(r) || (graphicOnly && isInGraphicList(r))) {
      b.appendRune(r);
      return;
    }
    switch (r) {
      case 7: b.append("\\a"); return;
      case '\b': b.append("\\b"); return;
      case '\f': b.append("\\f"); return;
      case '\n': b.append("\\n"); return;
      case '\r': b.append("\\r"); return;
      case '\t': b.append("\\t"); return;
      case 11: b.append("\\v"); return;
      default: break;
    }
    if (r < ' ' || r == 0x7f) {
      b.append("\\x"); b.append(HEX.charAt(r >> 4 & 0xf)); b.append(HEX.charAt(r & 0xf));
      return;
    }
    if (!Utf8.validRune(r)) r = 0xFFFD;
    if (r < 0x10000) {
      b.append("\\u");
      for (int s = 12; s >= 0; s -= 4) b.append(HEX.charAt(r >> s & 0xf));
    } else {
      b.append("\\U");
      for (int s = 28; s >= 0; s -= 4) b.append(HEX.charAt(r >> s & 0xf));
    }
  }

  /** Graphic but not printable: the Zs spaces other than U+0020. */
  private static boolean isInGraphicList(int r) { return Unicode.isGraphic(r) && !Unicode.isPrint(r); }

  public static boolean canBackquote(byte[] s) {
    for (int i = 0; i < s.length; ) {
      long p = Utf8.decode(s, i, s.length);
      int r = Utf8.rune(p), w = Utf8.width(p);
      i += w;
      if (w > 1) {
        if (r == 0xFEFF) return false;
        continue;
      }
      if (r == Utf8.RUNE_ERROR) return false;
      if ((r < ' ' && r != '\t') || r == '`' || r == 0x7f) return false;
    }
    return true;
  }

  public static boolean isPrint(int r) { return Unicode.isPrint(r); }
  public static boolean isGraphic(int r) { return Unicode.isGraphic(r); }

  /** UnquoteChar's result; {@code ok == false} means ErrSyntax. */
  public record CharResult(int value, boolean multibyte, int tail, boolean ok) {}

  private static final CharResult BAD = new CharResult(0, false, 0, false);

  private static int unhex(int c) {
    if ('0' <= c && c <= '9') return c - '0';
    if ('a' <= c && c <= 'f') return c - 'a' + 10;
    if ('A' <= c && c <= 'F') return c - 'A' + 10;
    return -1;
  }

  /** UnquoteChar on s[i..]; tail is an index into s. */
  public static CharResult unquoteChar(byte[] s, int i, int quote) {
    int n = s.length - i;
    if (n == 0) return BAD;
    int c = s[i] & 0xff;
    if (c == quote && (quote == '\'' || quote == '"')) return BAD;
    if (c >= 0x80) {
      long p = Utf8.decode(s, i, s.length);
      return new CharResult(Utf8.rune(p), true, i + Utf8.width(p), true);
    }
    if (c != '\\') return new CharResult(c, false, i + 1, true);
    if (n <= 1) return BAD;
    c = s[i + 1] & 0xff;
    int j = i + 2;
    int value;
    boolean multibyte = false;
    switch (c) {
      case 'a': value = 7; break;
      case 'b': value = '\b'; break;
      case 'f': value = '\f'; break;
      case 'n': value = '\n'; break;
      case 'r': value = '\r'; break;
      case 't': value = '\t'; break;
      case 'v': value = 11; break;
      case 'x': case 'u': case 'U': {
        int k = c == 'x' ? 2 : c == 'u' ? 4 : 8;
        if (s.length - j < k) return BAD;
        int v = 0;
        for (int q = 0; q < k; q++) {
          int x = unhex(s[j + q] & 0xff);
          if (x < 0) return BAD;
          v = v << 4 | x;
        }
        j += k;
        if (c == 'x') { value = v; break; }
        if (!Utf8.validRune(v)) return BAD;
        value = v;
        multibyte = true;
        break;
      }
      case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        int v = c - '0';
        if (s.length - j < 2) return BAD;
        for (int q = 0; q < 2; q++) {
          int x = (s[j + q] & 0xff) - '0';
          if (x < 0 || x > 7) return BAD;
          v = (v << 3) | x;
        }
        j += 2;
        if (v > 255) return BAD;
        value = v;
        break;
      }
      case '\\': value = '\\'; break;
      case '\'': case '"':
        if (c != quote) return BAD;
        value = c;
        break;
      default: return BAD;
    }
    return new CharResult(value, multibyte, j, true);
  }

  /**
   * Unquote: the unquoted bytes, or null for ErrSyntax. Follows Go 1.19's unquote step by
   * step, including its quirk that {@code ''} unquotes to the empty string.
   */
  public static byte[] unquote(byte[] in) {
    int n = in.length;
    if (n < 2) return null;
    int quote = in[0] & 0xff;
    int end = -1;
    for (int k = 1; k < n; k++) if ((in[k] & 0xff) == quote) { end = k + 1; break; }
    if (end < 0) return null;
    if (quote == '`') {
      if (end != n) return null;
      ByteBuf b = new ByteBuf(n);
      for (int i = 1; i < n - 1; i++) if (in[i] != '\r') b.append(in[i]);
      return b.toByteArray();
    }
    if (quote != '"' && quote != '\'') return null;
    boolean plain = true;
    for (int k = 0; k < end; k++) if (in[k] == '\\' || in[k] == '\n') { plain = false; break; }
    if (plain) {
      boolean valid;
      if (quote == '"') {
        valid = true;
        for (int i = 1; i < end - 1; ) {
          long p = Utf8.decode(in, i, end - 1);
          if (Utf8.rune(p) == Utf8.RUNE_ERROR && Utf8.width(p) == 1) { valid = false; break; }
          i += Utf8.width(p);
        }
      } else {
        long p = end - 1 > 1 ? Utf8.decode(in, 1, end - 1) : ((long) Utf8.RUNE_ERROR << 8);
        int r = Utf8.rune(p), w = Utf8.width(p);
        valid = 1 + w + 1 == end && (r != Utf8.RUNE_ERROR || w != 1);
      }
      if (valid) return end == n ? java.util.Arrays.copyOfRange(in, 1, end - 1) : null;
    }
    ByteBuf b = new ByteBuf(n);
    int i = 1;
    while (i < n && (in[i] & 0xff) != quote) {
      CharResult r = unquoteChar(in, i, quote);
      if (in[i] == '\n' || !r.ok) return null;
      i = r.tail;
      if (r.value < 0x80 || !r.multibyte) b.append((byte) r.value);
      else b.appendRune(r.value);
      if (quote == '\'') break;
    }
    if (!(i < n && (in[i] & 0xff) == quote)) return null;
    i++;
    return i == n ? b.toByteArray() : null;
  }
}
