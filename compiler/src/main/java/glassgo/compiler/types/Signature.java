package glassgo.compiler.types;

/** A function or method type. {@code recv} is null for functions and function types. */
public final class Signature implements Type {
    private final Var recv;
    private final Tuple params, results;
    private final boolean variadic;
    public Signature(Var recv, Tuple params, Tuple results, boolean variadic) {
        this.recv = recv; this.params = params == null ? Tuple.EMPTY : params; this.results = results == null ? Tuple.EMPTY : results; this.variadic = variadic;
    }
    public Var recv() { return recv; }
    public Tuple params() { return params; }
    public Tuple results() { return results; }
    /** The last parameter is {@code ...T} (its type is {@code []T}). */
    public boolean variadic() { return variadic; }
    @Override public Type underlying() { return this; }
    @Override public String toString() { return TypeStrings.of(this); }
}
