package glassgo.compiler.syntax;

import java.util.List;

/**
 * A select clause: {@code case comm: body}, where {@code comm} is a {@link Stmt.Send}, an
 * {@link Stmt.ExprStmt} holding a receive, or an {@link Stmt.Assign} whose single rhs is a
 * receive; {@code comm == null} for {@code default}. pos: the keyword.
 */
public final class CommClause implements Node {
    public final Pos pos; public final Stmt comm; public final List<Stmt> body; public final Pos colon;
    public CommClause(Pos pos, Stmt comm, List<Stmt> body, Pos colon) { this.pos = pos; this.comm = comm; this.body = body; this.colon = colon; }
    public Pos pos() { return pos; }
    public boolean isDefault() { return comm == null; }
}
