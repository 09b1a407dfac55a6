package glassgo.compiler.escape;

import glassgo.compiler.syntax.Expr;
import glassgo.compiler.syntax.Pos;
import glassgo.compiler.types.*;

import java.util.ArrayList;
import java.util.List;

/**
 * One batch of functions analysed together (escape.go's {@code batch}): a strongly connected
 * component of the call graph plus its closures. Holds the locations, runs the solver
 * (solve.go: {@link #walkAll}, {@link #walkOne}, {@link #outlives}) and reports ({@link #finish}).
 */
final class Batch {
    final EscapeAnalysis an;
    final List<Location> allLocs = new ArrayList<>();
    final List<Object[]> closures = new ArrayList<>(); // {Hole k, Fn clo}
    final Location heapLoc = new Location(Location.Kind.HEAP, null, null, "{heap}", Pos.NONE, null, null, 0, false);
    final Location blankLoc = new Location(Location.Kind.BLANK, null, null, "_", Pos.NONE, null, null, 0, false);
    final java.util.IdentityHashMap<Var, Location> varLocs;

    Batch(EscapeAnalysis an) {
        this.an = an;
        this.varLocs = an.varLocs;
        heapLoc.escapes = true;
    }

    Hole heapHole() { return heapLoc.asHole(); }
    Hole discardHole() { return blankLoc.asHole(); }

    /** Runs escape.go's Batch over fns (in bottom-up order, closures after their outer function). */
    void run(List<Fn> fns) {
        for (Fn fn : fns) initFunc(fn);
        for (Fn fn : fns) if (!fn.isClosure()) new Escape(this, fn).walkFunc();

        for (Object[] c : closures) flowClosure((Hole) c[0], (Fn) c[1]);
        closures.clear();

        for (Location loc : new ArrayList<>(allLocs)) {
            String why = heapAllocReason(loc);
            if (!why.isEmpty()) flow(heapHole().shift(-1).note(an.notes, loc, why), loc);
        }
        walkAll();
        finish(fns);
    }

    void initFunc(Fn fn) {
        fn.esc = Fn.PLANNED;
        Escape e = new Escape(this, fn);
        for (Var v : fn.dcl) if (!varLocs.containsKey(v)) e.newNameLoc(v);
        for (int i = 0; i < fn.results.size(); i++) {
            Location l = oldLoc(fn.results.get(i));
            l.resultIndex = 1 + i;
            if (l.desc.isEmpty() || l.desc.equals("_")) l.desc = "~r" + i;
        }
    }

    Location oldLoc(Var v) {
        Location l = varLocs.get(v);
        if (l == null) throw new IllegalStateException("escape: " + v + " has no location");
        return l;
    }

    void flowClosure(Hole k, Fn clo) {
        for (Var cv : clo.closureVars) {
            Location loc = oldLoc(cv);
            long size = cv.type() == null ? 8 : Sizes.sizeof(cv.type());
            boolean byval = !loc.addrtaken && !loc.reassigned && size <= 128;
            loc.byval = byval;
            if (an.m > 1) {
                an.diag(loc.curfn, loc.pos, loc.curfn.name + " capturing by " + (byval ? "value" : "ref") + ": " + cv.name()
                        + " (addr=" + loc.addrtaken + " assign=" + loc.reassigned + " width=" + size + ")");
            }
            Hole kk = k;
            Object where = an.notes == null ? cv : new EscapeAnalysis.At(cv.name(), clo.cvPos.containsKey(cv) ? clo.cvPos.get(cv) : firstUse(clo, cv));
            if (!byval) kk = kk.shift(-1).note(an.notes, where, "reference");
            flow(kk.note(an.notes, where, "captured by a closure"), loc);
        }
    }

    /**
     * ir.CaptureName: a closure variable is positioned at the first reference to it in the
     * closure, in irgen's order (an assignment's right side before its left side); a reference
     * inside a nested closure counts at that closure's func keyword (where irgen captures it).
     */
    private glassgo.compiler.syntax.Pos firstUse(Fn clo, Var v) {
        glassgo.compiler.syntax.Pos[] first = {null};
        @SuppressWarnings("unchecked") java.util.function.Predicate<glassgo.compiler.syntax.Node>[] visit = new java.util.function.Predicate[1];
        visit[0] = x -> {
            if (first[0] != null) return false;
            if (x instanceof glassgo.compiler.syntax.Expr.FuncLit fl) {
                List<Var> cap = an.info.captured.get(fl);
                if (cap != null && cap.contains(v)) first[0] = fl.pos();
                return false;
            }
            if (x instanceof glassgo.compiler.syntax.Expr.Ident id && an.info.uses.get(id) == v) { first[0] = id.pos(); return false; }
            if (x instanceof glassgo.compiler.syntax.Stmt.Assign a
                    && (a.op == glassgo.compiler.syntax.Op.ASSIGN || a.op == glassgo.compiler.syntax.Op.DEFINE)) {
                EscapeAnalysis.walkAst(a.rhs, visit[0]);
                EscapeAnalysis.walkAst(a.lhs, visit[0]);
                return false;
            }
            return true;
        };
        EscapeAnalysis.walkAst(clo.body, visit[0]);
        return first[0] != null ? first[0] : v.pos();
    }

    // ---- graph (graph.go) ----

    void flow(Hole k, Location src) {
        if (k.addrtaken()) src.addrtaken = true;
        Location dst = k.dst();
        if (dst == blankLoc) return;
        if (dst == src && k.derefs() >= 0) return;
        if (dst.escapes && k.derefs() < 0) {
            if (an.m >= 2) {
                an.raw(src.curfn, src.pos, descOf(src) + " escapes to heap:");
                explainFlow(src, dst, src, k.derefs(), k.notes());
            }
            src.escapes = true;
            return;
        }
        dst.edges.add(new Location.Edge(src, k.derefs(), k.notes()));
    }

    // ---- solver (solve.go) ----

    void walkAll() {
        ArrayList<Location> todo = new ArrayList<>(allLocs.size() + 1);
        java.util.function.Consumer<Location> enqueue = loc -> { if (!loc.queued) { todo.add(loc); loc.queued = true; } };
        for (Location loc : allLocs) enqueue.accept(loc);
        enqueue.accept(heapLoc);
        int walkgen = 0;
        while (!todo.isEmpty()) {
            Location root = todo.remove(todo.size() - 1);
            root.queued = false;
            walkgen++;
            walkOne(root, walkgen, enqueue);
        }
    }

    void walkOne(Location root, int walkgen, java.util.function.Consumer<Location> enqueue) {
        root.walkgen = walkgen;
        root.derefs = 0;
        root.dst = null;
        ArrayList<Location> todo = new ArrayList<>();
        todo.add(root);
        while (!todo.isEmpty()) {
            Location l = todo.remove(todo.size() - 1);
            int derefs = l.derefs;
            boolean addressOf = derefs < 0;
            if (addressOf) {
                derefs = 0;
                if (!root.transient_ && l.transient_) { l.transient_ = false; enqueue.accept(l); }
            }
            if (outlives(root, l)) {
                if (l.kind == Location.Kind.PARAM) {
                    if (an.m >= 2 && !l.escapes) {
                        an.raw(l.curfn, l.pos, "parameter " + l.desc + " leaks to " + explainLoc(root) + " with derefs=" + derefs + ":");
                        explainPath(root, l);
                    }
                    l.leakTo(root, derefs);
                }
                if (addressOf && !l.escapes) {
                    if (an.m >= 2) {
                        an.raw(l.curfn, l.pos, descOf(l) + " escapes to heap:");
                        explainPath(root, l);
                    }
                    l.escapes = true;
                    enqueue.accept(l);
                    continue;
                }
            }
            for (int i = 0; i < l.edges.size(); i++) {
                Location.Edge edge = l.edges.get(i);
                if (edge.src().escapes) continue;
                int d = derefs + edge.derefs();
                Location s = edge.src();
                if (s.walkgen != walkgen || s.derefs > d) {
                    s.walkgen = walkgen;
                    s.derefs = d;
                    s.dst = l;
                    s.dstEdgeIdx = i;
                    todo.add(s);
                }
            }
        }
    }

    void explainPath(Location root, Location src) {
        java.util.Set<Location> visited = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        Location pos = src;
        while (true) {
            if (!visited.add(src)) {
                an.raw(pos.curfn, pos.pos, "  warning: truncated explanation due to assignment cycle; see golang.org/issue/35518");
                break;
            }
            Location dst = src.dst;
            Location.Edge edge = dst.edges.get(src.dstEdgeIdx);
            explainFlow(pos, dst, src, edge.derefs(), edge.notes());
            if (dst == root) break;
            src = dst;
        }
    }

    void explainFlow(Location pos, Location dst, Location srcloc, int derefs, Note notes) {
        String ops = derefs >= 0 ? "*".repeat(derefs) : "&";
        an.raw(pos.curfn, pos.pos, "  flow: " + explainLoc(dst) + " = " + ops + explainLoc(srcloc) + ":");
        for (Note n = notes; n != null; n = n.next()) {
            an.raw(pos.curfn, pos.pos, "    from " + an.whereString(n.node()) + " (" + n.why() + ") at " + an.fmtPos(pos.curfn, n.pos()));
        }
    }

    String explainLoc(Location l) {
        if (l == heapLoc) return "{heap}";
        if (l.kind == Location.Kind.TEMP) return "{temp}";
        if (l.isName() || l.kind == Location.Kind.AUTO) return l.desc;
        return "{storage for " + descOf(l) + "}";
    }

    String descOf(Location l) { return l.lazyNode != null ? an.fmt.expr(l.lazyNode) : l.desc; }

    boolean outlives(Location l, Location other) {
        if (l.escapes) return true;
        if (l.kind == Location.Kind.RESULT) {
            if (Fn.containsClosure(other.curfn, l.curfn) && l.curfn.closureCalled) return false;
            return true;
        }
        if (l.curfn == other.curfn && l.loopDepth < other.loopDepth) return true;
        if (l.curfn != null && other.curfn != null && Fn.containsClosure(l.curfn, other.curfn)) return true;
        return false;
    }

    // ---- heap-forcing reasons (utils.go HeapAllocReason) ----

    static final long MAX_STACK_VAR_SIZE = 10L << 20, MAX_IMPLICIT_STACK_VAR_SIZE = 64L << 10;

    String heapAllocReason(Location loc) {
        if (loc.type == null) return "";
        if (loc.kind == Location.Kind.PARAM || loc.kind == Location.Kind.RESULT) return "";
        if (loc.kind == Location.Kind.TEMP || loc.kind == Location.Kind.HEAP || loc.kind == Location.Kind.BLANK) return "";
        if (Sizes.sizeof(loc.type) > MAX_STACK_VAR_SIZE) return "too large for stack";
        if (!loc.heapReason.isEmpty()) return loc.heapReason;
        return "";
    }

    // ---- finish (escape.go) ----

    void finish(List<Fn> fns) {
        for (Fn fn : fns) {
            fn.esc = Fn.TAGGED;
            fn.tags = new Leaks[fn.params.size()];
            for (int i = 0; i < fn.params.size(); i++) fn.tags[i] = paramTag(fn, fn.params.get(i));
        }
        for (Location loc : allLocs) {
            if (loc.kind == Location.Kind.TEMP) continue;
            loc.desc = descOf(loc);
            if (loc.escapes) {
                if (loc.isName()) {
                    if (an.m != 0 && !loc.var.name().startsWith(".")) an.diag(loc.curfn, loc.pos, "moved to heap: " + loc.desc);
                } else if (an.m != 0 && !loc.goDeferWrapper) {
                    an.diag(loc.curfn, loc.pos, loc.desc + " escapes to heap");
                }
            } else if (an.m != 0 && !loc.isName() && !loc.goDeferWrapper) {
                an.diag(loc.curfn, loc.pos, loc.desc + " does not escape");
            }
            if (loc.site != null) an.siteEscapes.merge(loc.site, loc.escapes, Boolean::logicalOr);
            if (loc.var != null) {
                if (loc.escapes) an.movedToHeap.add(loc.var);
                if (loc.byval) an.byval.add(loc.var);
            }
        }
    }

    /** Computes (and with -m reports) the escape tag of one parameter (escape.go paramTag). */
    Leaks paramTag(Fn fn, Var p) {
        String name = p.name();
        boolean named = !name.isEmpty() && !name.equals("_");
        if (fn.body == null && fn.decl instanceof glassgo.compiler.syntax.Decl.Func fd) { // assembly / native
            if (p.type().underlying() instanceof Basic bt && bt.kind() == BasicKind.Uintptr) {
                if (an.m != 0) an.diag(fn, p.pos(), "assuming " + name + " is unsafe uintptr");
                return new Leaks();
            }
            if (!EscapeAnalysis.hasPointers(p.type())) return null;
            if (an.noescape.contains(fd)) {
                if (an.m != 0 && named) an.diag(fn, p.pos(), name + " does not escape");
                return new Leaks();
            }
            if (an.m != 0 && named) an.diag(fn, p.pos(), "leaking param: " + name);
            return Leaks.heap(0);
        }
        if (!EscapeAnalysis.hasPointers(p.type())) return null;
        if (name.isEmpty() || name.equals("_")) return new Leaks();
        Location loc = oldLoc(p);
        Leaks esc = loc.paramEsc.copy();
        esc.optimize();
        if (an.m != 0 && !loc.escapes) {
            if (esc.empty()) an.diag(fn, loc.pos, name + " does not escape");
            int x = esc.heap();
            if (x >= 0) an.diag(fn, loc.pos, x == 0 ? "leaking param: " + name : "leaking param content: " + name);
            for (int i = 0; i < Leaks.NUM_RESULTS; i++) {
                int r = esc.result(i);
                if (r >= 0) an.diag(fn, loc.pos, "leaking param: " + name + " to result " + resultName(fn, i) + " level=" + r);
            }
        }
        return esc;
    }

    static String resultName(Fn fn, int i) {
        String n = fn.results.get(i).name();
        return n.isEmpty() ? "~r" + i : n;
    }

    static boolean isExprSite(Expr e) { return e != null; }
}
