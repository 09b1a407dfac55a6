package glassgo.compiler.types;

/** {@code [len]elem}; {@code len < 0} while unknown (invalid length). */
public final class Array implements Type {
    private final Type elem;
    private final long len;
    public Array(Type elem, long len) { this.elem = elem; this.len = len; }
    public Type elem() { return elem; }
    public long len() { return len; }
    @Override public Type underlying() { return this; }
    @Override public String toString() { return TypeStrings.of(this); }
}
