package glassgo.compiler.syntax;

import java.util.List;

/** Statements (go/ast shapes; positions as cmd/compile's syntax package). Identity equality. */
public sealed interface Stmt extends Node {

    /** A {@code const}, {@code var} or {@code type} declaration inside a function. pos: the keyword. */
    final class DeclStmt implements Stmt {
        public final Pos pos; public final Decl.Gen decl;
        public DeclStmt(Pos pos, Decl.Gen decl) { this.pos = pos; this.decl = decl; }
        public Pos pos() { return pos; }
    }

    /** An empty statement (e.g. {@code ;} or an empty loop body element). pos: where it stands. */
    final class Empty implements Stmt {
        public final Pos pos;
        public Empty(Pos pos) { this.pos = pos; }
        public Pos pos() { return pos; }
    }

    /** {@code label: stmt}. pos: the label identifier. */
    final class Labeled implements Stmt {
        public final Pos pos; public final Expr.Ident label; public final Stmt stmt;
        public Labeled(Pos pos, Expr.Ident label, Stmt stmt) { this.pos = pos; this.label = label; this.stmt = stmt; }
        public Pos pos() { return pos; }
    }

    /** An expression used as a statement. pos: the expression's pos. */
    final class ExprStmt implements Stmt {
        public final Pos pos; public final Expr x;
        public ExprStmt(Pos pos, Expr x) { this.pos = pos; this.x = x; }
        public Pos pos() { return pos; }
    }

    /** {@code ch <- value}. pos: the {@code <-}. */
    final class Send implements Stmt {
        public final Pos pos; public final Expr chan, value;
        public Send(Pos pos, Expr chan, Expr value) { this.pos = pos; this.chan = chan; this.value = value; }
        public Pos pos() { return pos; }
    }

    /** {@code x++} / {@code x--} ({@code op} is INC or DEC). pos: the operator. */
    final class IncDec implements Stmt {
        public final Pos pos; public final Expr x; public final Op op;
        public IncDec(Pos pos, Expr x, Op op) { this.pos = pos; this.x = x; this.op = op; }
        public Pos pos() { return pos; }
    }

    /**
     * {@code lhs op rhs}: {@code op} is ASSIGN ({@code =}), DEFINE ({@code :=}) or a binary
     * operator for {@code op=} (ADD for {@code +=} …). pos: the operator.
     */
    final class Assign implements Stmt {
        public final Pos pos; public final List<Expr> lhs; public final Op op; public final List<Expr> rhs;
        public Assign(Pos pos, List<Expr> lhs, Op op, List<Expr> rhs) { this.pos = pos; this.lhs = lhs; this.op = op; this.rhs = rhs; }
        public Pos pos() { return pos; }
    }

    /** {@code go call}. pos: the keyword. */
    final class Go implements Stmt {
        public final Pos pos; public final Expr call;
        public Go(Pos pos, Expr call) { this.pos = pos; this.call = call; }
        public Pos pos() { return pos; }
    }

    /** {@code defer call}. pos: the keyword. */
    final class Defer implements Stmt {
        public final Pos pos; public final Expr call;
        public Defer(Pos pos, Expr call) { this.pos = pos; this.call = call; }
        public Pos pos() { return pos; }
    }

    /** {@code return results}. pos: the keyword. */
    final class Return implements Stmt {
        public final Pos pos; public final List<Expr> results;
        public Return(Pos pos, List<Expr> results) { this.pos = pos; this.results = results; }
        public Pos pos() { return pos; }
    }

    enum BranchKind { BREAK, CONTINUE, GOTO, FALLTHROUGH }

    /** {@code break}/{@code continue}/{@code goto}/{@code fallthrough} with optional label. pos: the keyword. */
    final class Branch implements Stmt {
        public final Pos pos; public final BranchKind kind; public final Expr.Ident label;
        public Branch(Pos pos, BranchKind kind, Expr.Ident label) { this.pos = pos; this.kind = kind; this.label = label; }
        public Pos pos() { return pos; }
    }

    /** {@code { list }}. pos: the {@code {}; {@code rbrace}: the {@code }}. */
    final class Block implements Stmt {
        public final Pos pos; public final List<Stmt> list; public final Pos rbrace;
        public Block(Pos pos, List<Stmt> list, Pos rbrace) { this.pos = pos; this.list = list; this.rbrace = rbrace; }
        public Pos pos() { return pos; }
    }

    /** {@code if init; cond then else}; {@code els} is null, an If, or a Block. pos: the keyword. */
    final class If implements Stmt {
        public final Pos pos; public final Stmt init; public final Expr cond; public final Block then; public final Stmt els;
        public If(Pos pos, Stmt init, Expr cond, Block then, Stmt els) { this.pos = pos; this.init = init; this.cond = cond; this.then = then; this.els = els; }
        public Pos pos() { return pos; }
    }

    /** {@code switch init; tag { clauses }}; {@code tag} may be null. pos: the keyword; {@code rbrace}: the closing brace. */
    final class Switch implements Stmt {
        public final Pos pos; public final Stmt init; public final Expr tag; public final List<CaseClause> clauses; public final Pos rbrace;
        public Switch(Pos pos, Stmt init, Expr tag, List<CaseClause> clauses, Pos rbrace) { this.pos = pos; this.init = init; this.tag = tag; this.clauses = clauses; this.rbrace = rbrace; }
        public Pos pos() { return pos; }
    }

    /**
     * {@code switch init; [bind :=] x.(type) { clauses }}; {@code bind} is null without a binding;
     * {@code x} is the operand of {@code .(type)}; case lists hold type expressions
     * (an Ident {@code nil} for the nil case). pos: the keyword.
     */
    final class TypeSwitch implements Stmt {
        public final Pos pos; public final Stmt init; public final Expr.Ident bind; public final Expr x; public final List<CaseClause> clauses; public final Pos rbrace;
        public TypeSwitch(Pos pos, Stmt init, Expr.Ident bind, Expr x, List<CaseClause> clauses, Pos rbrace) { this.pos = pos; this.init = init; this.bind = bind; this.x = x; this.clauses = clauses; this.rbrace = rbrace; }
        public Pos pos() { return pos; }
    }

    /** {@code select { clauses }}. pos: the keyword. */
    final class Select implements Stmt {
        public final Pos pos; public final List<CommClause> clauses; public final Pos rbrace;
        public Select(Pos pos, List<CommClause> clauses, Pos rbrace) { this.pos = pos; this.clauses = clauses; this.rbrace = rbrace; }
        public Pos pos() { return pos; }
    }

    /** {@code for init; cond; post body} (any part may be null). pos: the keyword. */
    final class For implements Stmt {
        public final Pos pos; public final Stmt init; public final Expr cond; public final Stmt post; public final Block body;
        public For(Pos pos, Stmt init, Expr cond, Stmt post, Block body) { this.pos = pos; this.init = init; this.cond = cond; this.post = post; this.body = body; }
        public Pos pos() { return pos; }
    }

    /**
     * {@code for key, value op range x body}; {@code key}/{@code value} may be null;
     * {@code op} is DEFINE, ASSIGN, or null when there are no iteration variables. pos: the {@code for} keyword.
     */
    final class Range implements Stmt {
        /** pos: the {@code for} keyword; rangePos: the {@code range} keyword (the range clause's position in cmd/compile). */
        public final Pos pos, rangePos; public final Expr key, value; public final Op op; public final Expr x; public final Block body;
        public Range(Pos pos, Pos rangePos, Expr key, Expr value, Op op, Expr x, Block body) { this.pos = pos; this.rangePos = rangePos; this.key = key; this.value = value; this.op = op; this.x = x; this.body = body; }
        public Pos pos() { return pos; }
    }
}
