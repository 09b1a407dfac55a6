package glassgo.compiler.syntax;

import java.util.List;

/**
 * A parameter/result group, struct field group, or interface element: {@code names type tag}.
 * {@code names} is empty for anonymous parameters and embedded fields. {@code tag} is the raw tag
 * literal or null. pos: the first name, or the type when there are no names.
 */
public final class Field implements Node {
    public final Pos pos; public final List<Expr.Ident> names; public final Expr type; public final Expr.BasicLit tag;
    public Field(Pos pos, List<Expr.Ident> names, Expr type, Expr.BasicLit tag) { this.pos = pos; this.names = names; this.type = type; this.tag = tag; }
    public Pos pos() { return pos; }
}
