package glassgo.compiler.syntax;

import glassgo.grammar.GoLexer;
import glassgo.grammar.GoParser;
import glassgo.grammar.support.LexicalChecks;
import glassgo.grammar.support.SemicolonInserter;
import glassgo.grammar.support.SourceError;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The front door of the syntax package: Go source bytes in, {@link SourceFile} or
 * {@link SyntaxError} out. See the package documentation for the pipeline and its invariants.
 */
public final class Parser {
    private Parser() {}

    /** How many parses needed the LL fallback (SLL failed); for tests and tuning. */
    static final java.util.concurrent.atomic.AtomicInteger LL_FALLBACKS = new java.util.concurrent.atomic.AtomicInteger();

    /** Stack for the retry of a parse that overflowed the caller's stack (deeply nested source). */
    private static final long BIG_STACK = 512L << 20;

    /**
     * Parses one Go file. Throws {@link SyntaxError} (position and Go's message) for the first
     * error in source order, lexical or syntactic; never any other exception for any input.
     */
    public static SourceFile parse(String fileName, byte[] source) throws SyntaxError {
        try {
            return parseHere(fileName, source);
        } catch (StackOverflowError so) {
            return parseOnBigStack(fileName, source);
        }
    }

    private static SourceFile parseOnBigStack(String fileName, byte[] source) {
        AtomicReference<Object> result = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                result.set(parseHere(fileName, source));
            } catch (StackOverflowError so) {
                result.set(new SyntaxError(new Pos(1, 1), "syntax error: source too deeply nested for glassgo's parser"));
            } catch (RuntimeException e) {
                result.set(e);
            }
        }, "glassgo-parser", BIG_STACK);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SyntaxError(new Pos(1, 1), "syntax error: parse interrupted");
        }
        Object r = result.get();
        if (r instanceof SourceFile f) return f;
        if (r instanceof RuntimeException e) throw e;
        throw new SyntaxError(new Pos(1, 1), "syntax error: source too deeply nested for glassgo's parser");
    }

    /**
     * A syntax error in a file that declares type parameters earlier is most likely a
     * consequence of generics: say so (at the {@code [}) rather than report a confusing error.
     */
    private static SyntaxError genericsBefore(CommonTokenStream tokens, Pos limit) {
        List<Token> ts = new ArrayList<>();
        for (Token t : tokens.getTokens()) if (t.getChannel() == Token.DEFAULT_CHANNEL) ts.add(t);
        for (int i = 0; i + 2 < ts.size(); i++) {
            Token t = ts.get(i);
            Pos p = AstBuilder.pos(ts.get(Math.min(i + 2, ts.size() - 1)));
            if (p.compareTo(limit) >= 0) break;
            int a = ts.get(i + 1).getType(), b = ts.get(i + 2).getType();
            if (t.getType() == GoLexer.FUNC && a == GoLexer.IDENT && b == GoLexer.L_BRACKET) {
                return new SyntaxError(p, "syntax error: generic functions (type parameters) are not supported by glassgo");
            }
            if (t.getType() == GoLexer.TYPE && a == GoLexer.IDENT && b == GoLexer.L_BRACKET && i + 4 < ts.size()
                    && ts.get(i + 3).getType() == GoLexer.IDENT) {
                int x = ts.get(i + 4).getType();
                if (x == GoLexer.IDENT || x == GoLexer.INTERFACE || x == GoLexer.TILDE || x == GoLexer.COMMA
                        || x == GoLexer.L_BRACKET || x == GoLexer.MAP || x == GoLexer.CHAN || x == GoLexer.FUNC || x == GoLexer.STRUCT) {
                    return new SyntaxError(p, "syntax error: generic type declarations (type parameters) are not supported by glassgo");
                }
            }
        }
        return null;
    }

    /**
     * glassgo's one limit that Go does not have: brackets nested deeper than {@link #MAX_NESTING}
     * are rejected up front, because ANTLR's error path (full-context prediction) is superlinear
     * in the nesting depth and would otherwise take minutes on pathological input. Even valid
     * input is quadratic where an optional literal value or block meets the composite-literal
     * alternative ({@code []interface{}{[]interface{}{…}}}, {@code func() {func() {…}}}: SLL
     * prediction scans each nested literal to its end): about 0.7 s at 500 levels, 3 s at 1000,
     * so braces have the lower limit {@link #MAX_BRACE_NESTING}.
     */
    public static final int MAX_NESTING = 1000;

    /** The nesting limit of braces alone (blocks, composite literals, function literals). */
    public static final int MAX_BRACE_NESTING = 500;

    /**
     * The same for else-if chains (which nest scopes without nesting brackets) longer than this,
     * and (with {@link #MAX_NESTING}) for type literals nested in one another ({@code [][]…int}):
     * both make name lookup and type strings quadratic, in Go's compiler as in glassgo.
     */
    public static final int MAX_ELSE_IF = 10000;

    private static SourceError checkNesting(CommonTokenStream tokens) {
        int depth = 0, braces = 0;
        for (Token t : tokens.getTokens()) {
            switch (t.getType()) {
                case GoLexer.L_PAREN: case GoLexer.L_BRACKET: case GoLexer.L_CURLY:
                    if (++depth > MAX_NESTING) {
                        return new SourceError(t.getLine(), t.getCharPositionInLine() + 1,
                                "syntax error: brackets nested more than " + MAX_NESTING + " deep are not supported by glassgo");
                    }
                    if (t.getType() == GoLexer.L_CURLY && ++braces > MAX_BRACE_NESTING) {
                        return new SourceError(t.getLine(), t.getCharPositionInLine() + 1,
                                "syntax error: braces nested more than " + MAX_BRACE_NESTING + " deep are not supported by glassgo");
                    }
                    break;
                case GoLexer.R_PAREN: case GoLexer.R_BRACKET: case GoLexer.R_CURLY:
                    if (depth > 0) depth--;
                    if (t.getType() == GoLexer.R_CURLY && braces > 0) braces--;
                    break;
                default:
                    break;
            }
        }
        return null;
    }

    private static SourceFile parseHere(String fileName, byte[] source) {
        SourceError lexErr = LexicalChecks.checkBytes(source);
        String text = new String(source, StandardCharsets.ISO_8859_1);
        if (text.startsWith("\u00EF\u00BB\u00BF")) {
            text = "   " + text.substring(3); // a leading BOM is ignored (Go's source.go)
        }
        CharStream chars = CharStreams.fromString(text, fileName);
        GoLexer lexer = new GoLexer(chars);
        lexer.removeErrorListeners();
        CommonTokenStream tokens = new CommonTokenStream(new SemicolonInserter(lexer));
        tokens.fill();
        for (Token t : tokens.getTokens()) {
            if (t.getType() < GoLexer.NUMBER && t.getType() != GoLexer.IDENT) continue;
            SourceError e = LexicalChecks.checkToken(t);
            if (e != null && (lexErr == null || e.compareTo(lexErr) < 0)) lexErr = e;
        }

        SourceError nesting = checkNesting(tokens);
        if (nesting != null) {
            SourceError first = lexErr != null && lexErr.compareTo(nesting) < 0 ? lexErr : nesting;
            throw new SyntaxError(new Pos(first.line(), first.col()), first.message());
        }

        GoParser parser = new GoParser(tokens);
        parser.removeErrorListeners();
        parser.setErrorHandler(new BailErrorStrategy());
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        GoParser.SourceFileContext tree = null;
        SyntaxError synErr = null;
        try {
            tree = parser.sourceFile();
        } catch (ParseCancellationException sllFailed) {
            LL_FALLBACKS.incrementAndGet();
            tokens.seek(0);
            parser.reset();
            parser.setErrorHandler(new DefaultErrorStrategy());
            parser.addErrorListener(SyntaxErrors.INSTANCE);
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            try {
                tree = parser.sourceFile();
            } catch (SyntaxError e) {
                synErr = e;
            }
        }
        if (lexErr != null && (synErr == null || !synErr.pos.isKnown()
                || new Pos(lexErr.line(), lexErr.col()).compareTo(synErr.pos) <= 0)) {
            throw new SyntaxError(new Pos(lexErr.line(), lexErr.col()), lexErr.message());
        }
        if (synErr != null) {
            SyntaxError generic = genericsBefore(tokens, synErr.pos);
            throw generic != null ? generic : synErr;
        }
        return new AstBuilder(fileName, tokens).sourceFile(tree);
    }
}
