package glassgo.compiler.syntax;

import java.util.List;

/** Specs inside a {@link Decl.Gen}. */
public sealed interface Spec extends Node {

    /** {@code import name "path"}; {@code name} null, or {@code .}/{@code _}/an identifier. {@code path} is the unquoted path. pos: the path literal. */
    final class Import implements Spec {
        public final Pos pos; public final Expr.Ident name; public final String path;
        public Import(Pos pos, Expr.Ident name, String path) { this.pos = pos; this.name = name; this.path = path; }
        public Pos pos() { return pos; }
    }

    /**
     * {@code names type = values} in a const or var declaration. {@code type} and {@code values}
     * may be absent (null / empty). For consts, {@code iota} is the spec's index within its group;
     * the implicit repetition of the previous spec's type and values is left to the checker
     * (values empty). pos: the first name.
     */
    final class Value implements Spec {
        public final Pos pos; public final List<Expr.Ident> names; public final Expr type; public final List<Expr> values; public final int iota;
        public Value(Pos pos, List<Expr.Ident> names, Expr type, List<Expr> values, int iota) { this.pos = pos; this.names = names; this.type = type; this.values = values; this.iota = iota; }
        public Pos pos() { return pos; }
    }

    /** {@code type name [=] type}; {@code alias} for {@code =}. pos: the name. */
    final class Type implements Spec {
        public final Pos pos; public final Expr.Ident name; public final boolean alias; public final Expr type;
        public Type(Pos pos, Expr.Ident name, boolean alias, Expr type) { this.pos = pos; this.name = name; this.alias = alias; this.type = type; }
        public Pos pos() { return pos; }
    }
}
