/**
 * Go source to AST: the parse pipeline and the AST node classes.
 *
 * <h2>Pipeline</h2>
 * <pre>
 * bytes ──ISO-8859-1──► CharStream (one char per byte)
 *       ──► GoLexer (glassgo.grammar, generated, lenient: never fails)
 *       ──► SemicolonInserter (glassgo.grammar.support: the spec's rule; inserted SEMIs say "newline"/"EOF")
 *       ──► CommonTokenStream, filled once
 *             ├─► LexicalChecks: NUL, invalid UTF-8, bad numbers/escapes, unterminated literals, stray chars
 *             └─► nesting limit (Parser.MAX_NESTING)
 *       ──► GoParser, SLL + BailErrorStrategy; on failure rewind and re-parse with LL and
 *           SyntaxErrors as the listener (Trino's two-stage scheme)
 *       ──► AstBuilder ──► SourceFile
 * </pre>
 * {@link glassgo.compiler.syntax.Parser#parse(String, byte[])} is the only entry point.
 * {@link glassgo.compiler.syntax.AstCodec} writes and reads a parsed AST in a compact binary form
 * (exact round trip: node classes, fields, positions, literal bytes and node sharing), so trusted
 * sources parsed once (the std packages) load without ANTLR.
 *
 * <h2>Invariants</h2>
 * <ul>
 *   <li>Only {@code AstBuilder} (and the error listener {@code SyntaxErrors}) see ANTLR types;
 *       nothing outside this package does.</li>
 *   <li>Every position is 1-based line and 1-based <em>byte</em> column, as Go prints them: the
 *       lexer sees bytes, so ANTLR's {@code charPositionInLine + 1} is the byte column. Identifier
 *       names and literal {@code raw} texts are decoded from the bytes as UTF-8;
 *       {@link glassgo.compiler.syntax.Expr.BasicLit#rawBytes} keeps the literal's exact bytes.</li>
 *   <li>Each node's {@code pos} is the token documented on its class, following cmd/compile's
 *       syntax package (binary at the operator, call at {@code (}, composite literal at
 *       {@code {}, statements at their keyword, assignments at the operator, Func decl at the
 *       name...).</li>
 *   <li>{@code parse} returns a {@code SourceFile} or throws one {@link glassgo.compiler.syntax.SyntaxError}:
 *       the first error in source order, whether lexical (Go's scanner wording: {@code newline
 *       in string}, {@code invalid character U+0040 '@'}...) or syntactic (Go's parser wording:
 *       {@code syntax error: unexpected newline in composite literal; possibly missing comma or }}...).
 *       No other exception escapes, for any input; a {@code StackOverflowError} is retried on a
 *       thread with a large stack and then reported as a {@code SyntaxError}.</li>
 *   <li>Work that Go's hand-written parser does while parsing is done by {@code AstBuilder}
 *       after the parse: grouping parameter names, {@code <-chan T} re-association, splitting
 *       if/for/switch headers, type switch guards, range clauses, select communications, and
 *       the errors Go reports there ({@code missing condition in if statement},
 *       {@code cannot use x := 0 as value}, {@code expression in go must be function call}...).</li>
 *   <li>Type parameters and type arguments are parsed only to be rejected with a message saying
 *       glassgo does not support generics; if a later syntax error follows a generic declaration,
 *       the generics message is reported instead.</li>
 *   <li>Performance: valid Go parses in SLL mode (no LL fallback on Go's own sources); the grammar
 *       keeps decisions local (see the comments in GoParser.g4).</li>
 * </ul>
 *
 * <h2>Deliberate differences from Go</h2>
 * Brackets, and type literals, nested more than {@link glassgo.compiler.syntax.Parser#MAX_NESTING}
 * deep (braces: {@link glassgo.compiler.syntax.Parser#MAX_BRACE_NESTING}) are rejected, and so are else-if chains longer than
 * {@link glassgo.compiler.syntax.Parser#MAX_ELSE_IF} (Go's compiler is quadratic on both and takes
 * minutes on 100k-deep input). {@code .(type)} outside a switch header is reported here (with types2's text).
 * Only the first error is reported.
 */
package glassgo.compiler.syntax;
