package glassgo.compiler.escape;

import glassgo.compiler.syntax.*;
import glassgo.compiler.types.*;

import java.util.*;
import java.util.Map;

/**
 * Escape analysis of one package (Go's {@code escape.Funcs}): builds the functions, orders them
 * bottom-up by strongly connected components of the reference graph ({@code ir.VisitFuncsBottomUp})
 * and runs one {@link Batch} per component; returns the {@link Escapes} codegen obeys and the
 * {@code -gcflags=-m} diagnostics in Go's order.
 */
public final class EscapeAnalysis {
    static final Interface EMPTY_IFACE = new Interface(List.of(), List.of());

    /** One {@code -m} line: {@code <file>:<line>:<col>: <msg>}. */
    public record Diagnostic(String file, Pos pos, String msg) {
        public String format() { return file + ":" + pos.go() + ": " + msg; }
    }

    /** The analysis result: the Escapes contract plus diagnostics. */
    public static final class Result implements Escapes {
        private final Set<Var> movedToHeap;
        private final Set<Var> byval;
        private final Map<Site, Boolean> sites;
        private final List<Diagnostic> diagnostics;

        Result(Set<Var> movedToHeap, Set<Var> byval, Map<Site, Boolean> sites, List<Diagnostic> diagnostics) {
            this.movedToHeap = movedToHeap; this.byval = byval; this.sites = sites; this.diagnostics = diagnostics;
        }

        @Override public boolean movedToHeap(Var v) { return movedToHeap.contains(v); }
        @Override public boolean escapes(Node site) { return sites.getOrDefault(new Site(Site.Kind.ALLOC, site), true); }
        @Override public boolean boxEscapes(Expr converted) { return sites.getOrDefault(new Site(Site.Kind.BOX, converted), true); }
        @Override public boolean variadicEscapes(Expr.Call call) { return sites.getOrDefault(new Site(Site.Kind.VARIADIC, call), true); }
        @Override public boolean capturedByValue(Var v) { return byval.contains(v); }

        /** The diagnostics in Go's output order (generation order, as -m flushes each line). */
        public List<Diagnostic> diagnostics() { return diagnostics; }

        /** What {@code go build -gcflags=-m} prints for package main: header plus lines ("" when none). */
        public String report() {
            if (diagnostics.isEmpty()) return "";
            StringBuilder sb = new StringBuilder("# command-line-arguments\n");
            for (Diagnostic d : diagnostics) sb.append(d.format()).append('\n');
            return sb.toString();
        }
    }

    /** Analyses package {@code pkg} (checked with {@link Checker}); {@code m} is the -m level (0: no diagnostics). */
    public static Result analyze(glassgo.compiler.types.Package pkg, int m) { return analyze(pkg, m, f -> null); }

    /**
     * As {@link #analyze(glassgo.compiler.types.Package, int)}; {@code sources} maps a file name
     * (SourceFile.fileName) to its bytes, for the {@code //go:noescape} pragmas of body-less functions.
     */
    public static Result analyze(glassgo.compiler.types.Package pkg, int m, java.util.function.Function<String, byte[]> sources) {
        EscapeAnalysis an = new EscapeAnalysis(pkg, m, sources);
        an.run();
        return new Result(an.movedToHeap, an.byval, an.siteEscapes, an.diags);
    }

    // ---- state ----

    final glassgo.compiler.types.Package pkg;
    final Info info;
    final int m;
    final IrFmt fmt;
    final Note.Maker notes;
    final StdTags stdTags = StdTags.load();
    final IdentityHashMap<Var, Location> varLocs = new IdentityHashMap<>();
    final IdentityHashMap<Node, Fn> fns = new IdentityHashMap<>();
    final IdentityHashMap<Func, Fn> funcFns = new IdentityHashMap<>();
    final List<Fn> decls = new ArrayList<>();
    final Set<Var> movedToHeap = Collections.newSetFromMap(new IdentityHashMap<>());
    final Set<Var> byval = Collections.newSetFromMap(new IdentityHashMap<>());
    final Map<Site, Boolean> siteEscapes = new HashMap<>();
    final List<Diagnostic> diags = new ArrayList<>();
    /** StaticValue support: defining expression of each local, and locals that are reassigned or address-taken. */
    final IdentityHashMap<Var, Expr> defnValue = new IdentityHashMap<>();
    final Set<Var> staticReassigned = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Type switch case variables: Go positions them at the clause's colon. */
    final IdentityHashMap<Var, Pos> caseVarPos = new IdentityHashMap<>();
    /** Body-less functions marked //go:noescape. */
    final Set<Decl.Func> noescape = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Interface method calls devirtualized (devirtualize.Call): call → concrete receiver type. */
    final IdentityHashMap<Expr.Call, Type> devirtualized = new IdentityHashMap<>();
    private final java.util.function.Function<String, byte[]> sources;

    private EscapeAnalysis(glassgo.compiler.types.Package pkg, int m, java.util.function.Function<String, byte[]> sources) {
        this.pkg = pkg; this.info = pkg.info(); this.m = m; this.sources = sources;
        this.fmt = new IrFmt(info, pkg);
        this.notes = m >= 2 ? (next, where, why) -> new Note(next, where, wherePos(where), why) : null;
    }

    /** A note's node printed as {@code what} but positioned at {@code pos} (implicit nodes). */
    record At(Object what, Pos pos) {}

    /** The text of a note's node (the node itself is not shown by its temporary's name). */
    String whereString(Object where) {
        if (where instanceof At at) return whereString(at.what());
        if (where instanceof String s) return s;
        if (where instanceof Expr e) return fmt.exprTop(e);
        if (where instanceof Stmt s) return fmt.stmt(s);
        if (where instanceof Location l) return l.lazyNode != null ? fmt.expr(l.lazyNode) : l.desc;
        if (where instanceof Var v) return v.name();
        if (where instanceof CaseClause cc) {
            StringBuilder sb = new StringBuilder(cc.list == null ? "default" : "case ");
            if (cc.list != null) for (int i = 0; i < cc.list.size(); i++) { if (i > 0) sb.append(", "); sb.append(fmt.type(info.typeOf(cc.list.get(i)))); }
            sb.append(':');
            for (int i = 0; i < cc.body.size(); i++) sb.append(i == 0 ? " " : "; ").append(fmt.stmt(cc.body.get(i)));
            return sb.toString();
        }
        if (where instanceof Spec.Value vs) return vs.names.get(0).name + " = " + (vs.values.isEmpty() ? "" : fmt.expr(vs.values.get(0)));
        return String.valueOf(where);
    }

    private Pos wherePos(Object where) {
        if (where instanceof At at) return at.pos();
        if (where instanceof Stmt.Range r) return r.rangePos; // ir.RangeStmt is positioned at its range clause
        if (where instanceof Node n) return n.pos();
        if (where instanceof Location l) return l.pos;
        if (where instanceof Var v) return v.pos();
        return Pos.NONE;
    }

    void diag(Fn fn, Pos pos, String msg) { diags.add(new Diagnostic(fn == null ? "?" : fn.file, pos, msg)); }

    /** -m=2 explanation lines (Go prints them with fmt.Printf straight away). */
    void raw(Fn fn, Pos pos, String msg) { diag(fn, pos, msg); }

    String fmtPos(Fn fn, Pos p) { return (fn == null ? "?" : fn.file) + ":" + p.go(); }

    Fn fnOf(Node n) { return fns.get(n); }
    Fn fnOfFunc(Func f) { return funcFns.get(f); }

    // ---- building functions ----

    private void run() {
        for (SourceFile f : pkg.files()) {
            for (Decl d : f.decls) {
                if (!(d instanceof Decl.Func fd)) continue;
                Func obj = info.funcs.get(fd);
                if (obj == null) continue;
                if (fd.body == null && hasPragma(f.fileName, fd, "//go:noescape")) noescape.add(fd);
                Fn fn = new Fn(fd, obj, obj.signature(), null, funcName(obj), f.fileName, fd.body);
                setVars(fn, fd, obj.signature());
                fns.put(fd, fn);
                funcFns.put(obj, fn);
                decls.add(fn);
                collectClosures(fn, fd.body);
            }
        }
        Fn init = null;
        if (!pkg.initOrder().isEmpty()) {
            init = new Fn(null, null, new Signature(null, null, null, false), null, "init", pkg.files().isEmpty() ? "?" : pkg.files().get(0).fileName, null);
            for (Initializer in : pkg.initOrder()) collectClosures(init, in.rhs());
        }
        for (Fn fn : new ArrayList<>(fns.values())) scanStatic(fn);
        fmt.devirtualized = devirtualized;
        for (Fn fn : decls) { devirtualize(fn); for (Fn c : allClosures(fn)) devirtualize(c); }
        visitFuncsBottomUp(init);
        if (m != 0) for (Fn fn : decls) { boundsCheckElided(fn); for (Fn c : allClosures(fn)) boundsCheckElided(c); }
    }

    // ---- walk's "index bounds check elided" (walk/expr.go walkIndex, bounded) ----

    private void boundsCheckElided(Fn fn) {
        if (fn.body == null) return;
        walkAst(fn.body, x -> {
            if (x instanceof Expr.FuncLit) return false;
            if (!(x instanceof Expr.Index ix)) return true;
            Type xt = info.typeOf(IrFmt.unparen(ix.x));
            TypeAndValue itv = info.types.get(IrFmt.unparen(ix.index));
            if (xt == null || itv == null || itv.value() != null) return true;
            Type u = xt.underlying();
            if (u instanceof Pointer p) u = p.elem().underlying();
            long max;
            if (u instanceof Array a) max = a.len();
            else {
                TypeAndValue xtv = info.types.get(IrFmt.unparen(ix.x));
                if (xtv == null || xtv.value() == null || xtv.value().kind() != ConstValue.Kind.STRING) return true;
                max = xtv.value().stringBytes().length();
            }
            if (bounded(IrFmt.unparen(ix.index), max)) diags.add(new Diagnostic(fn.file, ix.pos, "index bounds check elided"));
            return true;
        });
    }

    private boolean bounded(Expr n, long max) {
        Type t = info.typeOf(n);
        if (t == null || !Predicates.isInteger(t)) return false;
        boolean sign = !Predicates.isUnsigned(t);
        long bits = 8 * Sizes.sizeof(t);
        Long c = smallIntConst(n);
        if (c != null) return 0 <= c && c < max;
        if (n instanceof Expr.Binary b) {
            Long cx = smallIntConst(b.x), cy = smallIntConst(b.y);
            switch (b.op) {
                case AND, AND_NOT -> {
                    long v = -1;
                    if (cx != null) v = cx;
                    else if (cy != null) {
                        v = cy;
                        if (b.op == Op.AND_NOT) { v = ~v; if (!sign) v &= (bits >= 64 ? -1L : (1L << bits) - 1); }
                    }
                    if (0 <= v && v < max) return true;
                }
                case REM -> { if (!sign && cy != null && 0 <= cy && cy <= max) return true; }
                case QUO -> { if (!sign && cy != null) { long v = cy; while (bits > 0 && v >= 2) { bits--; v >>= 1; } } }
                case SHR -> { if (!sign && cy != null) { if (cy > bits) return true; bits -= cy; } }
                default -> { }
            }
        }
        return !sign && bits <= 62 && (1L << bits) <= max;
    }

    private Long smallIntConst(Expr e) {
        TypeAndValue tv = info.types.get(IrFmt.unparen(e));
        if (tv == null || tv.value() == null || tv.value().kind() != ConstValue.Kind.INT) return null;
        java.math.BigInteger v = tv.value().intVal();
        return v.bitLength() < 32 ? v.longValue() : null;
    }

    private String funcName(Func f) {
        Signature s = f.signature();
        if (s.recv() != null) {
            Type r = s.recv().type();
            if (r instanceof Pointer p && p.elem() instanceof Named n) return "(*" + n.obj().name() + ")." + f.name();
            if (r instanceof Named n) return n.obj().name() + "." + f.name();
        }
        return f.name();
    }

    private void setVars(Fn fn, Node decl, Signature sig) {
        if (sig.recv() != null) fn.params.add(sig.recv());
        fn.params.addAll(sig.params().vars());
        fn.results.addAll(sig.results().vars());
        List<Var> locals = info.locals.get(decl);
        if (locals != null) fn.dcl.addAll(locals);
        for (Var v : fn.params) if (!fn.dcl.contains(v)) fn.dcl.add(0, v);
        for (Var v : fn.results) if (!fn.dcl.contains(v)) fn.dcl.add(v);
    }

    /** Creates Fns for the function literals in n (source order, numbered per enclosing function). */
    private void collectClosures(Fn outer, Object n) {
        walkAst(n, x -> {
            if (x instanceof Expr.FuncLit fl) {
                outer.closureCount++;
                String name = outer.decl == null && outer.obj == null ? "glob..func" + outer.closureCount
                        : outer.isClosure() ? outer.name + "." + outer.closureCount : outer.name + ".func" + outer.closureCount;
                Signature sig = (Signature) info.typeOf(fl);
                Fn fn = new Fn(fl, null, sig, outer, name, outer.file, fl.body);
                setVars(fn, fl, sig);
                List<Var> cap = info.captured.get(fl);
                if (cap != null) fn.closureVars.addAll(cap);
                fns.put(fl, fn);
                outer.closures.add(fn);
                collectClosures(fn, fl.body);
                return false;
            }
            return true;
        });
    }

    private List<Fn> allClosures(Fn fn) { List<Fn> out = new ArrayList<>(); addClosuresPreorder(fn, out); return out; }

    private boolean hasPragma(String file, Decl.Func fd, String pragma) {
        byte[] src = sources.apply(file);
        if (src == null) return false;
        String[] lines = new String(src, java.nio.charset.StandardCharsets.UTF_8).split("\n", -1);
        for (int ln = fd.funcPos.line() - 2; ln >= 0; ln--) {
            String l = lines[ln].trim();
            if (l.isEmpty()) continue;
            if (!l.startsWith("//")) break;
            if (l.startsWith(pragma)) return true;
        }
        return false;
    }

    // ---- devirtualize.Func ----

    private void devirtualize(Fn fn) {
        if (fn.body == null) return;
        walkAst(fn.body, x -> {
            if (x instanceof Expr.FuncLit) return false;
            if (!(x instanceof Expr.Call call) || !(IrFmt.unparen(call.fun) instanceof Expr.Selector sel)) return true;
            Selection s = info.selections.get(sel);
            if (s == null || s.kind() != Selection.Kind.MethodVal || !Predicates.isInterface(s.recv())) return true;
            if (!(IrFmt.unparen(sel.x) instanceof Expr.Ident id) || !(info.objectOf(id) instanceof Var v) || v.isGlobal()) return true;
            Expr sv = staticValueChain(v);
            if (sv == null) return true;
            Type typ;
            if (sv instanceof Expr.Call c && info.types.get(IrFmt.unparen(c.fun)) != null && info.types.get(IrFmt.unparen(c.fun)).isType()
                    && Predicates.isInterface(info.typeOf(IrFmt.unparen(c.fun))) && !Predicates.isInterface(info.typeOf(IrFmt.unparen(c.args.get(0))))) {
                typ = info.typeOf(IrFmt.unparen(c.args.get(0)));
            } else if (Predicates.isInterface(v.type()) && info.typeOf(sv) != null && !Predicates.isInterface(info.typeOf(sv)) && !(info.types.get(sv) != null && info.types.get(sv).isNil())) {
                typ = info.typeOf(sv);
            } else return true;
            Lookup.Result lr = Lookup.lookupFieldOrMethod(typ, false, pkg, sel.sel.name);
            if (lr == null || !(lr.obj() instanceof Func mf)) return true;
            boolean concrete = !Predicates.isInterface(mf.signature().recv() == null ? null : mf.signature().recv().type());
            if (m != 0) diags.add(new Diagnostic(fn.file, call.pos, (concrete ? "devirtualizing " : "partially devirtualizing ") + fmt.expr(sel) + " to " + fmt.type(typ)));
            devirtualized.put(call, typ);
            return true;
        });
    }

    private Expr staticValueChain(Var v) {
        Expr e = staticValue(v);
        // an implicit conversion (different types) stops ir.StaticValue: it is not a name
        for (int guard = 0; e instanceof Expr.Ident id && info.objectOf(id) instanceof Var w && !w.isGlobal() && Predicates.identical(w.type(), v.type()) && guard < 100; guard++) {
            Expr n = staticValue(w);
            if (n == null) break;
            e = n;
        }
        return e;
    }

    // ---- StaticValue (ir.StaticValue / ir.reassigned) ----

    private void scanStatic(Fn fn) {
        if (fn.body == null) return;
        walkAst(fn.body, x -> {
            if (x instanceof Stmt.TypeSwitch ts && ts.bind != null) {
                for (CaseClause c : ts.clauses) if (info.implicits.get(c) instanceof Var cv) caseVarPos.put(cv, c.colon);
            }
            if (x instanceof Stmt.Assign a) {
                boolean def = a.op == Op.DEFINE;
                for (int i = 0; i < a.lhs.size(); i++) {
                    if (!(IrFmt.unparen(a.lhs.get(i)) instanceof Expr.Ident id)) continue;
                    Obj o = info.objectOf(id);
                    if (!(o instanceof Var v)) continue;
                    boolean isDef = def && info.defs.get(id) == v;
                    if (isDef && a.lhs.size() == a.rhs.size()) defnValue.put(v, a.rhs.get(i));
                    else if (!isDef && (a.op == Op.ASSIGN || def)) staticReassigned.add(v);
                }
            } else if (x instanceof Stmt.DeclStmt ds && ds.decl.kind == Decl.GenKind.VAR) {
                for (Spec sp : ds.decl.specs) {
                    Spec.Value vs = (Spec.Value) sp;
                    if (vs.values.size() != vs.names.size()) continue;
                    for (int i = 0; i < vs.names.size(); i++) if (info.defs.get(vs.names.get(i)) instanceof Var v) defnValue.put(v, vs.values.get(i));
                }
            } else if (x instanceof Stmt.Range r && r.op == Op.ASSIGN) {
                for (Expr e : new Expr[]{r.key, r.value}) if (e != null && IrFmt.unparen(e) instanceof Expr.Ident id && info.objectOf(id) instanceof Var v) staticReassigned.add(v);
            }
            return true;
        });
    }

    Expr staticValue(Var v) {
        if (v.isParam() || info.addressTaken.contains(v) || staticReassigned.contains(v)) return null;
        Expr e = defnValue.get(v);
        return e == null ? null : IrFmt.unparen(e);
    }

    // ---- ir.VisitFuncsBottomUp ----

    private final IdentityHashMap<Fn, Integer> nodeID = new IdentityHashMap<>();
    private int visitgen;
    private final ArrayList<Fn> stack = new ArrayList<>();

    private void visitFuncsBottomUp(Fn init) {
        for (Fn fn : decls) visit(fn);
        if (init != null) {
            // The package init function holding global initialisers comes last.
            List<Fn> batch = new ArrayList<>();
            batch.add(init);
            addClosuresPreorder(init, batch);
            new Batch(this).run(batch);
        }
    }

    private void addClosuresPreorder(Fn fn, List<Fn> out) {
        for (Fn c : fn.closures) { out.add(c); addClosuresPreorder(c, out); }
    }

    private int visit(Fn n) {
        Integer known = nodeID.get(n);
        if (known != null && known > 0) return known;
        int id = ++visitgen;
        nodeID.put(n, id);
        int[] min = {++visitgen};
        stack.add(n);
        walkAst(n.body, x -> {
            Fn target = null;
            if (x instanceof Expr.Ident ident && info.uses.get(ident) instanceof Func f) target = funcFns.get(f);
            else if (x instanceof Expr.Selector s) {
                Selection sel = info.selections.get(s);
                if (sel != null && sel.kind() != Selection.Kind.FieldVal && sel.obj() instanceof Func f) target = funcFns.get(f);
            } else if (x instanceof Expr.FuncLit fl) {
                Fn c = fns.get(fl);
                if (c != null) { int mm = visit(c); if (mm < min[0]) min[0] = mm; }
                return false;
            }
            if (target != null) { int mm = visit(target); if (mm < min[0]) min[0] = mm; }
            return true;
        });
        if ((min[0] == id || min[0] == id + 1) && !n.isClosure()) {
            int i;
            for (i = stack.size() - 1; i >= 0; i--) {
                Fn x = stack.get(i);
                nodeID.put(x, Integer.MAX_VALUE);
                if (x == n) break;
            }
            List<Fn> block = new ArrayList<>(stack.subList(i, stack.size()));
            while (stack.size() > i) stack.remove(stack.size() - 1);
            new Batch(this).run(block);
        }
        return min[0];
    }

    // ---- helpers ----

    /** Pre-order walk over statements/expressions of a body; the callback returns false to skip children. */
    static void walkAst(Object n, java.util.function.Predicate<Node> f) {
        if (n == null) return;
        if (n instanceof List<?> l) { for (Object o : l) walkAst(o, f); return; }
        if (!(n instanceof Node node)) return;
        if (!f.test(node)) return;
        { if (false) { }
            else if (node instanceof Stmt.DeclStmt d) { for (Spec sp : d.decl.specs) if (sp instanceof Spec.Value v) walkAst(v.values, f); }
            else if (node instanceof Stmt.Labeled l) walkAst(l.stmt, f);
            else if (node instanceof Stmt.ExprStmt e) walkAst(e.x, f);
            else if (node instanceof Stmt.Send s) { walkAst(s.chan, f); walkAst(s.value, f); }
            else if (node instanceof Stmt.IncDec s) walkAst(s.x, f);
            else if (node instanceof Stmt.Assign a) { walkAst(a.lhs, f); walkAst(a.rhs, f); }
            else if (node instanceof Stmt.Go g) walkAst(g.call, f);
            else if (node instanceof Stmt.Defer d) walkAst(d.call, f);
            else if (node instanceof Stmt.Return r) walkAst(r.results, f);
            else if (node instanceof Stmt.Block b) walkAst(b.list, f);
            else if (node instanceof Stmt.If i) { walkAst(i.init, f); walkAst(i.cond, f); walkAst(i.then, f); walkAst(i.els, f); }
            else if (node instanceof Stmt.Switch s) { walkAst(s.init, f); walkAst(s.tag, f); for (CaseClause c : s.clauses) { walkAst(c.list, f); walkAst(c.body, f); } }
            else if (node instanceof Stmt.TypeSwitch s) { walkAst(s.init, f); walkAst(s.x, f); for (CaseClause c : s.clauses) walkAst(c.body, f); }
            else if (node instanceof Stmt.Select s) { for (CommClause c : s.clauses) { walkAst(c.comm, f); walkAst(c.body, f); } }
            else if (node instanceof Stmt.For s) { walkAst(s.init, f); walkAst(s.cond, f); walkAst(s.post, f); walkAst(s.body, f); }
            else if (node instanceof Stmt.Range r) { walkAst(r.key, f); walkAst(r.value, f); walkAst(r.x, f); walkAst(r.body, f); }
            else if (node instanceof Expr.CompositeLit c) walkAst(c.elts, f);
            else if (node instanceof Expr.FuncLit fl) walkAst(fl.body, f);
            else if (node instanceof Expr.Paren p) walkAst(p.x, f);
            else if (node instanceof Expr.Selector s) walkAst(s.x, f);
            else if (node instanceof Expr.Index i) { walkAst(i.x, f); walkAst(i.index, f); }
            else if (node instanceof Expr.Slice s) { walkAst(s.x, f); walkAst(s.lo, f); walkAst(s.hi, f); walkAst(s.max, f); }
            else if (node instanceof Expr.TypeAssert t) walkAst(t.x, f);
            else if (node instanceof Expr.Call c) { walkAst(c.fun, f); walkAst(c.args, f); }
            else if (node instanceof Expr.Star s) walkAst(s.x, f);
            else if (node instanceof Expr.Unary u) walkAst(u.x, f);
            else if (node instanceof Expr.Binary b) { walkAst(b.x, f); walkAst(b.y, f); }
            else if (node instanceof Expr.KeyValue kv) { walkAst(kv.key, f); walkAst(kv.value, f); }
            else { }
        }
    }

    static boolean hasPointers(Type t) {
        if (t == null) return false;
        Type u = t.underlying();
        if (u instanceof Basic b) return b.kind() == BasicKind.String || b.kind() == BasicKind.UnsafePointer || b.kind() == BasicKind.UntypedString || b.kind() == BasicKind.UntypedNil;
        if (u instanceof Array a) return a.len() > 0 && hasPointers(a.elem());
        if (u instanceof Struct s) { for (Var f : s.fields()) if (hasPointers(f.type())) return true; return false; }
        return true; // pointers, slices, maps, chans, funcs, interfaces
    }

    /** types.IsDirectIface: values stored directly in an interface's data word. */
    static boolean isDirectIface(Type t) {
        if (t == null) return false;
        Type u = t.underlying();
        if (u instanceof Pointer || u instanceof Chan || u instanceof glassgo.compiler.types.Map || u instanceof Signature) return true;
        if (u instanceof Basic b) return b.kind() == BasicKind.UnsafePointer;
        if (u instanceof Array a) return a.len() == 1 && isDirectIface(a.elem());
        if (u instanceof Struct s) return s.numFields() == 1 && isDirectIface(s.field(0).type());
        return false;
    }
}
