package glassgo.vm.lib.strconv;

/**
 * Rune predicates and case mapping with Go 1.19's exact answers (strconv.IsPrint,
 * strconv.IsGraphic and the unicode package), backed by {@link UnicodeTables}, which is
 * generated from Go itself by gen/gen.go. Java's Character class is not used: its
 * categories differ from Go's in places (e.g. White_Space, soft hyphen).
 */
public final class Unicode {
  private Unicode() {}

  public static final int MAX_RUNE = 0x10FFFF;
  public static final int REPLACEMENT_CHAR = 0xFFFD;

  static boolean in(int[] ranges, int r) {
    int lo = 0, hi = ranges.length / 2 - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (r < ranges[2 * mid]) hi = mid - 1;
      else if (r > ranges[2 * mid + 1]) lo = mid + 1;
      else return true;
    }
    return false;
  }

  /** strconv.IsPrint: letters, marks, numbers, punctuation, symbols and U+0020. */
  public static boolean isPrint(int r) {
    if (r >= 0x20 && r <= 0x7e) return true;
    return r >= 0 && in(UnicodeTables.PRINT, r);
  }
  /** strconv.IsGraphic: IsPrint plus the Zs space characters. */
  public static boolean isGraphic(int r) { return r >= 0 && in(UnicodeTables.GRAPHIC, r); }

  public static boolean isLetter(int r) {
    if (r < 0x80) return (r | 0x20) >= 'a' && (r | 0x20) <= 'z';
    return in(UnicodeTables.LETTER, r);
  }
  public static boolean isDigit(int r) {
    if (r < 0x80) return r >= '0' && r <= '9';
    return in(UnicodeTables.DIGIT, r);
  }
  public static boolean isNumber(int r) { return r >= 0 && in(UnicodeTables.NUMBER, r); }
  public static boolean isSpace(int r) { return r >= 0 && in(UnicodeTables.SPACE, r); }
  public static boolean isUpper(int r) { return r >= 0 && in(UnicodeTables.UPPER, r); }
  public static boolean isLower(int r) { return r >= 0 && in(UnicodeTables.LOWER, r); }
  public static boolean isTitle(int r) { return r >= 0 && in(UnicodeTables.TITLE, r); }
  public static boolean isPunct(int r) { return r >= 0 && in(UnicodeTables.PUNCT, r); }
  public static boolean isMark(int r) { return r >= 0 && in(UnicodeTables.MARK, r); }
  public static boolean isSymbol(int r) { return r >= 0 && in(UnicodeTables.SYMBOL, r); }
  /** unicode.IsPrint (differs from strconv.IsPrint only in that neither accepts other spaces). */
  public static boolean isUnicodePrint(int r) { return r >= 0 && in(UnicodeTables.UNICODE_PRINT, r); }
  public static boolean isUnicodeGraphic(int r) { return r >= 0 && in(UnicodeTables.UNICODE_GRAPHIC, r); }
  /** unicode.IsControl: C0 and C1 controls only. */
  public static boolean isControl(int r) { return r >= 0 && r <= 0xff && (r < 0x20 || (r >= 0x7f && r <= 0x9f)); }

  private static int caseDelta(int r, int which) {
    if (r < 0 || r > MAX_RUNE) return 0;
    int[] t = UnicodeTables.CASE;
    int lo = 0, hi = t.length / 5 - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (r < t[5 * mid]) hi = mid - 1;
      else if (r > t[5 * mid + 1]) lo = mid + 1;
      else return t[5 * mid + 2 + which];
    }
    return 0;
  }
  public static int toUpper(int r) {
    if (r < 0x80) return (r >= 'a' && r <= 'z') ? r - 32 : r;
    return r + caseDelta(r, 0);
  }
  public static int toLower(int r) {
    if (r < 0x80) return (r >= 'A' && r <= 'Z') ? r + 32 : r;
    return r + caseDelta(r, 1);
  }
  public static int toTitle(int r) {
    if (r < 0x80) return (r >= 'a' && r <= 'z') ? r - 32 : r;
    return r + caseDelta(r, 2);
  }
}
