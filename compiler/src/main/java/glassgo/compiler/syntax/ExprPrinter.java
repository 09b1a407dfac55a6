package glassgo.compiler.syntax;

import java.util.List;

/**
 * Prints expressions and simple statements in Go syntax, for the few syntax errors whose text
 * quotes source ({@code cannot use x := 0 as value}); modelled on cmd/compile's
 * {@code syntax.String}, not meant as a full pretty printer.
 */
final class ExprPrinter {
    private ExprPrinter() {}

    static String print(List<Expr> l) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < l.size(); i++) {
            if (i > 0) sb.append(", ");
            sb.append(print(l.get(i)));
        }
        return sb.toString();
    }

    static String print(Stmt s) {
        if (s instanceof Stmt.ExprStmt e) return print(e.x);
        if (s instanceof Stmt.Assign a) {
            String op = a.op == Op.ASSIGN || a.op == Op.DEFINE ? a.op.text : a.op.text + "=";
            return print(a.lhs) + " " + op + " " + print(a.rhs);
        }
        if (s instanceof Stmt.IncDec i) return print(i.x) + i.op.text;
        if (s instanceof Stmt.Send x) return print(x.chan) + " <- " + print(x.value);
        return s.getClass().getSimpleName();
    }

    static String print(Expr e) {
        if (e == null) return "";
        if (e instanceof Expr.Ident i) return i.name;
        if (e instanceof Expr.BasicLit b) return b.raw;
        if (e instanceof Expr.Paren p) return "(" + print(p.x) + ")";
        if (e instanceof Expr.Selector s) return print(s.x) + "." + s.sel.name;
        if (e instanceof Expr.Index i) return print(i.x) + "[" + print(i.index) + "]";
        if (e instanceof Expr.Slice s) {
            return print(s.x) + "[" + print(s.lo) + ":" + print(s.hi) + (s.slice3 ? ":" + print(s.max) : "") + "]";
        }
        if (e instanceof Expr.TypeAssert t) return print(t.x) + ".(" + (t.type == null ? "type" : print(t.type)) + ")";
        if (e instanceof Expr.Call c) return print(c.fun) + "(" + print(c.args) + (c.hasDots ? "..." : "") + ")";
        if (e instanceof Expr.Star s) return "*" + print(s.x);
        if (e instanceof Expr.Unary u) return u.op.text + print(u.x);
        if (e instanceof Expr.Binary b) return print(b.x) + " " + b.op.text + " " + print(b.y);
        if (e instanceof Expr.KeyValue kv) return print(kv.key) + ": " + print(kv.value);
        if (e instanceof Expr.CompositeLit c) return (c.type == null ? "" : print(c.type)) + "{…}";
        if (e instanceof Expr.FuncLit) return "func literal";
        if (e instanceof Expr.ArrayType a) return "[" + (a.len == null ? "" : print(a.len)) + "]" + print(a.elem);
        if (e instanceof Expr.Dots d) return "..." + print(d.elem);
        if (e instanceof Expr.MapType m) return "map[" + print(m.key) + "]" + print(m.value);
        if (e instanceof Expr.ChanType c) {
            return (c.dir == Expr.ChanDir.RECV ? "<-chan " : c.dir == Expr.ChanDir.SEND ? "chan<- " : "chan ") + print(c.value);
        }
        if (e instanceof Expr.StructType) return "struct{…}";
        if (e instanceof Expr.InterfaceType) return "interface{…}";
        if (e instanceof Expr.FuncType) return "func(…)";
        return "?";
    }
}
