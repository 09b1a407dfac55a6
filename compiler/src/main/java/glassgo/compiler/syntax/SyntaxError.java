package glassgo.compiler.syntax;

/** A Go syntax error: position and message in Go's wording ({@code syntax error: unexpected newline, expecting comma or )}). */
public final class SyntaxError extends RuntimeException {
    public final Pos pos;
    public SyntaxError(Pos pos, String message) { super(message, null, false, false); this.pos = pos; }
}
