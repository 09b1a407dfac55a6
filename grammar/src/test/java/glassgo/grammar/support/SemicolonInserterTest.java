package glassgo.grammar.support;

import glassgo.grammar.GoLexer;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The lexer + {@link SemicolonInserter} on their own, and {@link LexicalChecks}. */
class SemicolonInserterTest {

    /** Default-channel tokens as "text" (inserted semicolons as "<newline>" / "<EOF>"), with byte columns. */
    static List<String> tokens(String src) {
        byte[] b = src.getBytes(StandardCharsets.UTF_8);
        GoLexer lexer = new GoLexer(CharStreams.fromString(new String(b, StandardCharsets.ISO_8859_1)));
        CommonTokenStream ts = new CommonTokenStream(new SemicolonInserter(lexer));
        ts.fill();
        List<String> out = new ArrayList<>();
        for (Token t : ts.getTokens()) {
            if (t.getChannel() != Token.DEFAULT_CHANNEL || t.getType() == Token.EOF) continue;
            String text = SemicolonInserter.isInserted(t) ? "<" + t.getText() + ">" : t.getText();
            out.add(text + "@" + t.getLine() + ":" + (t.getCharPositionInLine() + 1));
        }
        return out;
    }

    @Test
    void insertsAfterTheSpecsTokens() {
        assertEquals(List.of("x@1:1", "<newline>@1:2", "return@2:1", "<newline>@2:7", "a@3:1", "++@3:2", "<newline>@3:4",
                        ")@4:1", "<newline>@4:2", "]@5:1", "<newline>@5:2", "}@6:1", "<newline>@6:2", "1@7:1", "<EOF>@7:2"),
                tokens("x\nreturn\na++\n)\n]\n}\n1"));
        // no insertion after operators, commas, opening brackets, or keywords like func
        assertEquals(List.of("a@1:1", "+@1:3", "b@2:1", "<newline>@2:2"), tokens("a +\nb\n"));
        assertEquals(List.of("f@1:1", "(@1:2", "a@1:3", ",@1:4", "b@2:1", "<newline>@2:2"), tokens("f(a,\nb\n"));
    }

    @Test
    void commentsSpanningLinesActAsNewlines() {
        assertEquals(List.of("x@1:1", "<newline>@1:3", "y@2:4", "<EOF>@2:5"), tokens("x /*\n*/ y"));
        assertEquals(List.of("x@1:1", "y@1:9", "<EOF>@1:10"), tokens("x /* */ y"));
        assertEquals(List.of("x@1:1", "<newline>@1:7", "y@2:1", "<EOF>@2:2"), tokens("x // c\ny"));
    }

    @Test
    void byteColumns() {
        // "é" is two bytes, "世" three; a tab is one column
        assertEquals(List.of("\u00c3\u00a9@1:1", "=@1:4", "\"\u00e4\u00b8\u0096\"@1:6", "<newline>@1:11", "x@2:2", "<EOF>@2:3"),
                tokens("é = \"世\"\n\tx"));
    }

    static String check(String src) {
        GoLexer lexer = new GoLexer(CharStreams.fromString(src));
        for (Token t : lexer.getAllTokens()) {
            SourceError e = LexicalChecks.checkToken(t);
            if (e != null) return e.line() + ":" + e.col() + ": " + e.message();
        }
        return null;
    }

    @Test
    void lexicalChecksUseGosWords() {
        assertNull(check("0x1p-2 1_000 0o17 017 0b1 1e3 .5 1.5i 'a' '\\n' '\\377' \"\\u00e9\" `raw`"));
        assertEquals("1:4: invalid digit '8' in octal literal", check("x 08"));
        assertEquals("1:3: hexadecimal literal has no digits", check("0x"));
        assertEquals("1:2: 'p' exponent requires hexadecimal mantissa", check("1p4"));
        assertEquals("1:3: '_' must separate successive digits", check("1__0"));
        assertEquals("1:1: more than one character in rune literal", check("'ab'"));
        assertEquals("1:3: unknown escape", check("\"\\q\""));
        assertEquals("1:6: octal escape value 256 > 255", check("\"\\400\""));
        assertEquals("1:4: newline in string", check("\"ab\nc\""));
        assertEquals("1:1: string not terminated", check("`abc"));
        assertEquals("1:1: comment not terminated", check("/* x"));
        assertEquals("1:2: invalid character U+0040 '@'", check("x@"));
        assertEquals("1:1: invalid NUL character", LexicalChecks.checkBytes(new byte[] {0}).line() + ":1: invalid NUL character");
        assertEquals("invalid UTF-8 encoding", LexicalChecks.checkBytes(new byte[] {'a', (byte) 0xff}).message());
    }
}
