package glassgo.compiler.escape;

import glassgo.compiler.syntax.*;
import glassgo.compiler.types.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/**
 * Builds the data-flow graph of one function (escape.go's {@code escape} with stmt.go, expr.go,
 * call.go, assign.go). Go's compiler walks its IR; glassgo has no IR, so each IR node kind is
 * recognised on the typed AST: implicit nodes that Go's typechecker inserts (interface
 * conversions {@code OCONVIFACE}, the {@code ... argument} slice of variadic calls, the implicit
 * {@code &x}/{@code *p} of method receivers, implicit dereferences of embedded-pointer fields,
 * {@code OSLICEARR}'s address-of) are modelled where they would appear.
 */
final class Escape {
    final Batch b;
    final EscapeAnalysis an;
    final Fn curfn;
    final Info info;
    int loopDepth = 1;
    private HashMap<String, Integer> labels; // 1 = looping, 2 = nonlooping

    Escape(Batch b, Fn curfn) { this.b = b; this.an = b.an; this.curfn = curfn; this.info = b.an.info; }

    // ---- locations ----

    Location newNameLoc(Var v) {
        Location.Kind kind = curfn.results.contains(v) ? Location.Kind.RESULT : curfn.params.contains(v) ? Location.Kind.PARAM : Location.Kind.AUTO;
        Pos pos = an.caseVarPos.getOrDefault(v, v.pos());
        Location loc = new Location(kind, v, null, v.name(), pos, v.type(), curfn, loopDepth, false);
        b.allLocs.add(loc);
        b.varLocs.put(v, loc);
        return loc;
    }

    Location newLoc(Site site, String desc, Pos pos, Type type, boolean transient_) {
        Location loc = new Location(site == null ? Location.Kind.TEMP : Location.Kind.EXPR, null, site, desc, pos, type, curfn, loopDepth, transient_);
        b.allLocs.add(loc);
        return loc;
    }

    Location oldLoc(Var v) {
        Location l = b.varLocs.get(v);
        if (l == null) {
            // A variable declared late (Go adds such names to fn.Dcl while walking).
            Fn owner = an.fnOf(v.owner());
            Escape e = owner != null && owner != curfn ? new Escape(b, owner) : this;
            int save = e.loopDepth;
            l = e.newNameLoc(v);
            e.loopDepth = save;
        }
        return l;
    }

    Hole heapHole() { return b.heapHole(); }
    Hole discardHole() { return b.discardHole(); }
    void flow(Hole k, Location l) { b.flow(k, l); }
    Hole note(Hole k, Object where, String why) { return k.note(an.notes, where, why); }
    Hole deref(Hole k, Object where, String why) { return k.shift(1).note(an.notes, where, why); }
    Hole addr(Hole k, Object where, String why) { return k.shift(-1).note(an.notes, where, why); }

    Hole dotType(Hole k, Type t, Object where, String why) {
        if (!Predicates.isInterface(t) && !EscapeAnalysis.isDirectIface(t)) k = k.shift(1);
        return note(k, where, why);
    }

    /** spill; desc null: Go's printing of the site node, computed when reporting (after the Fix* rewrites). */
    Hole spill(Hole k, Site site, String desc, Pos pos, Type type, Object where) {
        Location loc = newLoc(site, desc == null ? "" : desc, pos, type, true);
        if (desc == null && site != null && site.node() instanceof Expr e) loc.lazyNode = e;
        flow(addr(k, where, "spill"), loc);
        return loc.asHole();
    }

    Hole teeHole(List<Hole> ks) {
        if (ks.isEmpty()) return discardHole();
        if (ks.size() == 1) return ks.get(0);
        Location loc = newLoc(null, "{temp}", Pos.NONE, null, true);
        for (Hole k : ks) flow(k, loc);
        return loc.asHole();
    }

    Hole later(Hole k) {
        Location loc = newLoc(null, "{temp}", Pos.NONE, null, false);
        flow(k, loc);
        return loc.asHole();
    }

    // ---- functions ----

    void walkFunc() {
        curfn.esc = Fn.STARTED;
        labels = null;
        if (curfn.decl == null && curfn.obj == null && curfn.body == null) { walkInit(); return; }
        if (curfn.body == null) return;
        findLabels(curfn.body.list);
        block(curfn.body.list);
    }

    /** The package init function: global initialisers in initialisation order, assigned to globals (the heap). */
    private void walkInit() {
        for (Initializer in : an.pkg.initOrder()) {
            List<Hole> ks = new ArrayList<>();
            for (Var v : in.lhs()) ks.add(v.name().equals("_") ? discardHole() : heapHole());
            Expr rhs = IrFmt.unparen(in.rhs());
            if (ks.size() == 1 && an.notes != null && !in.lhs().get(0).name().equals("_")) {
                // OAS in the init function: "from g = rhs (assign)" at the variable
                Var v = in.lhs().get(0);
                ks.set(0, note(ks.get(0), new EscapeAnalysis.At(v.name() + " = " + an.fmt.expr(in.rhs()), v.pos()), "assign"));
            }
            if (ks.size() == 1) {
                staticInit(ks.get(0), rhs);
            } else if (rhs instanceof Expr.Call c && !isConversion(c)) {
                call(ks, c);
            } else {
                expr(ks.get(0), rhs);
            }
        }
    }

    /**
     * staticinit: what the linker can lay out statically (address-of and slice/array/struct
     * literals, func literals, interface conversions, []byte of a constant) gets no location;
     * only the dynamic parts are evaluated in init, into the global (the heap).
     */
    private void staticInit(Hole k, Expr rhs) {
        Expr e = IrFmt.unparen(rhs);
        TypeAndValue tv = info.types.get(e);
        if (tv != null && tv.value() != null) return;
        if (e instanceof Expr.Unary u && u.op == Op.AND && IrFmt.unparen(u.x) instanceof Expr.CompositeLit cl) { staticLit(cl, typeOf(cl)); return; }
        if (e instanceof Expr.CompositeLit cl && !(typeOf(cl).underlying() instanceof glassgo.compiler.types.Map)) { staticLit(cl, typeOf(cl)); return; }
        if (e instanceof Expr.FuncLit fl) { funcLit(discardHole(), fl, true); return; }
        if (e instanceof Expr.Call c && isConversion(c)) {
            Type to = typeOf(c.fun);
            Type from = typeOf(c.args.get(0));
            TypeAndValue atv = info.types.get(IrFmt.unparen(c.args.get(0)));
            if (Predicates.isInterface(to) || (atv != null && atv.value() != null)) { staticInit(heapHole(), c.args.get(0)); return; }
        }
        if (e instanceof Expr.Ident || e instanceof Expr.Selector) { expr(heapHole(), e); return; }
        expr(k, e);
    }

    private void staticLit(Expr.CompositeLit cl, Type t) {
        if (t == null) return;
        Type u = t.underlying();
        if (u instanceof Pointer p) u = p.elem().underlying();
        for (Expr el : cl.elts) {
            Expr v = el instanceof Expr.KeyValue kv ? kv.value : el;
            v = IrFmt.unparen(v);
            if (v instanceof Expr.CompositeLit ncl && ncl.type == null) {
                Type et = u instanceof Array a ? a.elem() : u instanceof glassgo.compiler.types.Slice sl ? sl.elem() : null;
                if (et != null && !(et.underlying() instanceof glassgo.compiler.types.Map)) { staticLit(ncl, et); continue; }
            }
            staticInit(heapHole(), v);
        }
    }

    private void findLabels(List<Stmt> l) { for (Stmt s : l) findLabels(s); }

    private void findLabels(Stmt s) {
        if (s == null) return;
        if (s instanceof Stmt.Labeled lb) {
            if (!lb.label.name.equals("_")) { if (labels == null) labels = new HashMap<>(); labels.put(lb.label.name, 2); }
            findLabels(lb.stmt);
        } else if (s instanceof Stmt.Branch br && br.kind == Stmt.BranchKind.GOTO && br.label != null) {
            if (labels != null && Integer.valueOf(2).equals(labels.get(br.label.name))) labels.put(br.label.name, 1);
        } else if (s instanceof Stmt.Block bl) findLabels(bl.list);
        else if (s instanceof Stmt.If i) { findLabels(i.init); findLabels(i.then); findLabels(i.els); }
        else if (s instanceof Stmt.For f) { findLabels(f.init); findLabels(f.post); findLabels(f.body); }
        else if (s instanceof Stmt.Range r) findLabels(r.body);
        else if (s instanceof Stmt.Switch sw) { findLabels(sw.init); for (CaseClause c : sw.clauses) findLabels(c.body); }
        else if (s instanceof Stmt.TypeSwitch sw) { findLabels(sw.init); for (CaseClause c : sw.clauses) findLabels(c.body); }
        else if (s instanceof Stmt.Select sl) { for (CommClause c : sl.clauses) findLabels(c.body); }
    }

    // ---- statements (stmt.go) ----

    /** Walks a statement list after deadcode.stmts: constant if-conditions keep only the live branch. */
    void stmts(List<Stmt> l) {
        if (l == null) return;
        int lastLabel = -1;
        for (int i = 0; i < l.size(); i++) if (l.get(i) instanceof Stmt.Labeled) lastLabel = i;
        for (int i = 0; i < l.size(); i++) {
            Stmt s = l.get(i);
            if (s instanceof Stmt.If ifs && constBool(ifs.cond) != null) {
                boolean c = constBool(ifs.cond);
                stmt(ifs.init);
                List<Stmt> body;
                if (c) { block(ifs.then.list); body = ifs.then.list; }
                else if (ifs.els instanceof Stmt.Block eb) { block(eb.list); body = eb.list; }
                else if (ifs.els != null) { blockStmt(ifs.els); body = List.of(ifs.els); }
                else body = List.of();
                if (!body.isEmpty() && i > lastLabel && isReturnOrPanic(body.get(body.size() - 1))) return;
                continue;
            }
            stmt(s);
        }
    }

    /**
     * deadcode.stmts for a switch on a constant (or {@code switch {}}) whose cases are all
     * constants: the case that always runs (or the default when none matches) is the only one
     * left, unless it falls through; null when all cases stay.
     */
    private CaseClause liveCase(Stmt.Switch sw) {
        ConstValue x;
        if (sw.tag == null) x = Constants.makeBool(true);
        else {
            TypeAndValue tv = info.types.get(IrFmt.unparen(sw.tag));
            if (tv == null || tv.value() == null) return null;
            x = tv.value();
        }
        CaseClause def = null;
        for (CaseClause cc : sw.clauses) {
            if (cc.list == null || cc.list.isEmpty()) { def = cc; continue; }
            for (Expr c : cc.list) {
                TypeAndValue tv = info.types.get(IrFmt.unparen(c));
                if (tv == null || tv.value() == null) return null;
                if (x.equalsValue(tv.value())) return fallsThrough(cc) ? null : cc;
            }
        }
        return def != null && !fallsThrough(def) ? def : null;
    }

    private static boolean fallsThrough(CaseClause cc) {
        for (Stmt st : cc.body) if (st instanceof Stmt.Branch br && br.kind == Stmt.BranchKind.FALLTHROUGH) return true;
        return false;
    }

    private Boolean constBool(Expr e) {
        TypeAndValue tv = info.types.get(IrFmt.unparen(e));
        if (tv != null && tv.value() != null && tv.value().kind() == ConstValue.Kind.BOOL) return tv.value().boolVal();
        return null;
    }

    private boolean isReturnOrPanic(Stmt s) {
        if (s instanceof Stmt.Return) return true;
        return s instanceof Stmt.ExprStmt es && IrFmt.unparen(es.x) instanceof Expr.Call c && IrFmt.unparen(c.fun) instanceof Expr.Ident id
                && info.objectOf(id) instanceof Builtin bi && bi.id() == BuiltinId.PANIC;
    }

    void block(List<Stmt> l) {
        int old = loopDepth;
        stmts(l);
        loopDepth = old;
    }

    void blockStmt(Stmt s) {
        int old = loopDepth;
        stmt(s);
        loopDepth = old;
    }

    Hole dcl(Var v) {
        Location loc = oldLoc(v);
        loc.loopDepth = loopDepth;
        return loc.asHole();
    }

    /** Start of the statement being walked (for numbering Go's autotmps: len(fn.Dcl) when created). */
    private Pos curStmtPos = Pos.NONE;

    String newAutotmp() {
        return ".autotmp_" + (curfn.dclCount(curStmtPos) + curfn.tmpCount++);
    }

    /** Expressions hoisted into temporaries by the typechecker: evaluating them reads the temporary. */
    private final java.util.IdentityHashMap<Expr, Location> hoisted = new java.util.IdentityHashMap<>();

    Location newTmpLoc(String name, Pos pos, Type t) {
        Location tmp = new Location(Location.Kind.AUTO, new Var(name, t, null, pos, false, false), null, name, pos, t, curfn, loopDepth, false);
        b.allLocs.add(tmp);
        return tmp;
    }

    /** RewriteNonNameCall: a callee (or method receiver) containing a call or receive is evaluated into a temporary first. */
    private void hoistNonName(Expr np) {
        if (np == null) return;
        np = IrFmt.unparen(np);
        if (hoisted.containsKey(np) || !callOrChan(np)) return;
        String name = newAutotmp();
        Location tmp = newTmpLoc(name, np.pos(), typeOf(np));
        tmp.loopDepth = 1; // declared by an assignment in the call's init, without ODCL
        expr(note(tmp.asHole(), np, "assign"), np);
        hoisted.put(np, tmp);
        an.fmt.renamed.put(np, name);
    }

    private boolean callOrChan(Expr e) {
        boolean[] found = {false};
        EscapeAnalysis.walkAst(e, x -> {
            if (found[0] || x instanceof Expr.FuncLit) return false;
            if (x instanceof Expr.Unary u && u.op == Op.ARROW) found[0] = true;
            if (x instanceof Expr.Call c && !isConversion(c)) {
                Expr f = IrFmt.unparen(c.fun);
                Obj o = f instanceof Expr.Ident id ? info.objectOf(id) : null;
                if (!(o instanceof Builtin)) found[0] = true;
            }
            return true;
        });
        return found[0];
    }

    void stmt(Stmt n) {
        if (n == null) return;
        curStmtPos = n instanceof Stmt.Assign a && !a.lhs.isEmpty() ? IrFmt.unparen(a.lhs.get(0)).pos() : n.pos();
        { if (false) { }
            else if (n instanceof Stmt.Empty x) { }
            else if (n instanceof Stmt.Branch x) { }
            else if (n instanceof Stmt.Block bl) stmts(bl.list);
            else if (n instanceof Stmt.DeclStmt d) declStmt(d);
            else if (n instanceof Stmt.Labeled lb) {
                if (!lb.label.name.equals("_") && labels != null) {
                    Integer st = labels.remove(lb.label.name);
                    if (st != null && st == 1) loopDepth++;
                }
                stmt(lb.stmt);
            }
            else if (n instanceof Stmt.If i) {
                stmt(i.init);
                discard(i.cond);
                block(i.then.list);
                if (i.els != null) blockStmt(i.els);
            }
            else if (n instanceof Stmt.For f) {
                stmt(f.init);
                loopDepth++;
                discard(f.cond);
                stmt(f.post);
                block(f.body.list);
                loopDepth--;
            }
            else if (n instanceof Stmt.Range r) rangeStmt(r);
            else if (n instanceof Stmt.Switch sw) {
                stmt(sw.init);
                discard(sw.tag);
                Type tagT = sw.tag == null ? null : typeOf(sw.tag);
                CaseClause live = liveCase(sw);
                for (CaseClause c : sw.clauses) {
                    if (live != null && c != live) continue;
                    if (c.list != null) for (Expr x : c.list) {
                        if (tagT != null && Predicates.isInterface(tagT) && !Predicates.isInterface(typeOf(x))) continue; // compared, not converted
                        discard(x);
                    }
                    block(c.body);
                }
            }
            else if (n instanceof Stmt.TypeSwitch sw) typeSwitch(sw);
            else if (n instanceof Stmt.Select sl) {
                for (CommClause c : sl.clauses) {
                    if (c.comm != null) stmt(c.comm);
                    block(c.body);
                }
            }
            else if (n instanceof Stmt.Send s) {
                discard(s.chan);
                Type ct = typeOf(s.chan);
                Type et = ct != null && ct.underlying() instanceof Chan ch ? ch.elem() : null;
                exprTo(note(heapHole(), s, "send"), s.value, et, lastPos(s.value, lastPos(s.chan, s.pos)), true);
            }
            else if (n instanceof Stmt.IncDec id) {
                List<Hole> ks = List.of(addr(id.x));
                reassigned(ks, n, List.of());
            }
            else if (n instanceof Stmt.Assign a) assign(a);
            else if (n instanceof Stmt.ExprStmt es) {
                Expr x = IrFmt.unparen(es.x);
                if (x instanceof Expr.Call c) call(null, c);
                else discard(x);
            }
            else if (n instanceof Stmt.Go g) goDeferStmt(g, g.call, true);
            else if (n instanceof Stmt.Defer d) goDeferStmt(d, d.call, false);
            else if (n instanceof Stmt.Return r) returnStmt(r);
            else { }
        }
    }

    private void declStmt(Stmt.DeclStmt d) {
        if (d.decl.kind != Decl.GenKind.VAR) return;
        for (Spec sp : d.decl.specs) {
            Spec.Value vs = (Spec.Value) sp;
            List<Var> vars = new ArrayList<>();
            for (Expr.Ident id : vs.names) vars.add(info.defs.get(id) instanceof Var v ? v : null);
            for (int i = 0; i < vars.size(); i++) if (vars.get(i) != null && !vars.get(i).name().equals("_")) dcl(vars.get(i));
            if (vs.values.isEmpty()) continue;
            List<Expr> lhs = new ArrayList<>(vs.names);
            if (vs.values.size() == vs.names.size()) {
                Pos ctx = vs.pos;
                for (Expr v : vs.values) ctx = lastPos(v, ctx);
                for (int i = 0; i < lhs.size(); i++) {
                    Hole k = addr(lhs.get(i));
                    Type dt = vars.get(i) == null ? null : vars.get(i).type();
                    exprTo(note(k, vs, "assign"), vs.values.get(i), dt, ctx, true);
                }
                // declarations are their variables' definitions: not reassignments
            } else {
                Expr rhs = IrFmt.unparen(vs.values.get(0));
                List<Hole> ks = addrs(lhs);
                if (rhs instanceof Expr.Call c && !isConversion(c)) call(ks, c);
                else assignPair(lhs, ks, rhs, vs);
            }
        }
    }

    private void assign(Stmt.Assign a) {
        if (a.op == Op.DEFINE) {
            for (Expr l : a.lhs) if (l instanceof Expr.Ident id && info.defs.get(id) instanceof Var v && !v.name().equals("_")) dcl(v);
        }
        if (a.op != Op.ASSIGN && a.op != Op.DEFINE) { // x op= y (OASOP)
            assignList(a.lhs, a.rhs, "assign", a);
            return;
        }
        if (a.lhs.size() == a.rhs.size()) {
            assignList(a.lhs, a.rhs, a.lhs.size() == 1 ? "assign" : "assign-pair", a);
            return;
        }
        Expr rhs = IrFmt.unparen(a.rhs.get(0));
        List<Hole> ks = addrs(a.lhs);
        if (rhs instanceof Expr.Call c && !isConversion(c)) {
            call(ks, c);
            reassigned(ks, a, a.lhs);
        } else {
            assignPair(a.lhs, ks, rhs, a);
            reassigned(ks, a, a.lhs);
        }
    }

    /** v, ok = x.(T) / m[k] / <-ch. */
    private void assignPair(List<Expr> lhs, List<Hole> ks, Expr rhs, Node where) {
        String why = rhs instanceof Expr.TypeAssert ? "assign-pair-dot-type" : rhs instanceof Expr.Index ? "assign-pair-mapr" : "assign-pair-receive";
        // Go converts to an interface-typed lhs only after the comma-ok temporaries (in walk): no box here.
        expr(note(ks.get(0), where, why), rhs);
    }

    void assignList(List<Expr> dsts, List<Expr> srcs, String why, Node where) {
        List<Hole> ks = addrs(dsts);
        Pos lastLhs = dsts.isEmpty() ? null : lastPos(dsts.get(dsts.size() - 1), IrFmt.unparen(dsts.get(dsts.size() - 1)).pos());
        boolean isReturn = where instanceof Stmt.Return;
        for (int i = 0; i < ks.size(); i++) {
            Hole k = ks.get(i);
            Expr src = i < srcs.size() ? srcs.get(i) : null;
            Expr dst = dsts.get(i);
            if (src != null && isSelfAssign(dst, src)) {
                if (an.m != 0) an.diag(curfn, where.pos(), curfn.name + " ignoring self-assignment in " + an.fmt.stmt((Stmt) where));
                k = discardHole();
            }
            Type dt = dst instanceof Expr.Ident id && isBlank(id) ? null : typeOf(dst);
            exprTo(note(k, where, why), src, dt, lastLhs, true);
        }
        reassigned(ks, where, dsts);
    }

    void reassigned(List<Hole> ks, Node where, List<Expr> dsts) {
        for (int i = 0; i < ks.size(); i++) {
            Location loc = ks.get(i).dst();
            if (loc.var != null && i < dsts.size() && dsts.get(i) instanceof Expr.Ident id && info.defs.get(id) == loc.var && !(where instanceof Stmt.Range)) continue;
            if (loc == b.heapLoc || loc == b.blankLoc) continue;
            loc.reassigned = true;
        }
    }

    private void returnStmt(Stmt.Return r) {
        List<Expr> dsts = new ArrayList<>();
        List<Var> res = curfn.results;
        if (r.results.isEmpty()) return;
        if (r.results.size() == 1 && res.size() > 1) { // return f() with multiple results
            List<Hole> ks = new ArrayList<>();
            for (Var v : res) ks.add(note(oldLoc(v).asHole(), r, "return"));
            Expr c = IrFmt.unparen(r.results.get(0));
            if (c instanceof Expr.Call call) call(ks, call);
            return;
        }
        List<Hole> ks = new ArrayList<>();
        for (Var v : res) ks.add(v.name().equals("_") ? discardHole() : oldLoc(v).asHole());
        Pos start = r.pos;
        for (Expr x : r.results) start = lastPos(x, start);
        Pos[] rp = runningPos(r.results, start);
        for (int i = 0; i < ks.size() && i < r.results.size(); i++) {
            exprTo(note(ks.get(i), r, "return"), r.results.get(i), res.get(i).type(), rp[i]);
        }
        for (Hole k : ks) if (k.dst() != b.blankLoc) k.dst().reassigned = true;
    }

    private void rangeStmt(Stmt.Range r) {
        if (r.op == Op.DEFINE) {
            for (Expr l : new Expr[]{r.key, r.value}) if (l instanceof Expr.Ident id && info.defs.get(id) instanceof Var v && !v.name().equals("_")) dcl(v);
        }
        Location tmp = newLoc(null, "{temp}", Pos.NONE, null, false);
        expr(tmp.asHole(), r.x);
        loopDepth++;
        List<Expr> kv = new ArrayList<>();
        kv.add(r.key);
        kv.add(r.value);
        Type xt = typeOf(r.x);
        boolean isChan = xt != null && xt.underlying() instanceof Chan;
        List<Hole> ks = new ArrayList<>();
        ks.add(addr(r.key));
        ks.add(addr(r.value));
        Hole vk = ks.get(1);
        if (isChan) vk = discardHole();
        if (xt != null && xt.underlying() instanceof Array) flow(note(vk, r, "range"), tmp);
        else flow(deref(vk, r, "range-deref"), tmp);
        reassigned(ks, r, kv);
        block(r.body.list);
        loopDepth--;
    }

    private void typeSwitch(Stmt.TypeSwitch sw) {
        stmt(sw.init);
        List<Hole> ks = new ArrayList<>();
        if (sw.bind != null) {
            for (CaseClause c : sw.clauses) {
                if (!(info.implicits.get(c) instanceof Var cv)) continue;
                Hole k = dcl(cv);
                if (EscapeAnalysis.hasPointers(cv.type())) ks.add(dotType(k, cv.type(), c, "switch case"));
            }
        }
        expr(teeHole(ks), sw.x);
        for (CaseClause c : sw.clauses) block(c.body);
    }

    // ---- assignment targets (assign.go) ----

    boolean isBlank(Expr e) { return IrFmt.unparen(e) instanceof Expr.Ident id && id.name.equals("_"); }

    Hole addr(Expr n) {
        if (n == null || isBlank(n)) return discardHole();
        n = IrFmt.unparen(n);
        Hole k = heapHole();
        if (n instanceof Expr.Ident id) {
            Obj o = info.objectOf(id);
            if (o instanceof Var v && !v.isGlobal()) k = oldLoc(v).asHole();
        } else if (n instanceof Expr.Selector s) {
            Selection sel = info.selections.get(s);
            if (sel == null) return heapHole(); // pkg.Var: a global
            // x.f with implicit embedded steps: ODOT keeps the address of x, ODOTPTR goes to the heap
            if (fieldPathHasDeref(sel)) { discard(s.x); return heapHole(); }
            k = addr(s.x);
        } else if (n instanceof Expr.Index ix) {
            Type xt = typeOf(ix.x);
            if (xt != null && xt.underlying() instanceof glassgo.compiler.types.Map) {
                discard(ix.x);
                Type kt = ((glassgo.compiler.types.Map) xt.underlying()).key();
                exprTo(note(heapHole(), n, "key of map put"), ix.index, kt, lastPos(ix.index, lastPos(ix.x, ix.pos)), true);
                return heapHole();
            }
            discard(ix.index);
            if (xt != null && xt.underlying() instanceof Array) k = addr(ix.x);
            else discard(ix.x);
        } else if (n instanceof Expr.Star) {
            discard(n);
        }
        return k;
    }

    /** Whether a field selection's path dereferences a pointer (so the target is not within x). */
    boolean fieldPathHasDeref(Selection sel) {
        Type t = sel.recv();
        for (int i = 0; i < sel.index().length; i++) {
            if (t.underlying() instanceof Pointer p) return true;
            Struct st = (Struct) t.underlying();
            t = st.field(sel.index()[i]).type();
        }
        return false;
    }

    List<Hole> addrs(List<Expr> l) {
        List<Hole> ks = new ArrayList<>();
        for (Expr e : l) ks.add(addr(e));
        return ks;
    }

    void assignHeap(Expr src, String why, Object where, Type dstType) {
        exprTo(note(heapHole(), where, why), src, dstType, null);
    }

    // ---- expressions (expr.go) ----

    Type typeOf(Expr e) { return e == null ? null : info.typeOf(IrFmt.unparen(e)); }

    void discard(Expr n) { expr(discardHole(), n); }

    void discards(List<Expr> l) { if (l != null) for (Expr e : l) discard(e); }

    boolean isConversion(Expr.Call c) {
        TypeAndValue tv = info.types.get(IrFmt.unparen(c.fun));
        return tv != null && tv.isType();
    }

    /**
     * Evaluates src into k as a value of type {@code dst}: if that is an interface and src is not,
     * Go's typechecker put an implicit OCONVIFACE there. {@code ctxPos}: the position Go gives the
     * conversion when src is a plain name (names have no position of their own in Go's IR).
     */
    void exprTo(Hole k, Expr src, Type dst, Pos ctxPos) { exprTo(k, src, dst, ctxPos, false); }

    /** As above; {@code forceCtx}: the conversion is at ctxPos whatever src is (assignments). */
    void exprTo(Hole k, Expr src, Type dst, Pos ctxPos, boolean forceCtx) {
        if (src == null) return;
        Expr s = IrFmt.unparen(src);
        Type st = typeOf(s);
        if (dst != null && st != null && Predicates.isInterface(dst) && !Predicates.isInterface(st) && !isNil(s)) {
            Pos pos = s.pos();
            if (ctxPos != null && (forceCtx || !hasUniquePos(s))) pos = ctxPos;
            convIface(k, s, new Site(Site.Kind.BOX, s), pos, null, st, dst);
            return;
        }
        expr(k, s);
    }

    /** ir.HasUniquePos: names have no position of their own in Go's IR. */
    boolean hasUniquePos(Expr e) {
        e = IrFmt.unparen(e);
        return !(e instanceof Expr.Ident id && !(info.objectOf(id) instanceof Const) && !(info.objectOf(id) instanceof Nil));
    }

    /**
     * base.Pos after Go's irgen translated e: the position of the last non-constant expression
     * node it visited (pre-order); {@code dflt} if there is none.
     */
    Pos lastPos(Expr e, Pos dflt) {
        if (e == null) return dflt;
        e = IrFmt.unparen(e);
        TypeAndValue tv = info.types.get(e);
        if (tv != null && (tv.value() != null || tv.isType())) return dflt;
        Pos p = e.pos();
        if (e instanceof Expr.Selector s) { if (info.selections.get(s) != null) p = lastPos(s.x, p); }
        else if (e instanceof Expr.Index ix) { p = lastPos(ix.x, p); p = lastPos(ix.index, p); }
        else if (e instanceof Expr.Slice sl) { p = lastPos(sl.x, p); p = lastPos(sl.lo, p); p = lastPos(sl.hi, p); p = lastPos(sl.max, p); }
        else if (e instanceof Expr.Call c) {
            p = lastPos(c.fun, p);
            for (Expr a : c.args) p = lastPos(a, p);
            if (!isConversion(c) && !(IrFmt.unparen(c.fun) instanceof Expr.Ident id && info.objectOf(id) instanceof Builtin)) p = c.pos; // transformCall's SetPos
        }
        else if (e instanceof Expr.Binary b2) { p = lastPos(b2.x, p); p = lastPos(b2.y, p); }
        else if (e instanceof Expr.Unary u) p = lastPos(u.x, p);
        else if (e instanceof Expr.Star st) p = lastPos(st.x, p);
        else if (e instanceof Expr.TypeAssert ta) p = lastPos(ta.x, p);
        else if (e instanceof Expr.KeyValue kv) { p = lastPos(kv.key, p); p = lastPos(kv.value, p); }
        else if (e instanceof Expr.CompositeLit cl) { for (Expr x : cl.elts) p = x instanceof Expr.KeyValue kv && info.types.get(kv.key) == null ? lastPos(kv.value, p) : lastPos(x, p); }
        return p;
    }

    /** typecheckaste's running base.Pos for each argument: updated by every argument with a position of its own. */
    Pos[] runningPos(List<Expr> args, Pos start) {
        Pos[] r = new Pos[args.size()];
        Pos cur = start;
        for (int i = 0; i < args.size(); i++) {
            if (hasUniquePos(args.get(i))) cur = IrFmt.unparen(args.get(i)).pos();
            r[i] = cur;
        }
        return r;
    }

    private final java.util.IdentityHashMap<Expr, Pos> argPos = new java.util.IdentityHashMap<>();

    Pos argCtx(Expr a, Expr.Call call) { Pos p = argPos.get(IrFmt.unparen(a)); return p != null ? p : call.pos; }

    void noteArgs(Expr.Call call) {
        Pos[] rp = runningPos(call.args, call.pos);
        for (int i = 0; i < rp.length; i++) argPos.put(IrFmt.unparen(call.args.get(i)), rp[i]);
    }

    boolean isNil(Expr e) {
        TypeAndValue tv = info.types.get(e);
        return tv != null && tv.isNil() || (e instanceof Expr.Ident id && info.objectOf(id) instanceof Nil);
    }

    void convIface(Hole k, Expr x, Site site, Pos pos, String desc, Type srcT, Type ifaceT) {
        if (!k.addrtaken() && k.derefs() >= 0 && !EscapeAnalysis.hasPointers(ifaceT)) k = discardHole();
        Object where = site.kind() == Site.Kind.ALLOC ? site.node() : new EscapeAnalysis.At(x, pos);
        if (!Predicates.isInterface(srcT) && !EscapeAnalysis.isDirectIface(srcT)) k = spill(k, site, desc, pos, ifaceT, where);
        expr(note(k, where, "interface-converted"), x);
    }

    void expr(Hole k, Expr n) {
        if (n == null) return;
        n = IrFmt.unparen(n);
        Location h = hoisted.get(n);
        if (h != null) { flow(k, h); return; }
        TypeAndValue tv = info.types.get(n);
        Type t = tv != null ? tv.type() : info.typeOf(n);
        if (k.derefs() >= 0 && t != null && !Predicates.isUntyped(t) && !EscapeAnalysis.hasPointers(t)) k = k.withDst(b.blankLoc);
        if (tv != null && (tv.value() != null || tv.isType() || tv.isNil())) return;

        { if (false) { }
            else if (n instanceof Expr.Ident id) {
                Obj o = info.objectOf(id);
                if (o instanceof Var v && !v.isGlobal()) flow(k, oldLoc(v));
            }
            else if (n instanceof Expr.BasicLit l) { }
            else if (n instanceof Expr.Unary u) {
                switch (u.op) {
                    case AND -> {
                        Expr x = IrFmt.unparen(u.x);
                        if (x instanceof Expr.CompositeLit cl) {
                            Type pt = t;
                            Type elem = pt != null && pt.underlying() instanceof Pointer p ? p.elem() : null;
                            Hole sk = spill(k, new Site(Site.Kind.ALLOC, u), null, u.pos, t, u);
                            Location sl = sk.dst();
                            if (elem != null && Sizes.sizeof(elem) > Batch.MAX_IMPLICIT_STACK_VAR_SIZE) sl.heapReason = "too large for stack";
                            compositeLit(sk, cl, elem);
                        } else {
                            expr(addr(k, u, "address-of"), x);
                        }
                    }
                    case ARROW -> discard(u.x);
                    default -> discard(u.x);
                }
            }
            else if (n instanceof Expr.Star s) expr(deref(k, s, "indirection"), s.x);
            else if (n instanceof Expr.Binary bin) {
                if (bin.op == Op.ADD && t != null && Predicates.isString(t)) {
                    spill(k, new Site(Site.Kind.ALLOC, bin), null, bin.pos, t, bin);
                    List<Expr> ops = new ArrayList<>();
                    flattenAdd(bin, ops);
                    discards(ops);
                } else {
                    if (isIfaceCompare(bin)) { discardCompare(bin.x); discardCompare(bin.y); }
                    else { discard(bin.x); discard(bin.y); }
                }
            }
            else if (n instanceof Expr.Selector s) selector(k, s);
            else if (n instanceof Expr.Index ix) {
                Type xt = typeOf(ix.x);
                if (xt != null && xt.underlying() instanceof glassgo.compiler.types.Map m) {
                    discard(ix.x);
                    exprTo(discardHole(), ix.index, m.key(), lastPos(ix.index, lastPos(ix.x, ix.pos)), true);
                } else if (xt != null && xt.underlying() instanceof Array) {
                    expr(note(k, ix, "fixed-array-index-of"), ix.x);
                    discard(ix.index);
                } else if (xt != null && xt.underlying() instanceof Pointer) { // p[i] on *[N]T: (*p)[i]
                    expr(deref(note(k, ix, "fixed-array-index-of"), ix, "indirection"), ix.x);
                    discard(ix.index);
                } else {
                    expr(deref(k, ix, "dot of pointer"), ix.x);
                    discard(ix.index);
                }
            }
            else if (n instanceof Expr.Slice sl) {
                Type xt = typeOf(sl.x);
                Hole kk = note(k, sl, "slice");
                if (xt != null && xt.underlying() instanceof Array) expr(addr(kk, sl.x, "address-of"), sl.x); // OSLICEARR of &a
                else expr(kk, sl.x);
                discard(sl.lo); discard(sl.hi); discard(sl.max);
            }
            else if (n instanceof Expr.TypeAssert ta) expr(dotType(k, ta.type == null ? t : typeOf(ta.type), ta, "dot"), ta.x);
            else if (n instanceof Expr.Call c) callExpr(k, c, t);
            else if (n instanceof Expr.CompositeLit cl) compositeLit(k, cl, t);
            else if (n instanceof Expr.FuncLit fl) funcLit(k, fl);
            else if (n instanceof Expr.KeyValue kv) expr(k, kv.value);
            else { }
        }
    }

    private boolean isIfaceCompare(Expr.Binary bin) {
        if (bin.op != Op.EQL && bin.op != Op.NEQ) return false;
        return Predicates.isInterface(typeOf(bin.x)) != Predicates.isInterface(typeOf(bin.y));
    }

    /** Operand of a mixed interface/concrete comparison: Go compares without boxing. */
    private void discardCompare(Expr x) { discard(x); }

    private void flattenAdd(Expr e, List<Expr> out) {
        e = IrFmt.unparen(e);
        TypeAndValue tv = info.types.get(e);
        if (e instanceof Expr.Binary b2 && b2.op == Op.ADD && (tv == null || tv.value() == null)) {
            flattenAdd(b2.x, out);
            flattenAdd(b2.y, out);
        } else out.add(e);
    }

    private void selector(Hole k, Expr.Selector s) {
        Selection sel = info.selections.get(s);
        if (sel == null) return; // qualified identifier: a global, function or constant
        switch (sel.kind()) {
            case FieldVal -> expr(fieldPathHole(k, sel, s), s.x);
            case MethodExpr -> { }
            case MethodVal -> methodValue(k, s, sel);
        }
    }

    /** Hole for evaluating x in x.f (possibly through embedded fields): dot or dot-of-pointer per step. */
    Hole fieldPathHole(Hole k, Selection sel, Expr.Selector s) {
        int[] idx = sel.index();
        int n = sel.kind() == Selection.Kind.FieldVal ? idx.length : idx.length - 1;
        boolean[] ptr = new boolean[n];
        Type[] types = new Type[n];
        Type t = sel.recv();
        for (int i = 0; i < n; i++) {
            types[i] = t;
            if (t.underlying() instanceof Pointer p) { ptr[i] = true; t = p.elem(); }
            t = ((Struct) t.underlying()).field(idx[i]).type();
        }
        for (int i = n - 1; i >= 0; i--) {
            Object node = i == idx.length - 1 ? s : implicitDot(s, sel, i);
            k = ptr[i] ? deref(k, node, "dot of pointer") : note(k, node, "dot");
            if (k.derefs() >= 0 && !EscapeAnalysis.hasPointers(types[i])) k = k.withDst(b.blankLoc);
        }
        return k;
    }

    /** The implicit node x.f0...fi of a selection through embedded fields, for -m=2 notes (positioned at the selector). */
    private Object implicitDot(Expr.Selector s, Selection sel, int i) {
        if (an.notes == null) return s;
        if (i < 0) return new EscapeAnalysis.At(s.x, s.pos);
        return new EscapeAnalysis.At(an.fmt.implicitDot(s, sel, i), s.pos);
    }

    /** The hole for a method receiver x given the method's receiver type (implicit & or *, embedded path). */
    Hole receiverHole(Hole k, Selection sel, Expr.Selector s, Func m) {
        Type t = sel.recv();
        int[] idx = sel.index();
        int n = idx.length - 1;
        boolean[] ptr = new boolean[n];
        Type[] nodeType = new Type[n]; // type of the node x.f0...fi
        Type cur = t;
        for (int i = 0; i < n; i++) {
            if (cur.underlying() instanceof Pointer p) { ptr[i] = true; cur = p.elem(); }
            cur = ((Struct) cur.underlying()).field(idx[i]).type();
            nodeType[i] = cur;
        }
        // cur: type of the (implicitly selected) receiver operand
        boolean wantPtr = m.pointerRecv();
        boolean isPtr = cur.underlying() instanceof Pointer;
        Hole kk = k;
        if (!Predicates.isInterface(cur)) {
            // implicit & and * print as their operand (ir/fmt.go hides implicit nodes)
            if (wantPtr && !isPtr) kk = addr(kk, implicitDot(s, sel, n - 1), "address-of");
            else if (!wantPtr && isPtr) {
                kk = blankIfScalar(kk, ((Pointer) cur.underlying()).elem());
                kk = deref(kk, implicitDot(s, sel, n - 1), "indirection");
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            kk = blankIfScalar(kk, nodeType[i]);
            Object node = implicitDot(s, sel, i);
            kk = ptr[i] ? deref(kk, node, "dot of pointer") : note(kk, node, "dot");
        }
        return kk;
    }

    /** exprSkipInit's rule for a node of type t: a value without pointers carries no flow. */
    Hole blankIfScalar(Hole k, Type t) {
        if (k.derefs() >= 0 && t != null && !EscapeAnalysis.hasPointers(t)) return k.withDst(b.blankLoc);
        return k;
    }

    private void methodValue(Hole k, Expr.Selector s, Selection sel) {
        Func m = (Func) sel.obj();
        Type vt = info.typeOf(s);
        Hole closureK = spill(k, new Site(Site.Kind.ALLOC, s), null, s.pos, vt, s);
        List<Hole> ks = new ArrayList<>();
        for (int i = m.signature().results().len(); i > 0; i--) ks.add(heapHole());
        boolean iface = Predicates.isInterface(receiverOperandType(sel));
        Hole paramK = iface ? heapHole() : tagHole(ks, m, -1);
        Location cl = closureK.dst();
        long sz = 8 + Sizes.sizeof(m.signature().recv().type());
        if (sz > Batch.MAX_IMPLICIT_STACK_VAR_SIZE) cl.heapReason = "too large for stack";
        Hole tee = teeHole(List.of(paramK, closureK));
        expr(iface ? tee : receiverHole(tee, sel, s, m), s.x);
    }

    Type receiverOperandType(Selection sel) {
        Type cur = sel.recv();
        int[] idx = sel.index();
        for (int i = 0; i < idx.length - 1; i++) {
            if (cur.underlying() instanceof Pointer p) cur = p.elem();
            cur = ((Struct) cur.underlying()).field(idx[i]).type();
        }
        return cur;
    }

    private void compositeLit(Hole k, Expr.CompositeLit cl, Type t) {
        if (t == null) return;
        Type u = t.underlying();
        if (u instanceof Pointer p) { // elided &T{...} inside another literal
            u = p.elem().underlying();
        }
        { if (false) { }
            else if (u instanceof Struct st) {
                for (int i = 0; i < cl.elts.size(); i++) {
                    Expr e = cl.elts.get(i);
                    Type ft;
                    Pos kvPos = null;
                    if (e instanceof Expr.KeyValue kv) {
                        Var f = fieldByName(st, ((Expr.Ident) kv.key).name);
                        ft = f == null ? null : f.type();
                        kvPos = kv.pos;
                        e = kv.value;
                    } else ft = i < st.numFields() ? st.field(i).type() : null;
                    elem(note(k, cl, "struct literal element"), e, ft, kvPos);
                }
            }
            else if (u instanceof Array a) {
                for (Expr e : cl.elts) {
                    Pos kvPos = null;
                    if (e instanceof Expr.KeyValue kv) { kvPos = kv.pos; e = kv.value; }
                    elem(note(k, cl, "array literal element"), e, a.elem(), kvPos);
                }
            }
            else if (u instanceof glassgo.compiler.types.Slice s) {
                Location l = spill(k, new Site(Site.Kind.ALLOC, cl), null, cl.pos, t, cl).dst();
                Hole kk = l.asHole();
                for (Expr e : cl.elts) {
                    Pos kvPos = null;
                    if (e instanceof Expr.KeyValue kv) { kvPos = kv.pos; e = kv.value; }
                    elem(note(kk, cl, "slice-literal-element"), e, s.elem(), kvPos);
                }
            }
            else if (u instanceof glassgo.compiler.types.Map m) {
                spill(k, new Site(Site.Kind.ALLOC, cl), null, cl.pos, t, cl);
                for (Expr e : cl.elts) {
                    if (!(e instanceof Expr.KeyValue kv)) continue;
                    elemHeap(kv.key, m.key(), kv.pos, "map literal key", cl);
                    elemHeap(kv.value, m.elem(), kv.pos, "map literal value", cl);
                }
            }
            else { }
        }
    }

    private void elemHeap(Expr e, Type et, Pos kvPos, String why, Expr.CompositeLit cl) {
        elem(note(heapHole(), cl, why), e, et, kvPos);
    }

    /** One composite-literal element: elided nested literals ({@code {...}} for {@code *T} is an implicit &T{...}). */
    private void elem(Hole k, Expr e, Type et, Pos kvPos) {
        e = IrFmt.unparen(e);
        if (e instanceof Expr.CompositeLit ncl && ncl.type == null && et != null && et.underlying() instanceof Pointer p) {
            Hole sk = spill(k, new Site(Site.Kind.ALLOC, ncl), "&" + an.fmt.type(p.elem()) + (ncl.elts.isEmpty() ? "{}" : "{...}"), ncl.pos, et, ncl);
            if (Sizes.sizeof(p.elem()) > Batch.MAX_IMPLICIT_STACK_VAR_SIZE) sk.dst().heapReason = "too large for stack";
            compositeLit(sk, ncl, p.elem());
            return;
        }
        if (e instanceof Expr.CompositeLit ncl && ncl.type == null) { compositeLit(k, ncl, et); return; }
        if (kvPos != null && et != null && Predicates.isInterface(et) && !Predicates.isInterface(typeOf(e)) && !isNil(e)) {
            convIface(k, e, new Site(Site.Kind.BOX, e), e instanceof Expr.Ident ? kvPos : kvPos, null, typeOf(e), et);
            return;
        }
        exprTo(k, e, et, e.pos());
    }

    static Var fieldByName(Struct st, String name) {
        for (Var f : st.fields()) if (f.name().equals(name)) return f;
        return null;
    }

    private void funcLit(Hole k, Expr.FuncLit fl) { funcLit(k, fl, false); }

    private void funcLit(Hole k, Expr.FuncLit fl, boolean isStatic) {
        Fn fn = an.fnOf(fl);
        Hole ck = isStatic ? discardHole() : spill(k, new Site(Site.Kind.ALLOC, fl), "func literal", fl.pos, info.typeOf(fl), fl);
        if (!isStatic) b.closures.add(new Object[]{ck, fn});
        for (Var cv : fn.closureVars) {
            Location loc = oldLoc(cv);
            if (!loc.captured) {
                loc.captured = true;
                if (loc.loopDepth == loopDepth) loc.reassigned = false;
            }
        }
        Escape e = new Escape(b, fn);
        for (Var v : fn.dcl) if (!b.varLocs.containsKey(v)) e.newNameLoc(v);
        e.walkFunc();
    }

    // ---- calls (call.go) ----

    private void callExpr(Hole k, Expr.Call c, Type t) {
        Expr fun = IrFmt.unparen(c.fun);
        TypeAndValue ftv = info.types.get(fun);
        if (ftv != null && ftv.isType()) { conversion(k, c, ftv.type()); return; }
        if (fun instanceof Expr.Ident id && info.objectOf(id) instanceof Builtin bi) { builtin(k, c, bi.id(), t); return; }
        if (fun instanceof Expr.Selector s && info.selections.get(s) == null && info.uses.get(s.sel) instanceof Builtin bi) { builtin(k, c, bi.id(), t); return; }
        call(List.of(k), c);
    }

    private void conversion(Hole k, Expr.Call c, Type to) {
        Expr x = c.args.get(0);
        Type from = typeOf(x);
        if (Predicates.isInterface(to) && !Predicates.isInterface(from)) {
            convIface(k, IrFmt.unparen(x), new Site(Site.Kind.ALLOC, c), c.pos, null, from, to);
            return;
        }
        if (Predicates.isString(to) && from != null && !Predicates.isString(from)) {
            // string(b), string(r), string(runes)
            spill(k, new Site(Site.Kind.ALLOC, c), null, c.pos, to, c);
            discard(x);
            return;
        }
        if (Predicates.isString(from) && to.underlying() instanceof glassgo.compiler.types.Slice) {
            spill(k, new Site(Site.Kind.ALLOC, c), null, c.pos, to, c);
            discard(x);
            return;
        }
        if (Predicates.isUnsafePointer(to) && from != null && from.underlying() instanceof Basic bb && bb.kind() == BasicKind.Uintptr) {
            unsafeValue(k, x);
            return;
        }
        expr(k, x);
    }

    void unsafeValue(Hole k, Expr n) {
        n = IrFmt.unparen(n);
        if (n instanceof Expr.Call c && isConversion(c)) {
            if (Predicates.isUnsafePointer(typeOf(c.args.get(0)))) expr(k, c.args.get(0));
            else discard(c.args.get(0));
        } else if (n instanceof Expr.Unary u) unsafeValue(k, u.x);
        else if (n instanceof Expr.Binary bin) {
            if (bin.op == Op.SHL || bin.op == Op.SHR) { unsafeValue(k, bin.x); discard(bin.y); }
            else { unsafeValue(k, bin.x); unsafeValue(k, bin.y); }
        } else expr(discardHole(), n);
    }

    /** The multi-valued call that supplies all of builtin call c's arguments ({@code print(f())}), or null. */
    private Expr.Call spreadCall(Expr.Call c) {
        return c.args.size() == 1 && IrFmt.unparen(c.args.get(0)) instanceof Expr.Call inner
                && info.typeOf(inner) instanceof Tuple tt && tt.len() > 1 ? inner : null;
    }

    /** RewriteMultiValueCall's temporaries: one autotmp per result of tt, its location and hole. */
    private void spreadTemps(Tuple tt, Pos pos, List<Hole> tks, List<Location> tmps, List<String> names) {
        for (int i = 0; i < tt.len(); i++) {
            String nm = newAutotmp();
            names.add(nm);
            Location l = newTmpLoc(nm, pos, tt.at(i).type());
            tmps.add(l);
            tks.add(l.asHole());
        }
    }

    /**
     * A builtin applied to a multi-valued call: typecheck's RewriteMultiValueCall makes it
     * {@code t1, t2 := g(); builtin(t1, t2)}; the results flow into the temporaries, and these
     * into the builtin's arguments. Go prints the rewritten call with the temporaries for the
     * builtins that become new nodes (complex, copy, unsafe.Add, unsafe.Slice) and as written
     * for those that keep the call node (append, delete, print, println).
     */
    private void builtinSpread(Hole k, Expr.Call c, Expr.Call inner, BuiltinId id, Wrapper w) {
        Tuple tt = (Tuple) info.typeOf(inner);
        List<Hole> tks = new ArrayList<>();
        List<Location> tmps = new ArrayList<>();
        List<String> names = new ArrayList<>();
        spreadTemps(tt, inner.pos, tks, tmps, names);
        switch (id) {
            case COMPLEX, COPY, ADD, SLICE -> an.fmt.renamed.put(inner, String.join(", ", names));
            default -> { }
        }
        call(tks, inner);
        if (w != null) for (Location l : tmps) { l.captured = true; w.tmps.add(l); }
        Pos pos = inner.pos;
        switch (id) {
            case APPEND -> {
                Type st = tmps.get(0).type;
                Type elem = st != null && st.underlying() instanceof glassgo.compiler.types.Slice s ? s.elem() : null;
                Hole appendeeK = k;
                if (elem != null && EscapeAnalysis.hasPointers(elem)) appendeeK = teeHole(List.of(appendeeK, deref(heapHole(), c, "appendee slice")));
                flowTmp(note(appendeeK, c, "call parameter"), tmps.get(0), st, inner, pos);
                for (int i = 1; i < tmps.size(); i++) flowTmp(note(heapHole(), c, "call parameter"), tmps.get(i), elem, inner, pos);
            }
            case COPY -> {
                flowTmp(note(discardHole(), c, "call parameter"), tmps.get(0), null, inner, pos);
                Hole copiedK = discardHole();
                Type yt = tmps.get(1).type;
                if (yt != null && yt.underlying() instanceof glassgo.compiler.types.Slice ys && EscapeAnalysis.hasPointers(ys.elem()))
                    copiedK = deref(heapHole(), c, "copied slice");
                flowTmp(note(copiedK, c, "call parameter"), tmps.get(1), null, inner, pos);
            }
            case ADD, SLICE -> {
                flowTmp(note(k, c, "call parameter"), tmps.get(0), null, inner, pos);
                flowTmp(note(discardHole(), c, "call parameter"), tmps.get(1), null, inner, pos);
            }
            default -> { for (Location l : tmps) flowTmp(note(discardHole(), c, "call parameter"), l, null, inner, pos); }
        }
    }

    private void builtin(Hole k, Expr.Call c, BuiltinId id, Type t) {
        List<Expr> args = c.args;
        Expr.Call inner = spreadCall(c);
        if (inner != null) { builtinSpread(k, c, inner, id, null); return; }
        switch (id) {
            case NEW -> {
                Hole sk = spill(k, new Site(Site.Kind.ALLOC, c), null, c.pos, t, c);
                Type elem = t != null && t.underlying() instanceof Pointer p ? p.elem() : null;
                if (elem != null && Sizes.sizeof(elem) > Batch.MAX_IMPLICIT_STACK_VAR_SIZE) sk.dst().heapReason = "too large for stack";
            }
            case MAKE -> {
                Type mt = typeOf(args.get(0));
                Type u = mt == null ? null : mt.underlying();
                if (u instanceof Chan) { discards(args.subList(1, args.size())); return; }
                Hole sk = spill(k, new Site(Site.Kind.ALLOC, c), null, c.pos, mt, c);
                if (u instanceof glassgo.compiler.types.Slice s) {
                    Expr r = args.size() > 2 ? args.get(2) : args.get(1);
                    TypeAndValue rtv = info.types.get(IrFmt.unparen(r));
                    Long v = rtv != null && rtv.value() != null ? smallInt(rtv.value()) : null;
                    long es = Sizes.sizeof(s.elem());
                    if (v == null) sk.dst().heapReason = "non-constant size";
                    else if (es != 0 && v > Batch.MAX_IMPLICIT_STACK_VAR_SIZE / es) sk.dst().heapReason = "too large for stack";
                }
                discards(args.subList(1, args.size()));
            }
            case APPEND -> {
                if (args.isEmpty()) return;
                Type st = typeOf(args.get(0));
                Type elem = st != null && st.underlying() instanceof glassgo.compiler.types.Slice s ? s.elem() : null;
                Hole appendeeK = k;
                if (elem != null && EscapeAnalysis.hasPointers(elem)) appendeeK = teeHole(List.of(appendeeK, deref(heapHole(), c, "appendee slice")));
                argument(appendeeK, args.get(0), c, null, null);
                if (c.hasDots) {
                    Hole appendedK = discardHole();
                    Type at = typeOf(args.get(1));
                    if (at != null && at.underlying() instanceof glassgo.compiler.types.Slice as && EscapeAnalysis.hasPointers(as.elem()))
                        appendedK = deref(heapHole(), c, "appended slice...");
                    argument(appendedK, args.get(1), c, null, null);
                } else {
                    Pos ctx = c.pos;
                    for (Expr a : args) ctx = lastPos(a, ctx);
                    for (int i = 1; i < args.size(); i++) exprTo(note(heapHole(), c, "call parameter"), args.get(i), elem, ctx, true);
                }
            }
            case COPY -> {
                argument(discardHole(), args.get(0), c, null, null);
                Hole copiedK = discardHole();
                Type yt = typeOf(args.get(1));
                if (yt != null && yt.underlying() instanceof glassgo.compiler.types.Slice ys && EscapeAnalysis.hasPointers(ys.elem()))
                    copiedK = deref(heapHole(), c, "copied slice");
                argument(copiedK, args.get(1), c, null, null);
            }
            case PANIC -> {
                exprTo(note(heapHole(), c, "call parameter"), args.get(0), EscapeAnalysis.EMPTY_IFACE, lastPos(args.get(0), c.pos), true);
            }
            case COMPLEX -> { argument(discardHole(), args.get(0), c, null, null); argument(discardHole(), args.get(1), c, null, null); }
            case DELETE -> {
                argument(discardHole(), args.get(0), c, null, null);
                Type mt = typeOf(args.get(0));
                Pos ctx = c.pos;
                for (Expr a : args) ctx = lastPos(a, ctx);
                if (args.size() > 1) exprTo(note(discardHole(), c, "call parameter"), args.get(1), mt != null && mt.underlying() instanceof glassgo.compiler.types.Map mm ? mm.key() : null, ctx, true);
            }
            case PRINT, PRINTLN, RECOVER -> { for (Expr a : args) argument(discardHole(), a, c, null, null); }
            case LEN, CAP, REAL, IMAG, CLOSE -> argument(discardHole(), args.get(0), c, null, null);
            case ADD, SLICE -> { argument(k, args.get(0), c, null, null); argument(discardHole(), args.get(1), c, null, null); }
            default -> { }
        }
    }

    static Long smallInt(ConstValue v) {
        try {
            java.math.BigInteger bi = v.intVal();
            if (bi.bitLength() < 32) return bi.longValue();
        } catch (RuntimeException ignored) { }
        return null;
    }

    /** An argument evaluated into k (call.go's argument), converted to paramType if given. */
    void argument(Hole k, Expr arg, Expr.Call call, Type paramType, Wrapper w) {
        if (w != null) { argumentW(k, arg, call, paramType, w); return; }
        exprTo(note(k, call, "call parameter"), arg, paramType, argCtx(arg, call));
    }

    /** The callee of a static call: a Func of this or another package, or a function literal's Fn. */
    record Callee(Func func, Fn fn) {}

    Callee staticCallee(Expr fun) {
        fun = IrFmt.unparen(fun);
        if (fun instanceof Expr.FuncLit fl) return new Callee(null, an.fnOf(fl));
        if (fun instanceof Expr.Ident id) {
            Obj o = info.objectOf(id);
            if (o instanceof Func f) return new Callee(f, an.fnOfFunc(f));
            if (o instanceof Var v && !v.isGlobal()) {
                Expr sv = an.staticValue(v);
                if (sv != null) return staticCallee(sv);
            }
            return null;
        }
        if (fun instanceof Expr.Selector s) {
            Selection sel = info.selections.get(s);
            if (sel == null) {
                if (info.uses.get(s.sel) instanceof Func f) return new Callee(f, an.fnOfFunc(f));
                return null;
            }
            if (sel.kind() == Selection.Kind.MethodExpr && sel.obj() instanceof Func f && !Predicates.isInterface(sel.recv())) return new Callee(f, an.fnOfFunc(f));
        }
        return null;
    }

    boolean inMutualBatch(Fn fn) { return fn != null && fn.esc < Fn.TAGGED && fn.esc != Fn.UNKNOWN; }

    void call(List<Hole> ks, Expr.Call call) { callCommon(ks, call, null); }

    void callCommon(List<Hole> ks, Expr.Call call, Wrapper w) {
        noteArgs(call);
        Expr fun = IrFmt.unparen(call.fun);
        if (!isConversion(call) && !(fun instanceof Expr.Ident fid && info.objectOf(fid) instanceof Builtin)) {
            Selection hs = fun instanceof Expr.Selector s0 ? info.selections.get(s0) : null;
            if (hs != null && hs.kind() == Selection.Kind.MethodVal) hoistNonName(((Expr.Selector) fun).x);
            else if (!(fun instanceof Expr.FuncLit)) hoistNonName(fun);
        }
        TypeAndValue ftv = info.types.get(fun);
        if (ftv != null && ftv.isType()) { // conversion in statement/tuple context
            Hole k = ks == null || ks.isEmpty() ? discardHole() : ks.get(0);
            if (w != null) { argumentW(k, call.args.get(0), call, null, w); return; }
            conversion(k, call, ftv.type());
            return;
        }
        Obj fo = fun instanceof Expr.Ident id ? info.objectOf(id) : fun instanceof Expr.Selector s && info.selections.get(s) == null ? info.uses.get(s.sel) : null;
        if (fo instanceof Builtin bi) {
            Hole k = ks == null || ks.isEmpty() ? discardHole() : ks.get(0);
            if (w != null) { builtinWrapped(k, call, bi.id(), w); return; }
            builtin(k, call, bi.id(), info.typeOf(call));
            return;
        }

        Selection msel = fun instanceof Expr.Selector s ? info.selections.get(s) : null;
        boolean methodCall = msel != null && msel.kind() == Selection.Kind.MethodVal;
        boolean ifaceCall = methodCall && Predicates.isInterface(receiverOperandType(msel));

        Type devirt = an.devirtualized.get(call);
        if (devirt != null) { devirtualizedCall(ks, call, msel, (Expr.Selector) fun, devirt, w); return; }
        Callee callee = null;
        if (methodCall && !ifaceCall) callee = new Callee((Func) msel.obj(), an.fnOfFunc((Func) msel.obj()));
        else if (!methodCall) {
            if (fun instanceof Expr.FuncLit fl) an.fnOf(fl).closureCalled = true;
            callee = staticCallee(fun);
        }
        Func ffunc = callee == null ? null : callee.func;
        Fn ffn = callee == null ? null : callee.fn;
        boolean known = callee != null;

        Signature sig;
        if (known && ffunc != null) sig = ffunc.signature();
        else if (known && ffn != null) sig = ffn.sig;
        else sig = (Signature) (info.typeOf(fun) == null ? null : info.typeOf(fun).underlying());
        if (methodCall && ifaceCall) sig = ((Func) msel.obj()).signature();
        if (sig == null) { for (Expr a : call.args) discard(a); return; }

        if (ks != null && ffn != null && inMutualBatch(ffn)) {
            for (int i = 0; i < ffn.results.size() && i < ks.size(); i++) flow(ks.get(i), oldLoc(ffn.results.get(i)));
        }

        Expr.Selector msx = methodCall ? (Expr.Selector) fun : null;
        if (!methodCall) {
            argument(discardHole(), fun, call, null, w);
        }
        if (methodCall) {
            Func m = (Func) msel.obj();
            Hole rk = ifaceCall ? heapHole() : tagHole(ks, m, -1);
            if (ifaceCall) argument(rk, msx.x, call, null, w);
            else receiverArgument(rk, msx, msel, m, call, w);
        } else if (fun instanceof Expr.Selector s2 && info.selections.get(s2) != null && info.selections.get(s2).kind() == Selection.Kind.MethodExpr) {
            // T.M(recv, args): the receiver is the first argument
            Selection me = info.selections.get(s2);
            Func m = (Func) me.obj();
            boolean iface = Predicates.isInterface(me.recv());
            List<Expr> args = call.args;
            if (!iface && m.signature().recv() != null && Predicates.isInterface(m.signature().recv().type())) {
                // T.M promoted from an embedded interface names the wrapper T.M, generated after
                // this analysis: an untagged callee, so the receiver argument (unconverted) leaks
                if (!args.isEmpty()) argument(heapHole(), args.get(0), call, null, w);
            } else if (!args.isEmpty()) argument(iface ? heapHole() : tagHole(ks, m, -1), args.get(0), call, m.signature().recv() == null ? null : m.signature().recv().type(), w);
            params(ks, call, iface ? null : m, sig, args.subList(Math.min(1, args.size()), args.size()), w, !iface && ffn != null ? ffn : null, iface);
            return;
        }
        if (!methodCall && known && ffunc != null && ffunc.signature().recv() != null && !call.args.isEmpty()) {
            // a method expression value called: the receiver is the first argument
            argument(tagHole(ks, ffunc, -1), call.args.get(0), call, ffunc.signature().recv().type(), w);
            params(ks, call, ffunc, sig, call.args.subList(1, call.args.size()), w, ffn, false);
            return;
        }
        params(ks, call, known ? ffunc : null, sig, call.args, w, ffn, !known);
    }

    /** A call devirtualize.Call rewrote to x.(T).M(args): a static method call on the asserted value. */
    private void devirtualizedCall(List<Hole> ks, Expr.Call call, Selection isel, Expr.Selector sel, Type typ, Wrapper w) {
        Lookup.Result lr = Lookup.lookupFieldOrMethod(typ, false, an.pkg, sel.sel.name);
        Func m = (Func) lr.obj();
        boolean partial = m.signature().recv() == null || Predicates.isInterface(m.signature().recv().type());
        if (partial) { // x.(T).I.M(args): still an interface call, through the embedded interface
            Hole rk = note(heapHole(), call, "call parameter");
            Type cur = typ;
            int[] idx = lr.index();
            boolean[] ptr = new boolean[idx.length - 1];
            for (int i = 0; i < idx.length - 1; i++) {
                if (cur.underlying() instanceof Pointer p) { ptr[i] = true; cur = p.elem(); }
                cur = ((Struct) cur.underlying()).field(idx[i]).type();
            }
            for (int i = idx.length - 2; i >= 0; i--) rk = ptr[i] ? deref(rk, sel, "dot of pointer") : note(rk, sel, "dot");
            rk = dotType(rk, typ, sel, "dot");
            if (w != null) argumentW(rk, sel.x, call, null, w); else expr(rk, sel.x);
            params(ks, call, null, m.signature(), call.args, w, null, true);
            return;
        }
        Fn mfn = an.fnOfFunc(m);
        if (ks != null && mfn != null && inMutualBatch(mfn)) {
            for (int i = 0; i < mfn.results.size() && i < ks.size(); i++) flow(ks.get(i), oldLoc(mfn.results.get(i)));
        }
        Hole rk = note(tagHole(ks, m, -1), call, "call parameter");
        Type cur = typ;
        int[] idx = lr.index();
        boolean[] ptr = new boolean[idx.length - 1];
        Type[] nodeType = new Type[idx.length - 1];
        for (int i = 0; i < idx.length - 1; i++) {
            if (cur.underlying() instanceof Pointer p) { ptr[i] = true; cur = p.elem(); }
            cur = ((Struct) cur.underlying()).field(idx[i]).type();
            nodeType[i] = cur;
        }
        if (!m.pointerRecv() && cur.underlying() instanceof Pointer p) { rk = blankIfScalar(rk, p.elem()); rk = deref(rk, sel, "indirection"); }
        for (int i = idx.length - 2; i >= 0; i--) { rk = blankIfScalar(rk, nodeType[i]); rk = ptr[i] ? deref(rk, sel, "dot of pointer") : note(rk, sel, "dot"); }
        rk = blankIfScalar(rk, typ);
        rk = dotType(rk, typ, sel, "dot");
        if (w != null) argumentW(rk, sel.x, call, null, w); else expr(rk, sel.x);
        params(ks, call, m, m.signature(), call.args, w, mfn, false);
    }

    private void receiverArgument(Hole k, Expr.Selector s, Selection sel, Func m, Expr.Call call, Wrapper w) {
        Hole rk = receiverHole(note(k, call, "call parameter"), sel, s, m);
        Expr x = s.x;
        if (w != null) {
            // the implicit &x / *p is evaluated into the wrapper's temporary
            w.wrapReceiver(this, note(k, call, "call parameter"), x, call, null, sel, s, m);
            return;
        }
        expr(rk, x);
    }

    private void params(List<Hole> ks, Expr.Call call, Func f, Signature sig, List<Expr> args, Wrapper w, Fn ffn, boolean unknown) {
        List<Var> ps = sig.params().vars();
        int np = ps.size();
        // RewriteMultiValueCall: f(g()) becomes t1, t2 := g(); f(t1, t2)
        if (args.size() == 1 && IrFmt.unparen(args.get(0)) instanceof Expr.Call inner && info.typeOf(IrFmt.unparen(inner)) instanceof Tuple tt) {
            List<Hole> tks = new ArrayList<>();
            List<Location> tmps = new ArrayList<>();
            List<String> names = new ArrayList<>();
            spreadTemps(tt, call.pos, tks, tmps, names);
            an.fmt.renamed.put(IrFmt.unparen(inner), String.join(", ", names));
            call(tks, inner);

            if (w != null) for (Location l : tmps) { l.captured = true; w.tmps.add(l); }
            for (int i = 0; i < np; i++) {
                Hole pk = unknown ? heapHole() : tagHoleP(ks, f, ffn, i);
                Type pt = ps.get(i).type();
                if (sig.variadic() && i == np - 1 && !call.hasDots) {
                    if (i >= tmps.size()) continue;
                    Type et = ((glassgo.compiler.types.Slice) pt.underlying()).elem();
                    Location sl = spill(note(pk, call, "call parameter"), new Site(Site.Kind.VARIADIC, call), "... argument", call.pos, pt, new EscapeAnalysis.At("... argument", call.pos)).dst();
                    for (int j = i; j < tmps.size(); j++) flowTmp(note(sl.asHole(), new EscapeAnalysis.At("... argument", call.pos), "slice-literal-element"), tmps.get(j), et, inner, call.pos);
                    continue;
                }
                if (i < tmps.size()) flowTmp(note(pk, call, "call parameter"), tmps.get(i), pt, inner, call.pos);
            }
            return;
        }
        for (int i = 0; i < np; i++) {
            Hole pk = unknown ? heapHole() : tagHoleP(ks, f, ffn, i);
            Type pt = ps.get(i).type();
            if (sig.variadic() && i == np - 1 && !call.hasDots) {
                // FixVariadicCall: the extra arguments become an implicit slice literal "... argument"
                List<Expr> extra = i < args.size() ? args.subList(i, args.size()) : List.of();
                if (extra.isEmpty()) continue;
                Type et = ((glassgo.compiler.types.Slice) pt.underlying()).elem();
                if (w != null) {
                    List<Object> wrapped = new ArrayList<>();
                    for (Expr a : extra) wrapped.add(w.wrapElem(this, a, call, et));
                    Location sl = spill(note(pk, call, "call parameter"), new Site(Site.Kind.VARIADIC, call), "... argument", call.pos, pt, new EscapeAnalysis.At("... argument", call.pos)).dst();
                    for (int j = 0; j < extra.size(); j++) w.flowElem(this, note(sl.asHole(), new EscapeAnalysis.At("... argument", call.pos), "slice-literal-element"), wrapped.get(j), extra.get(j), et, call);
                    continue;
                }
                Location sl = spill(note(pk, call, "call parameter"), new Site(Site.Kind.VARIADIC, call), "... argument", call.pos, pt, new EscapeAnalysis.At("... argument", call.pos)).dst();
                for (Expr a : extra) exprTo(note(sl.asHole(), new EscapeAnalysis.At("... argument", call.pos), "slice-literal-element"), a, et, argCtx(a, call));
                continue;
            }
            if (i < args.size()) argument(pk, args.get(i), call, pt, w);
        }
    }

    /** A temporary (a name) assigned to a parameter of type dst: boxed at pos if dst is an interface. */
    private void flowTmp(Hole k, Location tmp, Type dst, Expr site, Pos pos) {
        Type st = tmp.type;
        if (dst != null && st != null && Predicates.isInterface(dst) && !Predicates.isInterface(st)) {
            if (!k.addrtaken() && k.derefs() >= 0 && !EscapeAnalysis.hasPointers(dst)) k = discardHole();
            if (!EscapeAnalysis.isDirectIface(st)) k = spill(k, new Site(Site.Kind.BOX, site), tmp.desc, pos, dst, tmp);
            k = note(k, tmp, "interface-converted");
        }
        if (k.derefs() >= 0 && st != null && !EscapeAnalysis.hasPointers(st)) k = discardHole();
        flow(k, tmp);
    }

    Hole tagHoleP(List<Hole> ks, Func f, Fn ffn, int paramIndex) {
        if (ffn != null && inMutualBatch(ffn)) {
            int off = ffn.sig.recv() != null && ffn.params.size() > ffn.sig.params().len() ? 1 : 0;
            Var p = ffn.params.get(off + paramIndex);
            if (p.name().isEmpty() || p.name().equals("_")) return discardHole();
            return oldLoc(p).asHole();
        }
        if (f == null && ffn != null) return tagFromFn(ks, ffn, (ffn.sig.recv() != null ? 1 : 0) + paramIndex);
        if (f == null) return heapHole();
        return tagHole(ks, f, paramIndex);
    }

    /** tagHole for parameter paramIndex of f (-1: the receiver). */
    Hole tagHole(List<Hole> ks, Func f, int paramIndex) {
        Fn ffn = an.fnOfFunc(f);
        if (ffn != null) {
            if (inMutualBatch(ffn)) {
                Var p = paramIndex < 0 ? ffn.params.get(0) : ffn.params.get((f.signature().recv() != null ? 1 : 0) + paramIndex);
                if (p.name().isEmpty() || p.name().equals("_")) return discardHole();
                return oldLoc(p).asHole();
            }
            return tagFromFn(ks, ffn, paramIndex < 0 ? 0 : (f.signature().recv() != null ? 1 : 0) + paramIndex);
        }
        Leaks esc = an.stdTags.tag(f, paramIndex);
        return tagKs(ks, esc);
    }

    Hole tagFromFn(List<Hole> ks, Fn ffn, int idx) {
        Leaks esc = ffn.tags == null || idx >= ffn.tags.length || ffn.tags[idx] == null ? Leaks.heap(0) : ffn.tags[idx];
        return tagKs(ks, esc);
    }

    Hole tagKs(List<Hole> ks, Leaks esc) {
        List<Hole> tagKs = new ArrayList<>();
        int x = esc.heap();
        if (x >= 0) tagKs.add(heapHole().shift(x));
        if (ks != null) for (int i = 0; i < Leaks.NUM_RESULTS && i < ks.size(); i++) {
            int r = esc.result(i);
            if (r >= 0) tagKs.add(ks.get(i).shift(r));
        }
        return teeHole(tagKs);
    }

    // ---- go / defer (call.go goDeferStmt) ----

    /** The implicit wrapper closure of go/defer: arguments are evaluated into temporaries it captures. */
    final class Wrapper {
        final Fn fn;
        final List<Location> tmps = new ArrayList<>();
        Wrapper(Fn fn) { this.fn = fn; }

        /** wrapExpr: copies arg into a temporary (unless it is a constant, nil or a function name). */
        Object wrap(Escape e, Expr arg, Expr.Call call, Type paramType) {
            Expr a = IrFmt.unparen(arg);
            if (isStatic(a, paramType)) return arg;
            Location tmp = newTmp(hasUniquePos(a) ? a.pos() : call.pos, call.pos, paramType != null ? paramType : typeOf(a));
            exprTo(note(tmp.asHole(), new EscapeAnalysis.At(tmp.desc + " = " + an.fmt.expr(a), tmp.pos), "assign"), a, paramType, argCtx(a, call));
            return new TmpRef(tmp);
        }

        Object wrapElem(Escape e, Expr a, Expr.Call call, Type et) {
            Expr x = IrFmt.unparen(a);
            if (isStatic(x, et)) return x;
            Location tmp = newTmp(hasUniquePos(x) ? x.pos() : call.pos, call.pos, et);
            exprTo(note(tmp.asHole(), new EscapeAnalysis.At(tmp.desc + " = " + an.fmt.expr(x), tmp.pos), "assign"), x, et, argCtx(x, call));
            return new TmpRef(tmp);
        }

        void flowElem(Escape e, Hole k, Object wrapped, Expr orig, Type et, Expr.Call call) {
            if (wrapped instanceof TmpRef t) flow(k, t.tmp);
            else exprTo(k, orig, et, argCtx(orig, call));
        }

        void wrapReceiver(Escape e, Hole rk, Expr x, Expr.Call call, Hole unused, Selection sel, Expr.Selector s, Func m) {
            boolean implicit = !Predicates.isInterface(receiverOperandType(sel)) && (m.pointerRecv() != (receiverOperandType(sel).underlying() instanceof Pointer));
            Location tmp = newTmp(implicit || sel.index().length > 1 ? s.pos : hasUniquePos(x) ? x.pos() : call.pos, call.pos, m.signature().recv().type());
            expr(receiverHole(note(tmp.asHole(), new EscapeAnalysis.At(tmp.desc + " = " + an.fmt.expr(x), tmp.pos), "assign"), sel, s, m), x);
            flow(rk, tmp);
        }

        private boolean isStatic(Expr a, Type paramType) {
            TypeAndValue tv = info.types.get(a);
            boolean conv = paramType != null && Predicates.isInterface(paramType) && tv != null && !Predicates.isInterface(tv.type());
            if (tv != null && (tv.value() != null || tv.isNil()) && !conv) return true;
            if (a instanceof Expr.Ident id && info.objectOf(id) instanceof Func) return true;
            if (a instanceof Expr.Selector qs && info.selections.get(qs) == null && info.uses.get(qs.sel) instanceof Func) return true;
            if (a instanceof Expr.Selector ms && info.selections.get(ms) != null && info.selections.get(ms).kind() == Selection.Kind.MethodExpr) return true;
            return false;
        }

        /** copyExpr: a new autotmp of curfn (numbered after everything the typechecker declared), captured by the wrapper. */
        private Location newTmp(Pos pos, Pos cvPos, Type t) {
            String name = ".autotmp_" + (curfn.dclCount(null) + curfn.tmpCount++);
            Var v = new Var(name, t, null, pos, false, false);
            Location tmp = new Location(Location.Kind.AUTO, v, null, name, pos, t, curfn, loopDepth, false);
            b.allLocs.add(tmp);
            b.varLocs.put(v, tmp);
            tmp.captured = true;
            tmps.add(tmp);
            fn.closureVars.add(v);
            fn.cvPos.put(v, cvPos);
            return tmp;
        }
    }

    /** A reference to a wrapper temporary standing in for an argument expression. */
    static final class TmpRef {
        final Location tmp;
        TmpRef(Location tmp) { this.tmp = tmp; }
    }

    private void builtinWrapped(Hole k, Expr.Call call, BuiltinId id, Wrapper w) {
        // go/defer of a builtin: arguments are evaluated into temporaries first.
        List<Expr> args = call.args;
        Expr.Call inner = spreadCall(call);
        if (inner != null) { builtinSpread(k, call, inner, id, w); return; }
        switch (id) {
            case PANIC -> {
                argPos.put(IrFmt.unparen(args.get(0)), lastPos(args.get(0), call.pos));
                argumentW(heapHole(), args.get(0), call, EscapeAnalysis.EMPTY_IFACE, w);
            }
            case CLOSE, DELETE, PRINT, PRINTLN, RECOVER -> { for (Expr a : args) argumentW(discardHole(), a, call, null, w); }
            default -> builtin(k, call, id, info.typeOf(call));
        }
    }

    private void argumentW(Hole k, Expr a, Expr.Call call, Type pt, Wrapper w) {
        Object r = w.wrap(this, a, call, pt);
        if (r instanceof TmpRef t) flow(note(k, call, "call parameter"), t.tmp);
        else if (r instanceof Expr e) exprTo(note(k, call, "call parameter"), e, pt, argCtx(e, call));
    }

    void goDeferStmt(Stmt n, Expr callExpr, boolean isGo) {
        Hole k = heapHole();
        if (!isGo && loopDepth == 1) k = later(discardHole());
        Expr ce = IrFmt.unparen(callExpr);
        if (!(ce instanceof Expr.Call call)) { discard(ce); return; }
        Expr fun = IrFmt.unparen(call.fun);
        Selection msel = fun instanceof Expr.Selector s ? info.selections.get(s) : null;
        boolean isBuiltin = (fun instanceof Expr.Ident id && info.objectOf(id) instanceof Builtin);
        boolean isConv = isConversion(call);
        if (!isBuiltin && !isConv && (msel == null || msel.kind() != Selection.Kind.MethodVal)) {
            Type ft = info.typeOf(fun);
            if (ft != null && ft.underlying() instanceof Signature sg && sg.params().len() + sg.results().len() == 0) {
                expr(k, fun);
                return;
            }
        }
        Fn wfn = new Fn(null, null, null, curfn, curfn.name + ".gowrap", curfn.file, null);
        Wrapper w = new Wrapper(wfn);
        callCommon(null, call, w);
        Location clo = spill(k, new Site(Site.Kind.ALLOC, n), "func literal", n.pos(), null, new EscapeAnalysis.At("func literal", n.pos())).dst();
        clo.goDeferWrapper = true;
        for (Location tmp : w.tmps) if (!w.fn.closureVars.contains(tmp.var)) { w.fn.closureVars.add(tmp.var); b.varLocs.put(tmp.var, tmp); }
        b.closures.add(new Object[]{clo.asHole(), w.fn});
    }

    // ---- self assignment (utils.go) ----

    boolean isSelfAssign(Expr dst, Expr src) {
        dst = IrFmt.unparen(dst);
        src = IrFmt.unparen(src);
        if (isSliceSelfAssign(dst, src)) return true;
        if (dst instanceof Expr.Selector ds && src instanceof Expr.Selector ss) {
            Selection a = info.selections.get(ds), c = info.selections.get(ss);
            if (a == null || c == null || a.kind() != Selection.Kind.FieldVal || c.kind() != Selection.Kind.FieldVal) return false;
            if (fieldPathHasDeref(a) != fieldPathHasDeref(c)) return false;
            return sameSafeExpr(ds.x, ss.x);
        }
        if (dst instanceof Expr.Index di && src instanceof Expr.Index si) {
            Type dt = typeOf(di.x), st = typeOf(si.x);
            if (dt == null || st == null || dt.underlying() instanceof glassgo.compiler.types.Map || st.underlying() instanceof glassgo.compiler.types.Map) return false;
            if (mayAffectMemory(di.index) || mayAffectMemory(si.index)) return false;
            return sameSafeExpr(di.x, si.x);
        }
        return false;
    }

    private boolean isSliceSelfAssign(Expr dst, Expr src) {
        Expr dstX;
        if (dst instanceof Expr.Star st) dstX = IrFmt.unparen(st.x);
        else if (dst instanceof Expr.Selector ds && info.selections.get(ds) != null && info.selections.get(ds).kind() == Selection.Kind.FieldVal
                && info.selections.get(ds).index().length == 1 && typeOf(ds.x) != null && typeOf(ds.x).underlying() instanceof Pointer) dstX = IrFmt.unparen(ds.x);
        else return false;
        if (!(dstX instanceof Expr.Ident)) return false;
        if (!(src instanceof Expr.Slice sl)) return false;
        Type xt = typeOf(sl.x);
        if (xt != null && xt.underlying() instanceof Array) {
            // slicing an array: OSLICEARR of &x — not a self-assignment when the base is an address-of
            return false;
        }
        Expr base = IrFmt.unparen(sl.x);
        Expr baseX;
        if (base instanceof Expr.Star st) baseX = IrFmt.unparen(st.x);
        else if (base instanceof Expr.Selector bs && info.selections.get(bs) != null && info.selections.get(bs).kind() == Selection.Kind.FieldVal
                && info.selections.get(bs).index().length == 1 && typeOf(bs.x) != null && typeOf(bs.x).underlying() instanceof Pointer) baseX = IrFmt.unparen(bs.x);
        else return false;
        if (!(baseX instanceof Expr.Ident bi)) return false;
        Obj a = info.objectOf((Expr.Ident) dstX), c = info.objectOf(bi);
        return a != null && a == c;
    }

    private boolean sameSafeExpr(Expr l, Expr r) {
        l = IrFmt.unparen(l); r = IrFmt.unparen(r);
        if (l instanceof Expr.Ident a && r instanceof Expr.Ident c) {
            Obj o = info.objectOf(a);
            return o != null && o == info.objectOf(c) && o instanceof Var;
        }
        if (l instanceof Expr.Selector a && r instanceof Expr.Selector c) {
            Selection x = info.selections.get(a), y = info.selections.get(c);
            if (x == null || y == null) return x == null && y == null && info.uses.get(a.sel) == info.uses.get(c.sel) && info.uses.get(a.sel) instanceof Var;
            return x.obj() == y.obj() && sameSafeExpr(a.x, c.x);
        }
        if (l instanceof Expr.Star a && r instanceof Expr.Star c) return sameSafeExpr(a.x, c.x);
        if (l instanceof Expr.Index a && r instanceof Expr.Index c) {
            return sameSafeExpr(a.x, c.x) && sameSafeExpr(a.index, c.index);
        }
        TypeAndValue lt = info.types.get(l), rt = info.types.get(r);
        if (lt != null && rt != null && lt.value() != null && rt.value() != null) return lt.value().equalsValue(rt.value());
        return false;
    }

    private boolean mayAffectMemory(Expr n) {
        n = IrFmt.unparen(n);
        TypeAndValue tv = info.types.get(n);
        if (tv != null && tv.value() != null) return false;
        if (n instanceof Expr.Ident) return false;
        if (n instanceof Expr.Binary b2) return mayAffectMemory(b2.x) || mayAffectMemory(b2.y);
        if (n instanceof Expr.Index ix) return mayAffectMemory(ix.x) || mayAffectMemory(ix.index);
        if (n instanceof Expr.Unary u && u.op != Op.ARROW && u.op != Op.AND) return mayAffectMemory(u.x);
        if (n instanceof Expr.Selector s) return info.selections.get(s) == null ? false : mayAffectMemory(s.x);
        if (n instanceof Expr.Star s) return mayAffectMemory(s.x);
        if (n instanceof Expr.Call c && isConversion(c)) return mayAffectMemory(c.args.get(0));
        if (n instanceof Expr.Call c && IrFmt.unparen(c.fun) instanceof Expr.Ident id && info.objectOf(id) instanceof Builtin bi && (bi.id() == BuiltinId.LEN || bi.id() == BuiltinId.CAP)) return mayAffectMemory(c.args.get(0));
        return true;
    }
}
