package glassgo.compiler.types;

/** {@code []elem}. */
public final class Slice implements Type {
    private final Type elem;
    public Slice(Type elem) { this.elem = elem; }
    public Type elem() { return elem; }
    @Override public Type underlying() { return this; }
    @Override public String toString() { return TypeStrings.of(this); }
}
