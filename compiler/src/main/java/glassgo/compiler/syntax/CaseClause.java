package glassgo.compiler.syntax;

import java.util.List;

/** {@code case list: body} or {@code default: body} ({@code list == null}). pos: the {@code case}/{@code default} keyword; {@code colon}: the {@code :}. */
public final class CaseClause implements Node {
    public final Pos pos; public final List<Expr> list; public final List<Stmt> body; public final Pos colon;
    public CaseClause(Pos pos, List<Expr> list, List<Stmt> body, Pos colon) { this.pos = pos; this.list = list; this.body = body; this.colon = colon; }
    public Pos pos() { return pos; }
    public boolean isDefault() { return list == null; }
}
