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
    @Override public Type underlying() { return underlying == null ? Universe.INVALID : underlying; }
    public void setUnderlying(Type u) { this.underlying = u; }
    public int numMethods() { return methods.size(); }
    public Func method(int i) { return methods.get(i); }
    public List<Func> methods() { return methods; }
    public void addMethod(Func m) { methods.add(m); }
    @Override public String toString() { return TypeStrings.of(this); }
}
