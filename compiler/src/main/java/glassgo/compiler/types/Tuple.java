package glassgo.compiler.types;

import java.util.List;

/** An ordered list of Vars: parameters, results, or a multi-valued expression's type. */
public final class Tuple implements Type {
    public static final Tuple EMPTY = new Tuple(List.of());
    private final List<Var> vars;
    public Tuple(List<Var> vars) { this.vars = List.copyOf(vars); }
    public int len() { return vars.size(); }
    public Var at(int i) { return vars.get(i); }
    public List<Var> vars() { return vars; }
    @Override public Type underlying() { return this; }
    @Override public String toString() { return TypeStrings.of(this); }
}
