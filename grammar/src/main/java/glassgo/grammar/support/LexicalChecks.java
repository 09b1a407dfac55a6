package glassgo.grammar.support;

import glassgo.grammar.GoLexer;
import org.antlr.v4.runtime.Token;

/**
 * The checks Go's scanner ({@code cmd/compile/internal/syntax/scanner.go}, {@code source.go})
 * makes that the ANTLR lexer deliberately does not: the lexer accepts numbers, runes, strings
 * and identifiers leniently and produces tokens for unterminated literals and stray characters,
 * and these methods report what Go reports, in Go's words and at Go's position.
 *
 * <p>Token texts are ISO-8859-1 decoded bytes (one char per source byte), so an offset in the
 * text is a byte offset and {@code charPositionInLine + 1} is Go's byte column.
 */
public final class LexicalChecks {
    private LexicalChecks() {}

    /** First NUL, invalid UTF-8 sequence or misplaced BOM in the file (Go's source.go), or null. */
    public static SourceError checkBytes(byte[] src) {
        int line = 1, lineStart = 0;
        int i = 0, n = src.length;
        while (i < n) {
            int b = src[i] & 0xff;
            if (b < 0x80) {
                if (b == 0) return new SourceError(line, i - lineStart + 1, "invalid NUL character");
                if (b == '\n') { line++; lineStart = i + 1; }
                i++;
                continue;
            }
            int len = utf8Length(src, i);
            if (len < 0) return new SourceError(line, i - lineStart + 1, "invalid UTF-8 encoding");
            if (len == 3 && b == 0xEF && (src[i + 1] & 0xff) == 0xBB && (src[i + 2] & 0xff) == 0xBF && i != 0) {
                return new SourceError(line, i - lineStart + 1, "invalid BOM in the middle of the file");
            }
            i += len;
        }
        return null;
    }

    /** Length of the valid UTF-8 sequence at {@code i}, or -1. */
    static int utf8Length(byte[] s, int i) {
        int b = s[i] & 0xff;
        int len, min;
        if (b >= 0xC2 && b <= 0xDF) { len = 2; min = 0x80; }
        else if (b >= 0xE0 && b <= 0xEF) { len = 3; min = 0x800; }
        else if (b >= 0xF0 && b <= 0xF4) { len = 4; min = 0x10000; }
        else return -1;
        if (i + len > s.length) return -1;
        int cp = b & (0x7f >> len);
        for (int k = 1; k < len; k++) {
            int c = s[i + k] & 0xff;
            if ((c & 0xC0) != 0x80) return -1;
            cp = (cp << 6) | (c & 0x3f);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp < 0xE000)) return -1;
        return len;
    }

    /** Go's error for this token, or null if the token is well-formed. */
    public static SourceError checkToken(Token t) {
        String s = t.getText();
        int line = t.getLine(), col = t.getCharPositionInLine() + 1;
        String msg;
        int[] at = {0};
        switch (t.getType()) {
            case GoLexer.ERROR_CHAR:
                return new SourceError(line, col, "invalid character " + fmtU(s.charAt(0)));
            case GoLexer.IDENT:
                msg = ident(s, at);
                break;
            case GoLexer.NUMBER:
                msg = number(s, at);
                break;
            case GoLexer.RUNE_LIT:
                msg = quoted(s, '\'', at);
                if (msg == null) {
                    int n = countChars(s);
                    if (n == 0) { msg = "empty rune literal or unescaped '"; at[0] = s.length() - 1; }
                    else if (n != 1) { msg = "more than one character in rune literal"; at[0] = 0; }
                }
                break;
            case GoLexer.STRING_LIT:
                msg = quoted(s, '"', at);
                break;
            case GoLexer.UNTERMINATED_RUNE:
                msg = quoted(s, '\'', at);
                if (msg == null) {
                    if (endsAtNewline(t)) { msg = "newline in rune literal"; at[0] = s.length(); }
                    else { msg = "rune literal not terminated"; at[0] = 0; }
                }
                break;
            case GoLexer.UNTERMINATED_STRING:
                msg = quoted(s, '"', at);
                if (msg == null) {
                    if (endsAtNewline(t)) { msg = "newline in string"; at[0] = s.length(); }
                    else { msg = "string not terminated"; at[0] = 0; }
                }
                break;
            case GoLexer.UNTERMINATED_RAW:
                msg = "string not terminated";
                break;
            case GoLexer.UNTERMINATED_COMMENT:
                msg = "comment not terminated";
                break;
            default:
                return null;
        }
        if (msg == null) return null;
        // the offset may cross a newline only for raw strings/comments, which report at offset 0
        return new SourceError(line, col + at[0], msg);
    }

    private static boolean endsAtNewline(Token t) {
        var in = t.getInputStream();
        int next = t.getStopIndex() + 1;
        return in != null && next < in.size() && in.getText(org.antlr.v4.runtime.misc.Interval.of(next, next)).equals("\n");
    }

    /** Go's {@code %#U}: {@code U+0040 '@'}, without the quoted char when it is not printable. */
    public static String fmtU(int cp) {
        String hex = String.format("U+%04X", cp);
        return isPrint(cp) ? hex + " '" + new String(Character.toChars(cp)) + "'" : hex;
    }

    /** Go's unicode.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space. */
    static boolean isPrint(int cp) {
        if (cp == ' ') return true;
        if (cp > 0x10FFFF) return false;
        switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER: case Character.LOWERCASE_LETTER: case Character.TITLECASE_LETTER:
            case Character.MODIFIER_LETTER: case Character.OTHER_LETTER:
            case Character.NON_SPACING_MARK: case Character.ENCLOSING_MARK: case Character.COMBINING_SPACING_MARK:
            case Character.DECIMAL_DIGIT_NUMBER: case Character.LETTER_NUMBER: case Character.OTHER_NUMBER:
            case Character.CONNECTOR_PUNCTUATION: case Character.DASH_PUNCTUATION: case Character.START_PUNCTUATION:
            case Character.END_PUNCTUATION: case Character.INITIAL_QUOTE_PUNCTUATION: case Character.FINAL_QUOTE_PUNCTUATION:
            case Character.OTHER_PUNCTUATION: case Character.MATH_SYMBOL: case Character.CURRENCY_SYMBOL:
            case Character.MODIFIER_SYMBOL: case Character.OTHER_SYMBOL:
                return true;
            default:
                return false;
        }
    }

    private static String ident(String s, int[] at) {
        for (int i = 0; i < s.length(); ) {
            char c = s.charAt(i);
            if (c < 0x80) { i++; continue; }
            byte[] b = bytes(s);
            int len = utf8Length(b, i);
            if (len < 0) { at[0] = i; return "invalid UTF-8 encoding"; }
            int cp = new String(b, i, len, java.nio.charset.StandardCharsets.UTF_8).codePointAt(0);
            if (Character.isLetter(cp)) { i += len; continue; }
            at[0] = i;
            if (Character.isDigit(cp)) {
                if (i == 0) return "identifier cannot begin with digit " + fmtU(cp);
                i += len;
                continue;
            }
            if (cp == 0xFEFF && i == 0) { i += len; continue; } // reported by checkBytes
            return "invalid character " + fmtU(cp) + " in identifier";
        }
        return null;
    }

    private static byte[] bytes(String latin1) {
        return latin1.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /** Number of characters (UTF-8 sequences or escapes) between the quotes of a rune literal. */
    private static int countChars(String s) {
        int n = 0;
        int end = s.length() - 1;
        for (int i = 1; i < end; n++) {
            char c = s.charAt(i);
            if (c == '\\') {
                char e = s.charAt(i + 1);
                int k = e == 'x' ? 4 : e == 'u' ? 6 : e == 'U' ? 10 : e >= '0' && e <= '7' ? 4 : 2;
                i += k;
            } else if (c < 0x80) {
                i++;
            } else {
                int len = utf8Length(bytes(s.substring(i, Math.min(end, i + 4))), 0);
                i += len < 0 ? 1 : len;
            }
        }
        return n;
    }

    /** Checks the escapes of a quoted literal (Go's scanner.escape); at[0] = offset of the error. */
    private static String quoted(String s, char quote, int[] at) {
        for (int i = 1; i < s.length(); i++) {
            if (s.charAt(i) != '\\') continue;
            i++;
            if (i >= s.length()) return null; // EOF after backslash: complained about by the caller
            char c = s.charAt(i);
            int n, base;
            long max;
            switch (c) {
                case 'a': case 'b': case 'f': case 'n': case 'r': case 't': case 'v': case '\\':
                    continue;
                case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
                    n = 3; base = 8; max = 255; break;
                case 'x': n = 2; base = 16; max = 255; i++; break;
                case 'u': n = 4; base = 16; max = 0x10FFFF; i++; break;
                case 'U': n = 8; base = 16; max = 0x10FFFF; i++; break;
                default:
                    if (c == quote) continue;
                    at[0] = i;
                    return "unknown escape";
            }
            long x = 0;
            for (int k = 0; k < n; k++, i++) {
                if (i >= s.length()) return null;
                char d = s.charAt(i);
                int v = d >= '0' && d <= '9' ? d - '0' : (d | 0x20) >= 'a' && (d | 0x20) <= 'f' ? (d | 0x20) - 'a' + 10 : base;
                if (v >= base) {
                    at[0] = i;
                    return "invalid character " + goQuote(d) + " in " + baseName(base) + " escape";
                }
                x = x * base + v;
            }
            i--;
            if (x > max && base == 8) { at[0] = i + 1; return "octal escape value " + x + " > 255"; }
            if (x > max || (x >= 0xD800 && x < 0xE000)) { at[0] = i + 1; return "escape is invalid Unicode code point " + fmtU((int) Math.min(x, Integer.MAX_VALUE)); }
        }
        return null;
    }

    private static String goQuote(char c) {
        switch (c) {
            case '\'': return "'\\''";
            case '\\': return "'\\\\'";
            case '\n': return "'\\n'";
            case '\t': return "'\\t'";
            default:
                if (c < 0x20 || c >= 0x7f) return String.format("'\\x%02x'", (int) c);
                return "'" + c + "'";
        }
    }

    private static String baseName(int base) {
        switch (base) {
            case 2: return "binary";
            case 8: return "octal";
            case 10: return "decimal";
            default: return "hexadecimal";
        }
    }

    /** Go's scanner.number over the token text; at[0] = error offset. */
    private static String number(String s, int[] at) {
        int i = 0, n = s.length();
        int base = 10;
        char prefix = 0;
        int digsep = 0;
        int[] invalid = {-1};
        boolean seenPoint = s.charAt(0) == '.';
        boolean isFloat = false;
        if (!seenPoint) {
            if (s.charAt(0) == '0') {
                i++;
                char c = i < n ? (char) (s.charAt(i) | 0x20) : 0;
                if (c == 'x') { i++; base = 16; prefix = 'x'; }
                else if (c == 'o') { i++; base = 8; prefix = 'o'; }
                else if (c == 'b') { i++; base = 2; prefix = 'b'; }
                else { base = 8; prefix = '0'; digsep = 1; }
            }
            int[] r = digits(s, i, base, invalid);
            i = r[0]; digsep |= r[1];
            if (i < n && s.charAt(i) == '.') {
                if (prefix == 'o' || prefix == 'b') { at[0] = i; return "invalid radix point in " + baseName(base) + " literal"; }
                i++;
                seenPoint = true;
            }
        } else {
            i = 1;
        }
        if (seenPoint) {
            isFloat = true;
            int[] r = digits(s, i, base, invalid);
            i = r[0]; digsep |= r[1];
        }
        if ((digsep & 1) == 0) { at[0] = i; return baseName(base) + " literal has no digits"; }
        char e = i < n ? (char) (s.charAt(i) | 0x20) : 0;
        if (e == 'e' || e == 'p') {
            if (e == 'e' && prefix != 0 && prefix != '0') { at[0] = i; return "'" + s.charAt(i) + "' exponent requires decimal mantissa"; }
            if (e == 'p' && prefix != 'x') { at[0] = i; return "'" + s.charAt(i) + "' exponent requires hexadecimal mantissa"; }
            i++;
            isFloat = true;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) i++;
            int[] r = digits(s, i, 10, null);
            i = r[0];
            digsep = r[1] | (digsep & 2);
            if ((r[1] & 1) == 0) { at[0] = i; return "exponent has no digits"; }
        } else if (prefix == 'x' && isFloat) {
            at[0] = i;
            return "hexadecimal mantissa requires a 'p' exponent";
        }
        boolean imag = i < n && s.charAt(i) == 'i';
        if (!isFloat && !imag && invalid[0] >= 0) {
            at[0] = invalid[0];
            return "invalid digit " + goQuote(s.charAt(invalid[0])) + " in " + baseName(base) + " literal";
        }
        if ((digsep & 2) != 0) {
            int k = invalidSep(s);
            if (k >= 0) { at[0] = k; return "'_' must separate successive digits"; }
        }
        return null;
    }

    private static int[] digits(String s, int i, int base, int[] invalid) {
        int digsep = 0;
        int n = s.length();
        if (base <= 10) {
            int max = '0' + base;
            for (; i < n; i++) {
                char c = s.charAt(i);
                if (c >= '0' && c <= '9') {
                    int ds = 1;
                    if (c >= max && invalid != null && invalid[0] < 0) invalid[0] = i;
                    digsep |= ds;
                } else if (c == '_') {
                    digsep |= 2;
                } else break;
            }
        } else {
            for (; i < n; i++) {
                char c = s.charAt(i);
                if (c >= '0' && c <= '9' || (c | 0x20) >= 'a' && (c | 0x20) <= 'f') digsep |= 1;
                else if (c == '_') digsep |= 2;
                else break;
            }
        }
        return new int[] {i, digsep};
    }

    /** Go's invalidSep: index of the first '_' that does not separate digits, or -1. */
    private static int invalidSep(String x) {
        char x1 = ' ';
        char d = '.';
        int i = 0;
        if (x.length() >= 2 && x.charAt(0) == '0') {
            x1 = (char) (x.charAt(1) | 0x20);
            if (x1 == 'x' || x1 == 'o' || x1 == 'b') {
                d = '0';
                i = 2;
            }
        }
        for (; i < x.length(); i++) {
            char p = d;
            d = x.charAt(i);
            if (d == '_') {
                if (p != '0') return i;
            } else if (d >= '0' && d <= '9' || x1 == 'x' && (d | 0x20) >= 'a' && (d | 0x20) <= 'f') {
                d = '0';
            } else {
                if (p == '_') return i - 1;
                d = '.';
            }
        }
        if (d == '_') return x.length() - 1;
        return -1;
    }
}
