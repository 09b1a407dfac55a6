package glassgo.compiler.types;

/** {@code chan elem}, {@code chan<- elem}, {@code <-chan elem}. */
public final class Chan implements Type {
    /** go/types.ChanDir. */
    public enum Dir { SendRecv, SendOnly, RecvOnly }
    private final Dir dir;
    private final Type elem;
    public Chan(Dir dir, Type elem) { this.dir = dir; this.elem = elem; }
    public Dir dir() { return dir; }
    public Type elem() { return elem; }
    @Override public Type underlying() { return this; }
    @Override public String toString() { return TypeStrings.of(this); }
}
