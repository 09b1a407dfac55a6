package glassgo.runtime.types;

/** One laid-out struct field (reflect.StructField subset). {@code offset} is computed by Go's rules. */
public record StructField(String name, RType type, long offset, boolean embedded, boolean exported) {
    /** Blank fields ({@code _}) are skipped by == and hashing, as in Go. */
    public boolean blank() {
        return "_".equals(name);
    }
}
