package glassgo.compiler.syntax;

/**
 * A source position: 1-based line and 1-based <em>byte</em> column, as Go's compiler reports them
 * (a tab counts as one column, a multi-byte UTF-8 character as several).
 */
public record Pos(int line, int col) implements Comparable<Pos> {
    public static final Pos NONE = new Pos(0, 0);

    public boolean isKnown() { return line > 0; }

    @Override
    public int compareTo(Pos o) {
        return line != o.line ? Integer.compare(line, o.line) : Integer.compare(col, o.col);
    }

    @Override
    public String toString() { return line + ":" + col; }
}
