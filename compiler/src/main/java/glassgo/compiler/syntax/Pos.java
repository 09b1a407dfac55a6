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

    /** cmd/internal/src's lico: 8 bits of column, 20 of line. */
    static final int COL_MAX = (1 << 8) - 1, LINE_MAX = (1 << 20) - 2;

    /**
     * "line:col" as the Go compiler prints a position: a column of 255 or more does not fit its
     * packed position and is left out ("line"), and so is the column of a line past 1048574
     * (which prints as 1048574).
     */
    public String go() {
        if (line >= LINE_MAX) return String.valueOf(LINE_MAX);
        if (col <= 0 || col >= COL_MAX) return String.valueOf(line);
        return line + ":" + col;
    }
}
