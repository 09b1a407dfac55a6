package glassgo.vm.lib.strconv;

import java.io.ByteArrayOutputStream;

/** unicode/utf8 over byte[]: decoding with Go's exact error behaviour (invalid byte → U+FFFD, width 1). */
public final class Utf8 {
  private Utf8() {}

  public static final int RUNE_ERROR = 0xFFFD;
  public static final int RUNE_SELF = 0x80;

  /** Decodes the rune at s[i..end); returns (rune << 8) | width packed in a long. */
  public static long decode(byte[] s, int i, int end) {
    int n = end - i;
    if (n < 1) return ((long) RUNE_ERROR << 8);
    int b0 = s[i] & 0xff;
    if (b0 < 0x80) return ((long) b0 << 8) | 1;
    int need, min, cp;
    if (b0 >= 0xc2 && b0 <= 0xdf) { need = 1; cp = b0 & 0x1f; min = 0x80; }
    else if (b0 >= 0xe0 && b0 <= 0xef) { need = 2; cp = b0 & 0x0f; min = 0x800; }
    else if (b0 >= 0xf0 && b0 <= 0xf4) { need = 3; cp = b0 & 0x07; min = 0x10000; }
    else return ((long) RUNE_ERROR << 8) | 1;
    if (n < need + 1) {
      // Go reports width 1 for any incomplete or invalid sequence.
      return ((long) RUNE_ERROR << 8) | 1;
    }
    for (int k = 1; k <= need; k++) {
      int b = s[i + k] & 0xff;
      if ((b & 0xc0) != 0x80) return ((long) RUNE_ERROR << 8) | 1;
      cp = (cp << 6) | (b & 0x3f);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return ((long) RUNE_ERROR << 8) | 1;
    return ((long) cp << 8) | (need + 1);
  }
  public static int rune(long packed) { return (int) (packed >> 8); }
  public static int width(long packed) { return (int) (packed & 0xff); }

  public static boolean validRune(int r) {
    return (r >= 0 && r < 0xD800) || (r > 0xDFFF && r <= 0x10FFFF);
  }

  /** Appends the UTF-8 encoding of r (invalid runes encode as U+FFFD), as utf8.EncodeRune. */
  public static void encode(ByteArrayOutputStream out, int r) {
    if (r >= 0 && r < 0x80) { out.write(r); return; }
    if (!validRune(r)) r = RUNE_ERROR;
    if (r < 0x800) { out.write(0xc0 | (r >> 6)); out.write(0x80 | (r & 0x3f)); }
    else if (r < 0x10000) { out.write(0xe0 | (r >> 12)); out.write(0x80 | ((r >> 6) & 0x3f)); out.write(0x80 | (r & 0x3f)); }
    else { out.write(0xf0 | (r >> 18)); out.write(0x80 | ((r >> 12) & 0x3f)); out.write(0x80 | ((r >> 6) & 0x3f)); out.write(0x80 | (r & 0x3f)); }
  }

  public static byte[] encode(int r) {
    ByteArrayOutputStream o = new ByteArrayOutputStream(4);
    encode(o, r);
    return o.toByteArray();
  }

  public static int runeCount(byte[] s) {
    int n = 0;
    for (int i = 0; i < s.length; n++) i += width(decode(s, i, s.length));
    return n;
  }
}
