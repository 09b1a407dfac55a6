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
        if (synErr != null) throw synErr;
        return new AstBuilder(tokens).sourceFile(tree);
    }
}
