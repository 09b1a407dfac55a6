package glassgo.compiler.types;

import java.util.List;

/** The outcome of {@link Checker#check}: the package and Info (always present, possibly partial) and the sorted errors (at most 10 + a "too many errors" marker, as cmd/compile). */
public record CheckResult(Package pkg, Info info, List<TypeError> errors) {
    public boolean ok() { return errors.isEmpty(); }
    /** Errors formatted as go build prints them, one per line (without the "# command-line-arguments" header). */
    public String format() {
        StringBuilder sb = new StringBuilder();
        for (TypeError e : errors) sb.append(e.format()).append('\n');
        return sb.toString();
    }
}
