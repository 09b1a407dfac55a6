package glassgo.compiler.types;

import glassgo.compiler.syntax.Expr;
import glassgo.compiler.syntax.Field;
import java.util.List;

/** syntax.String (short form) of an expression, as types2 prints expressions in messages. */
public final class ExprString {
    private ExprString() {}
    public static String of(Expr e) { StringBuilder sb = new StringBuilder(); write(sb, e); return sb.toString(); }

    static void write(StringBuilder sb, Expr e) {
        if (e == null) return;
        if (e instanceof Expr.Ident id) sb.append(id.name);
        else if (e instanceof Expr.BasicLit l) sb.append(l.raw);
        else if (e instanceof Expr.CompositeLit c) { if (c.type != null) write(sb, c.type); sb.append(c.elts.isEmpty() ? "{}" : "{…}"); }
        else if (e instanceof Expr.FuncLit f) { sb.append("func"); sig(sb, f.type); sb.append(f.body == null || f.body.list.isEmpty() ? " {}" : " {…}"); }
        else if (e instanceof Expr.Paren p) { sb.append('('); write(sb, p.x); sb.append(')'); }
        else if (e instanceof Expr.Selector s) { write(sb, s.x); sb.append('.').append(s.sel.name); }
        else if (e instanceof Expr.Index i) { write(sb, i.x); sb.append('['); write(sb, i.index); sb.append(']'); }
        else if (e instanceof Expr.Slice s) {
            write(sb, s.x); sb.append('[');
            if (s.lo != null) write(sb, s.lo);
            sb.append(':');
            if (s.hi != null) write(sb, s.hi);
            if (s.slice3) { sb.append(':'); if (s.max != null) write(sb, s.max); }
            sb.append(']');
        }
        else if (e instanceof Expr.TypeAssert t) { write(sb, t.x); sb.append(".("); if (t.type == null) sb.append("type"); else write(sb, t.type); sb.append(')'); }
        else if (e instanceof Expr.Call c) {
            write(sb, c.fun); sb.append('(');
            for (int i = 0; i < c.args.size(); i++) { if (i > 0) sb.append(", "); write(sb, c.args.get(i)); }
            if (c.hasDots) sb.append("...");
            sb.append(')');
        }
        else if (e instanceof Expr.Star s) { sb.append('*'); write(sb, s.x); }
        else if (e instanceof Expr.Unary u) { sb.append(u.op.text); write(sb, u.x); }
        else if (e instanceof Expr.Binary b) { write(sb, b.x); sb.append(' ').append(b.op.text).append(' '); write(sb, b.y); }
        else if (e instanceof Expr.KeyValue kv) { write(sb, kv.key); sb.append(": "); write(sb, kv.value); }
        else if (e instanceof Expr.ArrayType a) { sb.append('['); if (a.len instanceof Expr.Dots) sb.append("..."); else if (a.len != null) write(sb, a.len); sb.append(']'); write(sb, a.elem); }
        else if (e instanceof Expr.Dots d) { sb.append("..."); if (d.elem != null) write(sb, d.elem); }
        else if (e instanceof Expr.StructType s) { sb.append("struct{"); fields(sb, s.fields, "; "); sb.append('}'); }
        else if (e instanceof Expr.FuncType f) { sb.append("func"); sig(sb, f); }
        else if (e instanceof Expr.InterfaceType it) {
            sb.append("interface{");
            for (int i = 0; i < it.methods.size(); i++) {
                if (i > 0) sb.append("; ");
                Field f = it.methods.get(i);
                if (f.names.isEmpty()) write(sb, f.type); else { sb.append(f.names.get(0).name); sig(sb, (Expr.FuncType) f.type); }
            }
            sb.append('}');
        }
        else if (e instanceof Expr.MapType m) { sb.append("map["); write(sb, m.key); sb.append(']'); write(sb, m.value); }
        else if (e instanceof Expr.ChanType c) {
            switch (c.dir) { case BOTH -> sb.append("chan "); case SEND -> sb.append("chan<- "); case RECV -> sb.append("<-chan "); }
            write(sb, c.value);
        }
        else sb.append("BadExpr");
    }

    static void sig(StringBuilder sb, Expr.FuncType f) {
        sb.append('('); fields(sb, f.params, ", "); sb.append(')');
        if (f.results.isEmpty()) return;
        sb.append(' ');
        if (f.results.size() == 1 && f.results.get(0).names.isEmpty()) { write(sb, f.results.get(0).type); return; }
        sb.append('('); fields(sb, f.results, ", "); sb.append(')');
    }

    static void fields(StringBuilder sb, List<Field> fs, String sep) {
        for (int i = 0; i < fs.size(); i++) {
            if (i > 0) sb.append(sep);
            Field f = fs.get(i);
            for (int k = 0; k < f.names.size(); k++) { if (k > 0) sb.append(", "); sb.append(f.names.get(k).name); }
            if (!f.names.isEmpty()) sb.append(' ');
            write(sb, f.type);
        }
    }
}
