package glassgo.compiler.types;

/**
 * go/types.Selection for {@code x.f}: kind, receiver type (type of x), the selected object (Var
 * field or Func method), the index path through embedded fields (last element: field index or method
 * index), and whether a pointer indirection happens on the path.
 */
public record Selection(Kind kind, Type recv, Obj obj, int[] index, boolean indirect) {
    public enum Kind { FieldVal, MethodVal, MethodExpr }
    /** The type of x.f: field type, method value signature (no receiver), or method expression signature (receiver first). */
    public Type type() {
        if (kind == Kind.FieldVal) return obj.type();
        Signature s = (Signature) obj.type();
        if (kind == Kind.MethodVal) return new Signature(null, s.params(), s.results(), s.variadic());
        java.util.List<Var> ps = new java.util.ArrayList<>();
        ps.add(Var.param("", recv, obj.pkg(), obj.pos()));
        ps.addAll(s.params().vars());
        return new Signature(null, new Tuple(ps), s.results(), s.variadic());
    }
}
