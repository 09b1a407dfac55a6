package glassgo.compiler.types;

/** {@code map[key]elem}. (Shadows java.util.Map inside this package.) */
public final class Map implements Type {
    private final Type key, elem;
    public Map(Type key, Type elem) { this.key = key; this.elem = elem; }
    public Type key() { return key; }
    public Type elem() { return elem; }
    @Override public Type underlying() { return this; }
    @Override public String toString() { return TypeStrings.of(this); }
}
