package glassgo.compiler.syntax;

import java.util.List;

/** Top-level (and, for Gen, local) declarations. */
public sealed interface Decl extends Node {

    enum GenKind { IMPORT, CONST, TYPE, VAR }

    /** {@code import/const/type/var} with one spec or a parenthesised group. pos: the keyword. */
    final class Gen implements Decl {
        public final Pos pos; public final GenKind kind; public final List<Spec> specs; public final boolean grouped;
        public Gen(Pos pos, GenKind kind, List<Spec> specs, boolean grouped) { this.pos = pos; this.kind = kind; this.specs = specs; this.grouped = grouped; }
        public Pos pos() { return pos; }
    }

    /**
     * {@code func (recv) name type body}; {@code recv} null for functions; {@code body} null for
     * body-less (native/assembly) functions. pos: the name identifier (Go reports function
     * diagnostics at the name); {@code funcPos}: the {@code func} keyword.
     */
    final class Func implements Decl {
        public final Pos pos; public final Pos funcPos; public final Field recv; public final Expr.Ident name; public final Expr.FuncType type; public final Stmt.Block body;
        public Func(Pos pos, Pos funcPos, Field recv, Expr.Ident name, Expr.FuncType type, Stmt.Block body) { this.pos = pos; this.funcPos = funcPos; this.recv = recv; this.name = name; this.type = type; this.body = body; }
        public Pos pos() { return pos; }
    }
}
