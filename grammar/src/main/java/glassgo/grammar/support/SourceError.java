package glassgo.grammar.support;

/** A lexical error found by {@link LexicalChecks}: 1-based line, 1-based byte column, Go's message. */
public record SourceError(int line, int col, String message) implements Comparable<SourceError> {
    @Override
    public int compareTo(SourceError o) {
        return line != o.line ? Integer.compare(line, o.line) : Integer.compare(col, o.col);
    }
}
