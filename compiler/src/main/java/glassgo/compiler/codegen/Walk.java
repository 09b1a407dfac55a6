package glassgo.compiler.codegen;

import glassgo.compiler.syntax.*;

import java.util.function.Consumer;

/** Visits statements and expressions of a function body (not descending into nested func literals unless asked). */
final class Walk {
    private Walk() {}

    static void stmts(Node n, Consumer<Stmt> f) { walk(n, f, x -> {}, false); }

    static void exprs(Node n, Consumer<Expr> f, boolean intoFuncLits) { walk(n, s -> {}, f, intoFuncLits); }

    private static void walk(Node n, Consumer<Stmt> fs, Consumer<Expr> fe, boolean lits) {
        if (n == null) return;
        if (n instanceof Stmt s) fs.accept(s);
        if (n instanceof Expr x) fe.accept(x);
        if (n instanceof Stmt.Block b) { for (Stmt s : b.list) walk(s, fs, fe, lits); }
        else if (n instanceof Stmt.ExprStmt es) walk(es.x, fs, fe, lits);
        else if (n instanceof Stmt.Assign a) { for (Expr x : a.lhs) walk(x, fs, fe, lits); for (Expr x : a.rhs) walk(x, fs, fe, lits); }
        else if (n instanceof Stmt.IncDec id) walk(id.x, fs, fe, lits);
        else if (n instanceof Stmt.DeclStmt ds) { for (Spec sp : ds.decl.specs) if (sp instanceof Spec.Value v) for (Expr x : v.values) walk(x, fs, fe, lits); }
        else if (n instanceof Stmt.If i) { walk(i.init, fs, fe, lits); walk(i.cond, fs, fe, lits); walk(i.then, fs, fe, lits); walk(i.els, fs, fe, lits); }
        else if (n instanceof Stmt.For f) { walk(f.init, fs, fe, lits); walk(f.cond, fs, fe, lits); walk(f.post, fs, fe, lits); walk(f.body, fs, fe, lits); }
        else if (n instanceof Stmt.Range r) { walk(r.key, fs, fe, lits); walk(r.value, fs, fe, lits); walk(r.x, fs, fe, lits); walk(r.body, fs, fe, lits); }
        else if (n instanceof Stmt.Return r) { for (Expr x : r.results) walk(x, fs, fe, lits); }
        else if (n instanceof Stmt.Switch sw) { walk(sw.init, fs, fe, lits); walk(sw.tag, fs, fe, lits); for (CaseClause c : sw.clauses) { if (c.list != null) for (Expr x : c.list) walk(x, fs, fe, lits); for (Stmt s : c.body) walk(s, fs, fe, lits); } }
        else if (n instanceof Stmt.TypeSwitch ts) { walk(ts.init, fs, fe, lits); walk(ts.x, fs, fe, lits); for (CaseClause c : ts.clauses) for (Stmt s : c.body) walk(s, fs, fe, lits); }
        else if (n instanceof Stmt.Select sel) { for (CommClause c : sel.clauses) { walk(c.comm, fs, fe, lits); for (Stmt s : c.body) walk(s, fs, fe, lits); } }
        else if (n instanceof Stmt.Labeled l) walk(l.stmt, fs, fe, lits);
        else if (n instanceof Stmt.Go g) walk(g.call, fs, fe, lits);
        else if (n instanceof Stmt.Defer d) walk(d.call, fs, fe, lits);
        else if (n instanceof Stmt.Send s) { walk(s.chan, fs, fe, lits); walk(s.value, fs, fe, lits); }
        else if (n instanceof Expr.Binary b) { walk(b.x, fs, fe, lits); walk(b.y, fs, fe, lits); }
        else if (n instanceof Expr.Unary u) walk(u.x, fs, fe, lits);
        else if (n instanceof Expr.Paren p) walk(p.x, fs, fe, lits);
        else if (n instanceof Expr.Star s) walk(s.x, fs, fe, lits);
        else if (n instanceof Expr.Selector s) walk(s.x, fs, fe, lits);
        else if (n instanceof Expr.Index ix) { walk(ix.x, fs, fe, lits); walk(ix.index, fs, fe, lits); }
        else if (n instanceof Expr.Slice sl) { walk(sl.x, fs, fe, lits); walk(sl.lo, fs, fe, lits); walk(sl.hi, fs, fe, lits); walk(sl.max, fs, fe, lits); }
        else if (n instanceof Expr.TypeAssert ta) walk(ta.x, fs, fe, lits);
        else if (n instanceof Expr.Call c) { walk(c.fun, fs, fe, lits); for (Expr x : c.args) walk(x, fs, fe, lits); }
        else if (n instanceof Expr.CompositeLit cl) { for (Expr x : cl.elts) walk(x, fs, fe, lits); }
        else if (n instanceof Expr.KeyValue kv) { walk(kv.key, fs, fe, lits); walk(kv.value, fs, fe, lits); }
        else if (n instanceof Expr.FuncLit fl && lits) walk(fl.body, fs, fe, lits);
    }
}
