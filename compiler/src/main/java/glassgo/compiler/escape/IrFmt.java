package glassgo.compiler.escape;

import glassgo.compiler.syntax.Expr;
import glassgo.compiler.syntax.Op;
import glassgo.compiler.syntax.Stmt;
import glassgo.compiler.types.*;

import java.util.ArrayList;
import java.util.List;

/**
 * Prints expressions, statements and types the way cmd/compile's ir/fmt.go does in {@code -m}
 * diagnostics: implicit nodes are invisible, composite literals print as {@code T{...}},
 * conversions to unnamed types are parenthesised ({@code ([]byte)(s)}), types use
 * {@code interface {}} with a space ({@code any} where the source says any) and local types unqualified.
 */
final class IrFmt {
    private final Info info;
    private final glassgo.compiler.types.Package local;

    /** Expressions Go's typechecker hoisted into temporaries (RewriteNonNameCall / RewriteMultiValueCall): their names. */
    final java.util.IdentityHashMap<Expr, String> renamed = new java.util.IdentityHashMap<>();
    /** Devirtualized interface calls: the concrete receiver type. */
    java.util.IdentityHashMap<Expr.Call, Type> devirtualized = new java.util.IdentityHashMap<>();

    IrFmt(Info info, glassgo.compiler.types.Package local) { this.info = info; this.local = local; }

    // ---- types (types/fmt.go, fmtGo mode) ----

    String type(Type t) { StringBuilder sb = new StringBuilder(); type(sb, t); return sb.toString(); }

    void type(StringBuilder sb, Type t) {
        if (t == null) { sb.append("<T>"); return; }
        if (t instanceof Basic b) {
            switch (b.kind()) {
                case UntypedInt -> sb.append("int");
                case UntypedFloat -> sb.append("float64");
                case UntypedRune -> sb.append("rune");
                case UntypedString -> sb.append("string");
                case UntypedBool -> sb.append("bool");
                case UntypedComplex -> sb.append("complex128");
                case UnsafePointer -> sb.append("unsafe.Pointer");
                default -> sb.append(b.name());
            }
        } else if (t instanceof Named n) {
            TypeName o = n.obj();
            if (o.pkg() != null && o.pkg() != local) sb.append(o.pkg().name()).append('.');
            sb.append(o.name());
        } else if (t instanceof Pointer p) { sb.append('*'); type(sb, p.elem()); }
        else if (t instanceof glassgo.compiler.types.Slice s) { sb.append("[]"); type(sb, s.elem()); }
        else if (t instanceof Array a) { sb.append('[').append(a.len()).append(']'); type(sb, a.elem()); }
        else if (t instanceof glassgo.compiler.types.Map m) { sb.append("map["); type(sb, m.key()); sb.append(']'); type(sb, m.elem()); }
        else if (t instanceof Chan c) {
            switch (c.dir()) {
                case SendRecv -> sb.append("chan ");
                case SendOnly -> sb.append("chan<- ");
                case RecvOnly -> sb.append("<-chan ");
            }
            boolean paren = c.dir() == Chan.Dir.SendRecv && c.elem() instanceof Chan cc && cc.dir() == Chan.Dir.RecvOnly;
            if (paren) sb.append('(');
            type(sb, c.elem());
            if (paren) sb.append(')');
        } else if (t instanceof Struct s) {
            if (s.numFields() == 0) { sb.append("struct {}"); return; }
            sb.append("struct { ");
            for (int i = 0; i < s.numFields(); i++) {
                if (i > 0) sb.append("; ");
                Var f = s.field(i);
                if (!f.embedded()) sb.append(f.name()).append(' ');
                type(sb, f.type());
                if (!s.tag(i).isEmpty()) sb.append(' ').append(Constants.quote(s.tag(i)));
            }
            sb.append(" }");
        } else if (t == Universe.ANY) {
            sb.append("any"); // types.AnyType: the predeclared alias keeps its name, as byte and rune do
        } else if (t instanceof Interface it) {
            if (it.explicitMethods().isEmpty() && it.embeddeds().isEmpty()) { sb.append("interface {}"); return; }
            sb.append("interface { ");
            boolean first = true;
            for (Func m : it.allMethods()) {
                if (!first) sb.append("; ");
                first = false;
                sb.append(m.name());
                sig(sb, m.signature());
            }
            sb.append(" }");
        } else if (t instanceof Signature s) { sb.append("func"); sig(sb, s); }
        else if (t instanceof Tuple tu) {
            sb.append('(');
            for (int i = 0; i < tu.len(); i++) { if (i > 0) sb.append(", "); type(sb, tu.at(i).type()); }
            sb.append(')');
        } else sb.append(t);
    }

    private void sig(StringBuilder sb, Signature s) {
        sb.append('(');
        List<Var> ps = s.params().vars();
        for (int i = 0; i < ps.size(); i++) {
            if (i > 0) sb.append(", ");
            if (s.variadic() && i == ps.size() - 1 && ps.get(i).type() instanceof glassgo.compiler.types.Slice sl) { sb.append("..."); type(sb, sl.elem()); }
            else type(sb, ps.get(i).type());
        }
        sb.append(')');
        int n = s.results().len();
        if (n == 1) { sb.append(' '); type(sb, s.results().at(0).type()); }
        else if (n > 1) {
            sb.append(" (");
            for (int i = 0; i < n; i++) { if (i > 0) sb.append(", "); type(sb, s.results().at(i).type()); }
            sb.append(')');
        }
    }

    // ---- expressions ----

    String expr(Expr e) { StringBuilder sb = new StringBuilder(); expr(sb, e, 0); return sb.toString(); }

    /** e itself, not the temporary it was hoisted into (its parts still print renamed). */
    String exprTop(Expr e) {
        Expr u = unparen(e);
        String rn = renamed.remove(u);
        try { return expr(e); } finally { if (rn != null) renamed.put(u, rn); }
    }

    static Expr unparen(Expr e) { while (e instanceof Expr.Paren p) e = p.x; return e; }

    /** Go operator precedence as ir/fmt.go's OpPrec (higher binds tighter). */
    private static int prec(Expr e) {
        e = unparen(e);
        if (e instanceof Expr.Binary b) {
            return switch (b.op) {
                case MUL, QUO, REM, SHL, SHR, AND, AND_NOT -> 7;
                case ADD, SUB, OR, XOR -> 6;
                case EQL, NEQ, LSS, LEQ, GTR, GEQ -> 5;
                case ANDAND -> 4;
                case OROR -> 3;
                default -> 6;
            };
        }
        if (e instanceof Expr.Unary || e instanceof Expr.Star) return 7;
        return 8;
    }

    void expr(StringBuilder sb, Expr e, int prec) {
        e = unparen(e);
        String rn = renamed.get(e);
        if (rn != null) { sb.append(rn); return; }
        TypeAndValue tv = info.types.get(e);
        int np = prec(e);
        if (np < prec) { sb.append('('); expr(sb, e, 0); sb.append(')'); return; }
        if (tv != null && tv.value() != null) {
            // irgen's OrigConst keeps the constant expression's source text (syntax.String)
            sb.append(glassgo.compiler.types.ExprString.of(e));
            return;
        }
        if (e instanceof Expr.Ident id) {
            sb.append(id.name);
        } else if (e instanceof Expr.BasicLit l) sb.append(l.raw);
        else if (e instanceof Expr.CompositeLit c) compLit(sb, c, false);
        else if (e instanceof Expr.FuncLit) sb.append("func literal");
        else if (e instanceof Expr.Selector s) {
            expr(sb, s.x, 8);
            Selection sel = info.selections.get(s);
            if (sel != null && sel.kind() != Selection.Kind.MethodExpr) embeddedPath(sb, sel); // implicit ODOTs
            sb.append('.').append(s.sel.name);
        }
        else if (e instanceof Expr.Index i) { expr(sb, i.x, 8); sb.append('['); expr(sb, i.index, 0); sb.append(']'); }
        else if (e instanceof Expr.Slice s) {
            expr(sb, s.x, 8); sb.append('[');
            if (s.lo != null) expr(sb, s.lo, 0);
            sb.append(':');
            if (s.hi != null) expr(sb, s.hi, 0);
            if (s.slice3) { sb.append(':'); if (s.max != null) expr(sb, s.max, 0); }
            sb.append(']');
        } else if (e instanceof Expr.TypeAssert t) {
            expr(sb, t.x, 8); sb.append(".(");
            if (t.type == null) sb.append("type"); else type(sb, info.typeOf(t.type));
            sb.append(')');
        } else if (e instanceof Expr.Call c) call(sb, c);
        else if (e instanceof Expr.Star s) { sb.append('*'); expr(sb, s.x, 8); }
        else if (e instanceof Expr.Unary u) {
            if (u.op == Op.AND && unparen(u.x) instanceof Expr.CompositeLit cl) { compLit(sb, cl, true); return; }
            sb.append(u.op.text); expr(sb, u.x, 8);
        } else if (e instanceof Expr.Binary b) {
            expr(sb, b.x, np); sb.append(' ').append(b.op.text).append(' '); expr(sb, b.y, np + 1);
        } else if (e instanceof Expr.KeyValue kv) { expr(sb, kv.key, 0); sb.append(':'); expr(sb, kv.value, 0); }
        else if (tv != null && tv.isType()) type(sb, tv.type());
        else sb.append(glassgo.compiler.types.ExprString.of(e));
    }

    void compLit(StringBuilder sb, Expr.CompositeLit c, boolean addr) {
        if (addr) sb.append('&');
        Type t = info.typeOf(c);
        if (t instanceof Pointer p && c.type == null) t = p.elem();
        type(sb, t);
        sb.append(c.elts.isEmpty() ? "{}" : "{...}");
    }

    private void call(StringBuilder sb, Expr.Call c) {
        Expr fun = unparen(c.fun);
        TypeAndValue ftv = info.types.get(fun);
        if (ftv != null && ftv.isType()) { // conversion
            Type t = ftv.type();
            TypeAndValue atv = c.args.isEmpty() ? null : info.types.get(unparen(c.args.get(0)));
            if (atv != null && atv.value() != null && t.underlying() instanceof glassgo.compiler.types.Slice sl
                    && sl.elem().underlying() instanceof Basic eb && eb.kind() == BasicKind.Int32) {
                // []rune("const") is rewritten into a slice literal by the typechecker
                type(sb, t);
                sb.append(atv.value().stringBytes().isEmpty() ? "{}" : "{...}");
                return;
            }
            if (t instanceof Named || t instanceof Basic) type(sb, t);
            else { sb.append('('); type(sb, t); sb.append(')'); }
            sb.append('('); if (!c.args.isEmpty()) expr(sb, c.args.get(0), 0); sb.append(')');
            return;
        }
        Obj o = fun instanceof Expr.Ident id ? info.objectOf(id)
                : fun instanceof Expr.Selector fs && info.selections.get(fs) == null ? info.uses.get(fs.sel) : null; // unsafe.Add, unsafe.Slice
        if (o instanceof Builtin b && (b.id() == BuiltinId.MAKE || b.id() == BuiltinId.NEW)) {
            sb.append(b.name()).append('(');
            type(sb, info.typeOf(c.args.get(0)));
            for (int i = 1; i < c.args.size(); i++) { sb.append(", "); expr(sb, c.args.get(i), 0); }
            sb.append(')');
            return;
        }
        if (o instanceof Builtin) {
            expr(sb, fun, 8);
            sb.append('(');
            for (int i = 0; i < c.args.size(); i++) { if (i > 0) sb.append(", "); expr(sb, c.args.get(i), 0); }
            if (c.hasDots) sb.append("...");
            sb.append(')');
            return;
        }
        if (c.args.size() == 1 && info.typeOf(unparen(c.args.get(0))) instanceof Tuple) {
            // RewriteMultiValueCall saved the original call for printing
            expr(sb, fun, 8);
            sb.append('(');
            String save = renamed.remove(unparen(c.args.get(0)));
            expr(sb, c.args.get(0), 0);
            if (save != null) renamed.put(unparen(c.args.get(0)), save);
            sb.append(')');
            return;
        }
        // After typecheck.FixMethodCall / FixVariadicCall: T.M(recv, args), f(fixed, ... argument...)
        List<String> args = new ArrayList<>();
        Signature sig = null;
        Selection sel = fun instanceof Expr.Selector s ? info.selections.get(s) : null;
        Type dv = devirtualized.get(c);
        if (dv != null && fun instanceof Expr.Selector s) {
            Lookup.Result lr = Lookup.lookupFieldOrMethod(dv, false, local, s.sel.name);
            Func m = (Func) lr.obj();
            recvType(sb, m);
            sb.append('.').append(m.name());
            args.add(expr(s.x) + ".(" + type(dv) + ")");
            sig = m.signature();
        } else if (sel != null && sel.kind() == Selection.Kind.MethodVal && !Predicates.isInterface(recvOperandType(sel))) {
            Func m = (Func) sel.obj();
            recvType(sb, m);
            sb.append('.').append(m.name());
            Expr.Selector s = (Expr.Selector) fun;
            StringBuilder r = new StringBuilder();
            expr(r, s.x, sel.index().length > 1 ? 8 : 0); // the receiver is an argument now; an embedded path selects from it
            embeddedPath(r, sel);
            args.add(r.toString());
            sig = m.signature();
        } else {
            expr(sb, fun, 8);
            Type ft = info.typeOf(fun);
            if (ft != null && ft.underlying() instanceof Signature fs) sig = fs;
        }
        int fixed = sig != null && sig.variadic() && !c.hasDots ? sig.params().len() - 1 : Integer.MAX_VALUE;
        String multi = c.args.size() == 1 ? renamed.get(unparen(c.args.get(0))) : null;
        if (multi != null && c.args.size() == 1 && info.typeOf(unparen(c.args.get(0))) instanceof Tuple) {
            List<String> parts = List.of(multi.split(", "));
            for (int i = 0; i < parts.size() && i < fixed; i++) args.add(parts.get(i));
            if (fixed != Integer.MAX_VALUE) args.add(parts.size() > fixed ? "... argument..." : "nil...");
        } else {
            for (int i = 0; i < c.args.size() && i < fixed; i++) args.add(expr(c.args.get(i)));
            if (fixed != Integer.MAX_VALUE) args.add(c.args.size() > fixed ? "... argument..." : "nil...");
        }
        sb.append('(').append(String.join(", ", args));
        if (c.hasDots) sb.append("...");
        sb.append(')');
    }

    private void recvType(StringBuilder sb, Func m) {
        Type rt = m.signature().recv().type();
        if (rt instanceof Pointer p) { sb.append("(*"); type(sb, p.elem()); sb.append(')'); }
        else type(sb, rt);
    }

    /** The implicit node x.f0...fi (i+1 embedded fields) of selector s. */
    String implicitDot(Expr.Selector s, Selection sel, int i) {
        StringBuilder sb = new StringBuilder();
        expr(sb, s.x, 8);
        Type cur = sel.recv();
        int[] idx = sel.index();
        for (int j = 0; j <= i; j++) {
            if (cur.underlying() instanceof Pointer p) cur = p.elem();
            Var f = ((Struct) cur.underlying()).field(idx[j]);
            sb.append('.').append(f.name());
            cur = f.type();
        }
        return sb.toString();
    }

    private void embeddedPath(StringBuilder sb, Selection sel) {
        Type cur = sel.recv();
        int[] idx = sel.index();
        for (int i = 0; i < idx.length - 1; i++) {
            if (cur.underlying() instanceof Pointer p) cur = p.elem();
            Var f = ((Struct) cur.underlying()).field(idx[i]);
            sb.append('.').append(f.name());
            cur = f.type();
        }
    }

    static Type recvOperandType(Selection sel) {
        Type cur = sel.recv();
        int[] idx = sel.index();
        for (int i = 0; i < idx.length - 1; i++) {
            if (cur.underlying() instanceof Pointer p) cur = p.elem();
            cur = ((Struct) cur.underlying()).field(idx[i]).type();
        }
        return cur;
    }

    void constant(StringBuilder sb, ConstValue v, Type t) {
        switch (v.kind()) {
            case STRING -> sb.append(Constants.quote(v.stringBytes()));
            case BOOL -> sb.append(v.boolVal());
            case INT -> {
                sb.append(v.intVal());
            }
            default -> sb.append(v);
        }
    }

    // ---- statements (for -m=2 notes and self-assignment lines) ----

    String stmt(Stmt s) {
        if (s instanceof Stmt.Assign a) {
            StringBuilder sb = new StringBuilder();
            list(sb, a.lhs);
            String op = a.op == Op.ASSIGN ? "=" : a.op == Op.DEFINE ? ":=" : a.op.text + "=";
            sb.append(' ').append(op).append(' ');
            list(sb, a.rhs);
            return sb.toString();
        }
        if (s instanceof Stmt.Return r) {
            StringBuilder sb = new StringBuilder("return");
            if (!r.results.isEmpty()) { sb.append(' '); list(sb, r.results); }
            return sb.toString();
        }
        if (s instanceof Stmt.ExprStmt es) return expr(es.x);
        if (s instanceof Stmt.Send sd) return expr(sd.chan) + " <- " + expr(sd.value);
        if (s instanceof Stmt.IncDec id) return expr(id.x) + " " + (id.op == Op.INC ? "+" : "-") + "= 1";
        if (s instanceof Stmt.Range) return "for loop"; // ir/fmt.go ORANGE outside export format
        if (s instanceof Stmt.Go g) return "go " + expr(g.call);
        if (s instanceof Stmt.Defer d) return "defer " + expr(d.call);
        return s.getClass().getSimpleName();
    }

    private void list(StringBuilder sb, List<Expr> l) {
        for (int i = 0; i < l.size(); i++) { if (i > 0) sb.append(", "); expr(sb, l.get(i), 0); }
    }
}
