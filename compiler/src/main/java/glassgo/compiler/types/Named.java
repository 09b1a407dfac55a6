package glassgo.compiler.types;

import java.util.ArrayList;
import java.util.List;

/** A defined type {@code type T U}: its TypeName, underlying type and declared methods. */
public final class Named implements Type {
    private final TypeName obj;
    Type underlying;
    private final List<Func> methods = new ArrayList<>();

    public Named(TypeName obj, Type underlying) { this.obj = obj; this.underlying = underlying; if (obj != null && obj.type == null) obj.type = this; }

    public TypeName obj() { return obj; }
    @Override public Type underlying() {
        Type u = underlying;
        if (u instanceof Named) u = resolveChain();
        return u == null ? Universe.INVALID : u;
    }

    /**
     * Follows a chain of defined types declared in terms of each other (type T4 T5; type T5 T3)
     * to the first non-Named underlying type, caching it once known; null while the end of the
     * chain is still being declared, INVALID for a cycle (reported by the checker).
     */
    private Type resolveChain() {
        java.util.Set<Named> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        Named n = this;
        while (n.underlying instanceof Named m) {
            if (!seen.add(n)) return Universe.INVALID;
            n = m;
        }
        Type u = n.underlying;
        if (u != null) underlying = u;
        return u;
    }
    public void setUnderlying(Type u) { this.underlying = u; }
    public int numMethods() { return methods.size(); }
    public Func method(int i) { return methods.get(i); }
    public List<Func> methods() { return methods; }
    public void addMethod(Func m) { methods.add(m); }
    @Override public String toString() { return TypeStrings.of(this); }
}
