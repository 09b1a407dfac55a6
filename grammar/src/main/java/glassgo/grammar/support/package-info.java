/**
 * Hand-written support for the generated Go lexer and parser ({@code glassgo.grammar}).
 *
 * <ul>
 *   <li>{@link glassgo.grammar.support.SemicolonInserter}: the spec's automatic semicolon
 *       insertion, a {@code TokenSource} between {@code GoLexer} and the token stream; inserted
 *       semicolons carry the text {@code "newline"} or {@code "EOF"}, which is how Go names them
 *       in syntax errors.</li>
 *   <li>{@link glassgo.grammar.support.LexicalChecks}: the errors of Go's scanner (bad numbers,
 *       escapes, unterminated literals, invalid characters, NUL, invalid UTF-8) in Go's words;
 *       the lexer itself is lenient and never fails.</li>
 * </ul>
 *
 * <p>Invariant: the lexer's CharStream holds one char per source byte (ISO-8859-1 decoding of
 * the file), so every char position the generated code reports is a byte offset and
 * {@code charPositionInLine + 1} is the 1-based byte column Go prints. The grammar files contain
 * no actions; everything procedural lives here or in the compiler's {@code AstBuilder}.
 */
package glassgo.grammar.support;
