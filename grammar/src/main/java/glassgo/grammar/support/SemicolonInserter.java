package glassgo.grammar.support;

import glassgo.grammar.GoLexer;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.misc.Pair;

/**
 * Go's automatic semicolon insertion (spec, "Semicolons"), as a {@link TokenSource} between
 * {@link GoLexer} and the token stream.
 *
 * <p>When a line's final token is an identifier, a literal, one of the keywords {@code break},
 * {@code continue}, {@code fallthrough}, {@code return}, or one of {@code ++ -- ) ] }}, a
 * {@link GoLexer#SEMI} token is inserted at the newline; a block comment spanning lines counts
 * as a newline (the semicolon then stands at the comment's start, as in Go's scanner), and the
 * end of the file counts too. The inserted token's text says why it exists, because Go reports
 * it that way in errors: {@link #NEWLINE} ({@code "newline"}) or {@link #EOF_TEXT}
 * ({@code "EOF"}); a semicolon written in the source keeps the text {@code ";"}.
 *
 * <p>Hidden-channel tokens (newlines, comments) are passed through after the inserted
 * semicolon, so the token stream stays complete. Invalid characters ({@link GoLexer#ERROR_CHAR})
 * are transparent, as in Go's scanner.
 */
public final class SemicolonInserter implements TokenSource {

    /** Text of a semicolon inserted at a newline (or a multi-line block comment). */
    public static final String NEWLINE = "newline";
    /** Text of a semicolon inserted at the end of the file. */
    public static final String EOF_TEXT = "EOF";

    private final TokenSource lexer;
    private final Pair<TokenSource, CharStream> source;
    private Token pending;
    private boolean nlsemi;

    public SemicolonInserter(GoLexer lexer) {
        this.lexer = lexer;
        this.source = new Pair<>(this, lexer.getInputStream());
    }

    /** True if a semicolon was inserted (rather than written). */
    public static boolean isInserted(Token t) {
        return t.getType() == GoLexer.SEMI && !";".equals(t.getText());
    }

    @Override
    public Token nextToken() {
        if (pending != null) {
            Token t = pending;
            pending = null;
            return t;
        }
        Token t = lexer.nextToken();
        int type = t.getType();
        if (type == Token.EOF) {
            if (nlsemi) {
                nlsemi = false;
                pending = t;
                return semicolon(t, EOF_TEXT);
            }
            return t;
        }
        if (t.getChannel() != Token.DEFAULT_CHANNEL) {
            if (nlsemi && (type == GoLexer.NEWLINE
                    || type == GoLexer.BLOCK_COMMENT && t.getText().indexOf('\n') >= 0)) {
                nlsemi = false;
                pending = t;
                return semicolon(t, NEWLINE);
            }
            return t;
        }
        if (type != GoLexer.ERROR_CHAR) {
            nlsemi = triggersSemicolon(type);
        }
        return t;
    }

    /** The spec's list of tokens after which a newline becomes a semicolon. */
    public static boolean triggersSemicolon(int type) {
        switch (type) {
            case GoLexer.IDENT:
            case GoLexer.NUMBER: case GoLexer.RUNE_LIT: case GoLexer.STRING_LIT: case GoLexer.RAW_STRING_LIT:
            case GoLexer.UNTERMINATED_RUNE: case GoLexer.UNTERMINATED_STRING: case GoLexer.UNTERMINATED_RAW:
            case GoLexer.BREAK: case GoLexer.CONTINUE: case GoLexer.FALLTHROUGH: case GoLexer.RETURN:
            case GoLexer.INC: case GoLexer.DEC:
            case GoLexer.R_PAREN: case GoLexer.R_BRACKET: case GoLexer.R_CURLY:
                return true;
            default:
                return false;
        }
    }

    private Token semicolon(Token at, String text) {
        CommonToken semi = new CommonToken(source, GoLexer.SEMI, Token.DEFAULT_CHANNEL,
                at.getStartIndex(), at.getStartIndex() - 1);
        semi.setText(text);
        semi.setLine(at.getLine());
        semi.setCharPositionInLine(at.getCharPositionInLine());
        return semi;
    }

    @Override public int getLine() { return lexer.getLine(); }
    @Override public int getCharPositionInLine() { return lexer.getCharPositionInLine(); }
    @Override public CharStream getInputStream() { return lexer.getInputStream(); }
    @Override public String getSourceName() { return lexer.getSourceName(); }
    @Override public void setTokenFactory(TokenFactory<?> factory) { lexer.setTokenFactory(factory); }
    @Override public TokenFactory<?> getTokenFactory() { return lexer.getTokenFactory(); }
}
