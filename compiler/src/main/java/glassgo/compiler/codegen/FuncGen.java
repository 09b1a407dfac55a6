package glassgo.compiler.codegen;

import glassgo.compiler.code.FuncProto;
import glassgo.compiler.code.Op;
import glassgo.compiler.escape.Escapes;
import glassgo.compiler.syntax.*;
import glassgo.compiler.types.*;
import glassgo.compiler.types.Map;
import glassgo.runtime.types.RType;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * Generates register bytecode for one function body from the checked AST.
 *
 * <p>Register discipline: parameters first, then locals as they are declared (never reused),
 * then statement temporaries above {@code top}, reset after every statement. A call's frame
 * begins at the current {@code top}: arguments are evaluated into it and results come back there.
 * A variable lives either in registers ({@code mem == false}) or in memory whose address a
 * register holds ({@code mem == true}): struct/array values (frame memory), and variables whose
 * address is taken or that a closure captures: on the heap via {@link Op#NEW} (mallocgc) when the
 * escape analysis says "moved to heap", else in frame memory, zeroed at the declaration (a
 * variable declared in a loop body gets the same slot each iteration, as in Go).
 *
 * <p>Allocation sites obey {@link Escapes#escapes}: a non-escaping new(T), &amp;T{...}, slice
 * literal, constant-size make([]T), closure, method value, variadic {@code ...} slice or
 * interface box lives in frame memory; non-escaping string conversions and concatenations get a
 * 32-byte stack buffer (Go's tmpBuf). Every frame-memory slot records which of its words may hold
 * pointers ({@link FuncProto#memPtrs}) so stack growth can adjust pointers into the stack. An
 * interface conversion has no node of its own: its box is asked for with
 * {@link Escapes#boxEscapes} at the converted expression.
 */
final class FuncGen {
    final Codegen cg;
    final Info info;
    final FuncProto proto;
    final Emitter e = new Emitter();
    private int top, maxRegs;
    private long frameMem;
    private final java.util.BitSet ptrRegs = new java.util.BitSet();
    private final IdentityHashMap<Var, Loc> vars = new IdentityHashMap<>() {
        @Override public Loc put(Var v, Loc l) {
            if (!l.mem() && l.reg() < regStamp.length) homeStamp.put(v, regStamp[l.reg()]);
            return super.put(v, l);
        }
    };
    /** Allocation stamp per register (which alloc last handed it out) and per variable home at its declaration: a home whose register was handed out again is dead. */
    private int[] regStamp = new int[64];
    private int allocSeq;
    private final IdentityHashMap<Var, Integer> homeStamp = new IdentityHashMap<>();
    private final List<Var> results = new ArrayList<>();
    private Signature sig;
    private boolean hasDefer;
    private final List<Capture> captured;
    private final Escapes esc;
    /** Frame-memory words that may hold pointers (bit per word). */
    private final java.util.BitSet memPtrs = new java.util.BitSet();
    /** Nesting depth of for/range loops at the current statement (0 = function body). */
    private int loopDepth;

    record Loc(int reg, boolean mem) {}

    /** A variable a closure captures: by reference (its address is in the context) or by value (a copy). */
    record Capture(Var v, boolean byValue) {}

    private static final class Target { final String label; final List<Integer> breaks = new ArrayList<>(); final List<Integer> conts = new ArrayList<>(); int contPc = -1; final boolean isLoop; Target(String l, boolean loop) { label = l; isLoop = loop; } }
    private final ArrayList<Target> targets = new ArrayList<>();
    private final java.util.HashMap<String, Integer> labelPcs = new java.util.HashMap<>();
    private final java.util.HashMap<String, List<Integer>> gotoFixups = new java.util.HashMap<>();

    FuncGen(Codegen cg, Info info, FuncProto proto, List<Capture> captured) {
        this.cg = cg; this.info = info; this.proto = proto; this.captured = captured;
        this.esc = cg.escapesFor(info);
    }

    /** true if the allocation at site must be on the heap (no site: it must). */
    private boolean heapSite(Node site) { return site == null || heapArgs > 0 || esc.escapes(site); }

    /**
     * While positive, every allocation is on the heap: the callee and arguments of a defer in a
     * loop escape (Go: "defer inside a loop is like go"), whatever the analysis says of them.
     */
    private int heapArgs;

    // ------------------------------------------------------------------ registers

    private int alloc(int words) {
        int r = top; top += words; if (top > maxRegs) maxRegs = top;
        if (top > regStamp.length) regStamp = java.util.Arrays.copyOf(regStamp, Math.max(top, regStamp.length * 2));
        allocSeq++;
        for (int i = r; i < top; i++) regStamp[i] = allocSeq;
        return r;
    }

    private int alloc(Type t) {
        int w = TypeMap.words(t);
        int r = alloc(w);
        boolean[] p = TypeMap.ptrWords(t);
        for (int i = 0; i < p.length; i++) if (p[i]) ptrRegs.set(r + i);
        return r;
    }

    private void markPtr(int r) { ptrRegs.set(r); }

    private long frameSlot(long size, int align) {
        frameMem = (frameMem + Math.max(align, 1) - 1) / Math.max(align, 1) * Math.max(align, 1);
        long off = frameMem;
        frameMem += Math.max(size, 1);
        return off;
    }

    /** A frame-memory slot for a value of runtime type rt, its pointer words recorded in memPtrs. */
    private long frameSlot(RType rt) {
        long off = frameSlot(rt.size, Math.max(rt.align, 1));
        if (rt.ptrdata > 0) {
            if ((off & 7) != 0) throw new CodegenException(null, "glassgo: internal error: misaligned pointer slot");
            for (long w = 0; w < rt.ptrdata / 8; w++) if (rt.ptrWord(w)) memPtrs.set((int) (off / 8 + w));
        }
        return off;
    }

    /** A fresh zeroed frame-memory slot for a value of type t; returns a register holding its address. */
    private int frameTemp(Type t) { return frameTemp(cg.types.rtype(t)); }

    private int frameTemp(RType rt) {
        long off = frameSlot(rt);
        int r = alloc(1); markPtr(r);
        e.emit(Op.FRAME, r, (int) off);
        if (rt.size > 0) e.emit(Op.CLR, r, (int) rt.size);
        return r;
    }

    /**
     * A frame-memory slot for a non-aggregate value that the caller stores whole right away
     * (storeTo writes every byte of a non-aggregate type): no CLR, which map keys paid on every
     * m[k] (a slow op the JIT cannot inline). The slot holds a stale key of the same type until
     * then, as Go's reused stack slots do.
     */
    private int scalarTemp(Type t) {
        if (TypeMap.aggregate(t)) throw new CodegenException(null, "glassgo: internal error: scalarTemp of an aggregate");
        int r = alloc(1); markPtr(r);
        e.emit(Op.FRAME, r, (int) frameSlot(cg.types.rtype(t)));
        return r;
    }

    /** Storage for a new object of type t (new(T), &amp;T{...}, a moved variable): heap if it escapes, else frame memory. */
    private int newObject(Type t, boolean heap) { return heap ? newCell(t) : frameTemp(t); }

    private long[] memPtrMask() {
        long words = (frameMem + 7) / 8;
        long[] pm = new long[(int) ((words + 63) / 64)];
        for (int i = memPtrs.nextSetBit(0); i >= 0; i = memPtrs.nextSetBit(i + 1)) pm[i >>> 6] |= 1L << i;
        return pm;
    }

    private int tindex(Type t) { return cg.typeIndexOf(t); }

    private void line(Node n) { if (n != null && n.pos().isKnown()) e.line = n.pos().line(); }

    // ------------------------------------------------------------------ function

    void genFunc(Field recv, Expr.FuncType ftype, Stmt.Block body, Signature sig) {
        this.sig = sig;
        e.line = proto.line;
        List<Var> params = new ArrayList<>();
        if (sig.recv() != null) params.add(sig.recv());
        params.addAll(sig.params().vars());
        // parameters occupy the first registers
        for (Var p : params) {
            int r = alloc(p.type());
            vars.put(p, new Loc(r, TypeMap.aggregate(p.type())));
        }
        proto.paramWords = top;
        int rw = 0;
        for (Var v : sig.results().vars()) rw += TypeMap.words(v.type());
        proto.resultWords = rw;
        if (top < rw) alloc(rw - top);
        hasDefer = containsDefer(body);
        // captured variables of a closure: pointers loaded from the closure context
        if (captured != null) {
            int off = 8;
            for (Capture c : captured) {
                Var v = c.v();
                if (!c.byValue()) {
                    int r = alloc(1); markPtr(r);
                    e.emit(Op.CTX, r, off);
                    off += 8;
                    vars.put(v, new Loc(r, true));
                } else if (TypeMap.aggregate(v.type())) {
                    // a copy in the closure object: copy it into frame memory
                    RType rt = cg.types.rtype(v.type());
                    int slot = frameTemp(rt);
                    int tmp = alloc(1);
                    for (long w = 0; w < (rt.size + 7) / 8; w++) {
                        e.emit(Op.CTX, tmp, (int) (off + 8 * w));
                        e.emit(rt.ptrWord(w) ? Op.STP : Op.ST64, slot, (int) (8 * w), tmp);
                    }
                    off += (rt.size + 7) / 8 * 8;
                    vars.put(v, new Loc(slot, true));
                } else {
                    int r = alloc(v.type());
                    int w = TypeMap.words(v.type());
                    for (int i = 0; i < w; i++) e.emit(Op.CTX, r + i, off + 8 * i);
                    off += 8 * w;
                    vars.put(v, new Loc(r, false));
                }
            }
        }
        // parameters that must live in memory (address taken / captured): heap or frame memory
        for (Var p : params) {
            if (needsMem(p)) {
                Loc old = vars.get(p);
                int cell = newObject(p.type(), esc.movedToHeap(p));
                storeTo(cell, 0, old.reg, p.type());
                vars.put(p, new Loc(cell, true));
            }
        }
        // named (or unnamed) result variables
        for (Var v : sig.results().vars()) {
            // unnamed results without defers are never read: every return moves its values straight to R[0..]
            if (!hasDefer && v.name().isEmpty()) continue;
            declare(v);
            results.add(v);
        }
        block(body.list);
        // falling off the end
        emitReturnEpilogue(body.rbrace);
        proto.code = e.code();
        proto.lines = e.lines();
        proto.frameSize = Math.max(maxRegs, proto.paramWords) + 1;
        proto.frameMem = (frameMem + 7) & ~7L;
        proto.memPtrs = memPtrMask();
        long[] pm = new long[(proto.frameSize + 63) / 64];
        for (int i = ptrRegs.nextSetBit(0); i >= 0; i = ptrRegs.nextSetBit(i + 1)) if (i < proto.frameSize) pm[i >>> 6] |= 1L << i;
        proto.ptrRegs = pm;
        proto.consts = new long[0];
    }

    private int epiloguePc = -1;
    private final List<Integer> returnJumps = new ArrayList<>();

    private void emitReturnEpilogue(Pos at) {
        if (at != null && at.isKnown()) e.line = at.line();
        int epi = e.here();
        for (int j : returnJumps) e.patchTo(j, epi);
        proto.recoverPc = epi;
        if (hasDefer) e.emit(Op.DEFERRETURN);
        // copy result variables to R[0..]
        int dst = 0;
        for (Var v : results) {
            int w = TypeMap.words(v.type());
            int src = load(v);
            moveWords(dst, src, w);
            dst += w;
        }
        e.emit(Op.RET);
    }

    private boolean containsDefer(Node n) {
        final boolean[] found = {false};
        Walk.stmts(n, s -> { if (s instanceof Stmt.Defer) found[0] = true; });
        return found[0];
    }

    /** Address taken or captured: the variable lives in memory (heap or frame, as the escape analysis says). */
    private boolean needsMem(Var v) {
        return cg.addressTaken.contains(v) || cg.capturedVars.contains(v);
    }

    private int newCell(Type t) {
        int r = alloc(1); markPtr(r);
        e.emit(Op.NEW, r, tindex(t));
        return r;
    }

    /** Declares a local variable (zero-initialised) and returns its location. */
    private Loc declare(Var v) {
        Loc l;
        if (needsMem(v)) {
            l = new Loc(newObject(v.type(), esc.movedToHeap(v)), true);
        } else if (TypeMap.aggregate(v.type())) {
            l = new Loc(frameTemp(v.type()), true);
        } else {
            int r = alloc(v.type());
            e.emit(Op.ZERO, r, TypeMap.words(v.type()));
            l = new Loc(r, false);
        }
        vars.put(v, l);
        return l;
    }

    // ------------------------------------------------------------------ variable access

    /** Loads variable v's value into registers; returns the first register (aggregates: address). */
    private int load(Var v) {
        if (v.isGlobal()) {
            int a = alloc(1); markPtr(a);
            e.emit(Op.GADDR, a, (int) cg.globalOffset(v));
            return loadFrom(a, 0, v.type());
        }
        Loc l = vars.get(v);
        if (l == null) throw new CodegenException(v.pos(), "glassgo: internal error: no location for variable " + v.name());
        if (!l.mem) return l.reg;
        if (TypeMap.aggregate(v.type())) return l.reg;
        return loadFrom(l.reg, 0, v.type());
    }

    /** Address of variable v (it must live in memory). */
    private int addrOf(Var v) {
        if (v.isGlobal()) {
            int a = alloc(1); markPtr(a);
            e.emit(Op.GADDR, a, (int) cg.globalOffset(v));
            return a;
        }
        Loc l = vars.get(v);
        if (l == null || !l.mem) throw new CodegenException(v.pos(), "glassgo: internal error: address of register variable " + v.name());
        return l.reg;
    }

    private void storeVar(Var v, int src) {
        if (v.isGlobal()) { storeTo(addrOf(v), 0, src, v.type()); return; }
        Loc l = vars.get(v);
        if (l == null) l = declare(v);
        if (!l.mem) { moveValue(l.reg, src, TypeMap.words(v.type())); return; }
        storeTo(l.reg, 0, src, v.type());
    }

    private void moveWords(int dst, int src, int w) { e.move(dst, src, w); }

    /**
     * dst = src where src is a value computed for this move alone: unless src is a variable's
     * home or otherwise pinned, the instruction that computed it writes dst directly.
     */
    private void moveValue(int dst, int src, int w) {
        if (isPinned(src, w)) e.move(dst, src, w); else e.moveTemp(dst, src, w);
    }

    /** Registers that hold values beyond the instruction reading them, besides variables (loop state). */
    private final java.util.BitSet pinned = new java.util.BitSet();

    private boolean isPinned(int r, int w) {
        if (pinned.get(r, r + w).cardinality() > 0) return true;
        for (java.util.Map.Entry<Var, Loc> en : vars.entrySet()) {
            Loc l = en.getValue();
            if (!l.mem && l.reg < r + w && r < l.reg + TypeMap.words(en.getKey().type())
                    && java.util.Objects.equals(homeStamp.get(en.getKey()), regStamp[l.reg])) return true;
        }
        return false;
    }

    /** Loads a value of type t from memory at R[addr]+off into fresh registers. */
    private int loadFrom(int addr, long off, Type t) {
        Type u = t.underlying();
        int o = (int) off;
        if (TypeMap.aggregate(t)) {
            int r = alloc(1); markPtr(r);
            e.emit(Op.LEA, r, addr, o);
            return r;
        }
        int r = alloc(t);
        if (u instanceof Basic b) {
            switch (b.kind()) {
                case Bool, Uint8 -> e.emit(Op.LD8U, r, addr, o);
                case Int8 -> e.emit(Op.LD8S, r, addr, o);
                case Int16 -> e.emit(Op.LD16S, r, addr, o);
                case Uint16 -> e.emit(Op.LD16U, r, addr, o);
                case Int32 -> e.emit(Op.LD32S, r, addr, o);
                case Uint32 -> e.emit(Op.LD32U, r, addr, o);
                case Float32 -> e.emit(Op.LDF32, r, addr, o);
                case String -> { e.emit(Op.LD64, r, addr, o); e.emit(Op.LD64, r + 1, addr, o + 8); }
                case Complex128 -> { e.emit(Op.LD64, r, addr, o); e.emit(Op.LD64, r + 1, addr, o + 8); }
                case Complex64 -> { e.emit(Op.LDF32, r, addr, o); e.emit(Op.LDF32, r + 1, addr, o + 4); }
                default -> e.emit(Op.LD64, r, addr, o);
            }
            return r;
        }
        int w = TypeMap.words(t);
        for (int i = 0; i < w; i++) e.emit(Op.LD64, r + i, addr, o + 8 * i);
        return r;
    }

    /** Stores the value in registers src (aggregates: address) of type t to memory R[addr]+off. */
    private void storeTo(int addr, long off, int src, Type t) {
        Type u = t.underlying();
        int o = (int) off;
        if (TypeMap.aggregate(t)) {
            int d = addr;
            if (o != 0) { d = alloc(1); markPtr(d); e.emit(Op.LEA, d, addr, o); }
            if (cg.types.rtype(t).size > 0) e.emit(Op.MOVE, d, src, tindex(t));
            return;
        }
        if (u instanceof Basic b) {
            switch (b.kind()) {
                case Bool, Uint8, Int8 -> e.emit(Op.ST8, addr, o, src);
                case Int16, Uint16 -> e.emit(Op.ST16, addr, o, src);
                case Int32, Uint32 -> e.emit(Op.ST32, addr, o, src);
                case Float32 -> e.emit(Op.STF32, addr, o, src);
                case String -> { e.emit(Op.STP, addr, o, src); e.emit(Op.ST64, addr, o + 8, src + 1); }
                case Complex128 -> { e.emit(Op.ST64, addr, o, src); e.emit(Op.ST64, addr, o + 8, src + 1); }
                case Complex64 -> { e.emit(Op.STF32, addr, o, src); e.emit(Op.STF32, addr, o + 4, src + 1); }
                case UnsafePointer -> e.emit(Op.STP, addr, o, src);
                default -> e.emit(Op.ST64, addr, o, src);
            }
            return;
        }
        boolean[] p = TypeMap.ptrWords(t);
        for (int i = 0; i < p.length; i++) e.emit(p[i] ? Op.STP : Op.ST64, addr, o + 8 * i, src + i);
    }

    // ------------------------------------------------------------------ statements

    private void block(List<Stmt> list) { for (Stmt s : list) stmt(s); }

    private void stmt(Stmt s) {
        int saved = top;
        line(s);
        stmt0(s);
        // locals declared by this statement stay allocated; temporaries are released
        boolean declares = s instanceof Stmt.DeclStmt || s instanceof Stmt.Labeled
                || (s instanceof Stmt.Assign a && a.op == glassgo.compiler.syntax.Op.DEFINE);
        if (!declares) top = saved;
    }

    private void stmt0(Stmt s) {
        if (s instanceof Stmt.ExprStmt es) { exprDiscard(es.x); return; }
        if (s instanceof Stmt.Assign a) { assign(a); return; }
        if (s instanceof Stmt.IncDec id) { incDec(id); return; }
        if (s instanceof Stmt.DeclStmt ds) { localDecl(ds.decl); return; }
        if (s instanceof Stmt.Block b) { block(b.list); return; }
        if (s instanceof Stmt.If i) { ifStmt(i); return; }
        if (s instanceof Stmt.For f) { forStmt(f, null); return; }
        if (s instanceof Stmt.Range r) { rangeStmt(r, null); return; }
        if (s instanceof Stmt.Return r) { returnStmt(r); return; }
        if (s instanceof Stmt.Switch sw) { switchStmt(sw, null); return; }
        if (s instanceof Stmt.TypeSwitch ts) { typeSwitch(ts, null); return; }
        if (s instanceof Stmt.Branch b) { branch(b); return; }
        if (s instanceof Stmt.Labeled l) { labeled(l); return; }
        if (s instanceof Stmt.Defer d) { deferStmt(d); return; }
        if (s instanceof Stmt.Empty) return;
        throw unsupported(s, s instanceof Stmt.Go ? "go statements" : s instanceof Stmt.Select ? "select statements" : s instanceof Stmt.Send ? "channel sends" : s.getClass().getSimpleName());
    }

    private CodegenException unsupported(Node n, String what) {
        return new CodegenException(n.pos(), what + " are not supported by glassgo yet");
    }

    private void labeled(Stmt.Labeled l) {
        String name = l.label.name;
        labelPcs.put(name, e.here());
        List<Integer> fix = gotoFixups.remove(name);
        if (fix != null) for (int j : fix) e.patchTo(j, e.here());
        if (l.stmt instanceof Stmt.For f) forStmt(f, name);
        else if (l.stmt instanceof Stmt.Range r) rangeStmt(r, name);
        else if (l.stmt instanceof Stmt.Switch sw) switchStmt(sw, name);
        else if (l.stmt instanceof Stmt.TypeSwitch ts) typeSwitch(ts, name);
        else stmt(l.stmt);
    }

    private void branch(Stmt.Branch b) {
        switch (b.kind) {
            case GOTO -> {
                Integer pc = labelPcs.get(b.label.name);
                if (pc != null) { e.jumpTo(Op.JMP, pc); }
                else gotoFixups.computeIfAbsent(b.label.name, k -> new ArrayList<>()).add(e.jump(Op.JMP));
            }
            case BREAK -> {
                Target t = findTarget(b.label == null ? null : b.label.name, false);
                t.breaks.add(e.jump(Op.JMP));
            }
            case CONTINUE -> {
                Target t = findTarget(b.label == null ? null : b.label.name, true);
                t.conts.add(e.jump(Op.JMP));
            }
            case FALLTHROUGH -> fallthroughs.add(e.jump(Op.JMP));
        }
    }

    private final List<Integer> fallthroughs = new ArrayList<>();

    private Target findTarget(String label, boolean loop) {
        for (int i = targets.size() - 1; i >= 0; i--) {
            Target t = targets.get(i);
            if (label != null ? label.equals(t.label) : (!loop || t.isLoop)) {
                if (loop && !t.isLoop) continue;
                return t;
            }
        }
        throw new CodegenException(null, "glassgo: internal error: no target for branch");
    }

    private void ifStmt(Stmt.If s) {
        if (s.init != null) stmt(s.init);
        int t0 = top;
        List<Integer> jf = condJumps(s.cond, false);
        top = t0;
        block(s.then.list);
        if (s.els != null) {
            int j = e.jump(Op.JMP);
            for (int x : jf) e.patch(x);
            stmt(s.els);
            e.patch(j);
        } else for (int x : jf) e.patch(x);
    }

    /**
     * Emits the jumps taken when cond evaluates to {@code when} (falling through otherwise) and
     * returns their patch handles: && and || become jump chains, ! flips the sense, and integer,
     * pointer and bool comparisons become one fused compare-and-jump (with an immediate operand
     * when one side is a small constant).
     */
    private List<Integer> condJumps(Expr cond, boolean when) {
        List<Integer> js = new ArrayList<>();
        TypeAndValue tv = info.typeAndValue(cond);
        if (tv != null && tv.value() != null && tv.mode() == Mode.CONSTANT && tv.value().kind() == ConstValue.Kind.BOOL) {
            if (tv.value().boolVal() == when) js.add(e.jump(Op.JMP));
            return js;
        }
        Expr c = unparen(cond);
        if (c instanceof Expr.Unary u && u.op == glassgo.compiler.syntax.Op.NOT) return condJumps(u.x, !when);
        if (c instanceof Expr.Binary b && (b.op == glassgo.compiler.syntax.Op.ANDAND || b.op == glassgo.compiler.syntax.Op.OROR)) {
            boolean and = b.op == glassgo.compiler.syntax.Op.ANDAND;
            if (and != when) {
                // (x && y) is false if either is false; (x || y) is true if either is true
                js.addAll(condJumps(b.x, when));
                js.addAll(condJumps(b.y, when));
                return js;
            }
            List<Integer> skip = condJumps(b.x, !when);
            js.addAll(condJumps(b.y, when));
            for (int j : skip) e.patch(j);
            return js;
        }
        if (c instanceof Expr.Binary b && isComparison(b.op) && wordCompare(b)) {
            js.add(compareJump(b, when));
            return js;
        }
        int r = expr(cond);
        js.add(e.jump(when ? Op.JT : Op.JF, r));
        return js;
    }

    private static boolean isComparison(glassgo.compiler.syntax.Op op) {
        return switch (op) { case EQL, NEQ, LSS, LEQ, GTR, GEQ -> true; default -> false; };
    }

    /** True if b compares one-word values whose order is the integers' (or == / != on words). */
    private boolean wordCompare(Expr.Binary b) {
        Type xt = info.typeOf(b.x), yt = info.typeOf(b.y);
        boolean eq = b.op == glassgo.compiler.syntax.Op.EQL || b.op == glassgo.compiler.syntax.Op.NEQ;
        if (isUntypedNil(xt) || isUntypedNil(yt)) {
            Type o = isUntypedNil(xt) ? yt : xt;
            return eq && !isUntypedNil(o);
        }
        return wordType(xt, eq) && wordType(yt, eq);
    }

    private static boolean wordType(Type t, boolean eq) {
        Type u = t.underlying();
        if (u instanceof Basic bt) return bt.isInteger() || (eq && bt.isBoolean()) || (eq && bt.kind() == BasicKind.UnsafePointer);
        return eq && (u instanceof Pointer || u instanceof Map || u instanceof Chan || u instanceof Signature);
    }

    private static boolean isShift(glassgo.compiler.syntax.Op op) {
        return op == glassgo.compiler.syntax.Op.SHL || op == glassgo.compiler.syntax.Op.SHR;
    }

    /**
     * A constant shift count as the integer Go's noder makes of it (the checker only verifies that
     * an untyped count such as {@code 1.0} or {@code 1+0i} is representable as a uint), else null.
     */
    private ConstValue constShiftCount(Expr y) {
        TypeAndValue tv = info.typeAndValue(y);
        if (tv == null || tv.value() == null || tv.mode() != Mode.CONSTANT) return null;
        return Constants.makeInt(tv.value().intVal());
    }

    /** The small-integer value of a constant operand (fits an int operand), else null. */
    private Long smallConst(Expr x) {
        TypeAndValue tv = info.typeAndValue(x);
        if (tv == null || tv.value() == null || tv.mode() != Mode.CONSTANT) return null;
        ConstValue.Kind k = tv.value().kind();
        if (k != ConstValue.Kind.INT && k != ConstValue.Kind.FLOAT) return null;
        if (!(tv.type().underlying() instanceof Basic bt) || !bt.isInteger()) return null;
        java.math.BigInteger v = tv.value().intVal();
        if (v.bitLength() >= 31) return null;
        return v.longValue();
    }

    /** One fused compare-and-jump for a word comparison; taken when the comparison == when. */
    private int compareJump(Expr.Binary b, boolean when) {
        glassgo.compiler.syntax.Op op = b.op;
        if (!when) op = switch (op) { case LSS -> glassgo.compiler.syntax.Op.GEQ; case GEQ -> glassgo.compiler.syntax.Op.LSS;
            case LEQ -> glassgo.compiler.syntax.Op.GTR; case GTR -> glassgo.compiler.syntax.Op.LEQ;
            case EQL -> glassgo.compiler.syntax.Op.NEQ; default -> glassgo.compiler.syntax.Op.EQL; };
        Expr x = b.x, y = b.y;
        Type xt = info.typeOf(x), yt = info.typeOf(y);
        if (isUntypedNil(xt) || isUntypedNil(yt)) {
            int v = expr(isUntypedNil(xt) ? y : x);
            return e.jump(op == glassgo.compiler.syntax.Op.EQL ? Op.JEQI : Op.JNEI, v, 0);
        }
        Long kx = smallConst(x), ky = smallConst(y);
        Type ct = kx != null ? yt : xt;
        boolean u64 = ct.underlying() instanceof Basic bt && bt.isUnsigned() && TypeMap.words(ct) == 1
                && (bt.kind() == BasicKind.Uint || bt.kind() == BasicKind.Uint64 || bt.kind() == BasicKind.Uintptr);
        boolean eq = op == glassgo.compiler.syntax.Op.EQL || op == glassgo.compiler.syntax.Op.NEQ;
        if (kx != null && ky == null) {
            // k op y  ==  y op' k
            Expr t = x; x = y; y = t; ky = kx; kx = null;
            op = switch (op) { case LSS -> glassgo.compiler.syntax.Op.GTR; case GTR -> glassgo.compiler.syntax.Op.LSS;
                case LEQ -> glassgo.compiler.syntax.Op.GEQ; case GEQ -> glassgo.compiler.syntax.Op.LEQ; default -> op; };
        }
        if (ky != null && (eq || !u64)) {
            int a = expr(x);
            long k = ky;
            switch (op) {
                case EQL: return e.jump(Op.JEQI, a, (int) k);
                case NEQ: return e.jump(Op.JNEI, a, (int) k);
                case LSS: return e.jump(Op.JLTI, a, (int) k);
                case GEQ: return e.jump(Op.JGEI, a, (int) k);
                case LEQ: return e.jump(Op.JLTI, a, (int) (k + 1));
                default: return e.jump(Op.JGEI, a, (int) (k + 1));
            }
        }
        int a = operand(x), c = operand(y);
        int lt = u64 ? Op.JLTU : Op.JLT, ge = u64 ? Op.JGEU : Op.JGE;
        switch (op) {
            case EQL: return e.jump(Op.JEQ, a, c);
            case NEQ: return e.jump(Op.JNE, a, c);
            case LSS: return e.jump(lt, a, c);
            case GEQ: return e.jump(ge, a, c);
            case LEQ: return e.jump(ge, c, a);
            default: return e.jump(lt, c, a);
        }
    }

    /** The register of a local variable that lives in registers, else -1. */
    private int regVar(Expr x) {
        if (unparen(x) instanceof Expr.Ident id && info.objectOf(id) instanceof Var v && !v.isGlobal()) {
            Loc l = vars.get(v);
            if (l != null && !l.mem) return l.reg;
        }
        return -1;
    }

    /** The register holding {@code len(x)} without code, for x a register variable of slice or string type, else -1. */
    private int lenReg(Expr x) {
        if (unparen(x) instanceof Expr.Call c && c.args.size() == 1 && info.typeAndValue(c.fun) != null && info.typeAndValue(c.fun).isBuiltin()
                && objOf(c.fun) instanceof Builtin b && b.id() == BuiltinId.LEN) {
            Type t = info.typeOf(c.args.get(0)).underlying();
            int s = t instanceof Slice || (t instanceof Basic bt && bt.isString()) ? regVar(c.args.get(0)) : -1;
            return s >= 0 ? s + 1 : -1;
        }
        return -1;
    }

    /** A compared word: {@code len(x)} is read in place from x's length register (no copy), anything else evaluated. */
    private int operand(Expr x) {
        int r = lenReg(x);
        return r >= 0 ? r : expr(x);
    }

    private void forStmt(Stmt.For s, String label) {
        if (s.init != null) stmt(s.init);
        loopDepth++;
        try { forLoop(s, label); } finally { loopDepth--; }
    }

    private void forLoop(Stmt.For s, String label) {
        Target t = new Target(label, true);
        targets.add(t);
        // rotated: the condition sits at the bottom and jumps back to the body while it holds
        int toCond = s.cond != null ? e.jump(Op.JMP) : -1;
        int body = e.here();
        block(s.body.list);
        int cont = e.here();
        for (int j : t.conts) e.patchTo(j, cont);
        // a fused increment-and-test loops back itself; the plain test below then serves only the entry jump
        if (s.post != null && !(toCond >= 0 && fusedLoopTest(s, body))) stmt(s.post);
        if (toCond >= 0) {
            e.patch(toCond);
            int t0 = top;
            for (int j : condJumps(s.cond, true)) e.patchTo(j, body);
            top = t0;
        } else e.jumpTo(Op.JMP, body);
        for (int j : t.breaks) e.patch(j);
        targets.remove(targets.size() - 1);
    }

    /**
     * For {@code i++}, {@code i += k} or {@code i -= k} (int or int64 register variable i, small
     * constant k) followed by the test {@code i < n} or {@code i <= n} (n a small constant, a
     * register variable or len of one), emits one INCLTI/INCLT that increments and jumps back to
     * body; returns false (nothing emitted) for any other post statement or condition.
     */
    private boolean fusedLoopTest(Stmt.For s, int body) {
        Expr iv; long k;
        if (s.post instanceof Stmt.IncDec id) { iv = id.x; k = id.op == glassgo.compiler.syntax.Op.INC ? 1 : -1; }
        else if (s.post instanceof Stmt.Assign a && a.lhs.size() == 1 && a.rhs.size() == 1
                && (a.op == glassgo.compiler.syntax.Op.ADD || a.op == glassgo.compiler.syntax.Op.SUB) && smallConst(a.rhs.get(0)) != null) {
            iv = a.lhs.get(0); k = a.op == glassgo.compiler.syntax.Op.ADD ? smallConst(a.rhs.get(0)) : -smallConst(a.rhs.get(0));
        } else return false;
        int i = regVar(iv);
        if (i < 0 || !(info.typeOf(iv).underlying() instanceof Basic bt) || (bt.kind() != BasicKind.Int && bt.kind() != BasicKind.Int64)) return false;
        if (!(unparen(s.cond) instanceof Expr.Binary c) || !(unparen(c.x) instanceof Expr.Ident cx)
                || info.objectOf(cx) != info.objectOf((Expr.Ident) unparen(iv))) return false;
        boolean le = c.op == glassgo.compiler.syntax.Op.LEQ;
        if (c.op != glassgo.compiler.syntax.Op.LSS && !le) return false;
        Long n = smallConst(c.y);
        if (n != null) {
            e.jumpTo(Op.INCLTI, body, i, (int) k, (int) (le ? n + 1 : n));
            return true;
        }
        if (le) return false;
        int b = lenReg(c.y);
        if (b < 0) b = regVar(c.y);
        if (b < 0 || !(info.typeOf(c.y).underlying() instanceof Basic yt) || (yt.kind() != BasicKind.Int && yt.kind() != BasicKind.Int64)) return false;
        e.jumpTo(Op.INCLT, body, i, (int) k, b);
        return true;
    }

    private void rangeStmt(Stmt.Range s, String label) {
        loopDepth++;
        try { rangeLoop(s, label); } finally { loopDepth--; }
    }

    private void rangeLoop(Stmt.Range s, String label) {
        Type xt = info.typeOf(s.x).underlying();
        boolean define = s.op == glassgo.compiler.syntax.Op.DEFINE;
        Target t = new Target(label, true);
        if (xt instanceof Pointer p) xt = p.elem().underlying();
        if (xt instanceof Map mt) { rangeMap(s, mt, t, define); return; }
        int x = tmpBytes(s.x);
        if (x < 0) x = expr(s.x);
        int len, ptr;
        boolean isString = xt instanceof Basic;
        Type elemT;
        long esize;
        if (isString) { ptr = alloc(1); markPtr(ptr); moveWords(ptr, x, 1); len = alloc(1); e.emit(Op.MOV, len, x + 1); elemT = Universe.RUNE; esize = 1; }
        else if (xt instanceof Slice sl) { ptr = alloc(1); markPtr(ptr); e.emit(Op.MOV, ptr, x); len = alloc(1); e.emit(Op.MOV, len, x + 1); elemT = sl.elem(); esize = cg.types.rtype(elemT).size; }
        else if (xt instanceof Array ar) {
            // range over an array value copies it (spec); over *array does not
            ptr = alloc(1); markPtr(ptr);
            if (info.typeOf(s.x).underlying() instanceof Pointer) e.emit(Op.MOV, ptr, x);
            else { int c = frameTemp(info.typeOf(s.x)); e.emit(Op.MOVE, c, x, tindex(info.typeOf(s.x))); e.emit(Op.MOV, ptr, c); }
            len = alloc(1); e.emit(Op.LDI, len, (int) ar.len()); elemT = ar.elem(); esize = cg.types.rtype(elemT).size;
        } else throw unsupported(s, "range over " + TypeMap.name(xt));
        int i = alloc(1);
        e.emit(Op.LDI, i, 0);
        pinned.set(i); pinned.set(ptr); pinned.set(len);
        if (!isString) { rangeIndexed(s, t, define, i, ptr, len, elemT, esize); return; }
        int next = alloc(1);
        if (define) declareRangeVars(s);
        targets.add(t);
        int head = e.here();
        int exit = e.jump(Op.JGE, i, len);
        int rune = -1;
        if (isString) {
            rune = alloc(2);
            int sreg = alloc(2); e.emit(Op.MOV, sreg, ptr); e.emit(Op.MOV, sreg + 1, len);
            e.emit(Op.DECRUNE, rune, sreg, i);
            e.emit(Op.ADD, next, i, rune + 1);
        } else e.emit(Op.ADDI, next, i, 1);
        // iteration variables
        if (s.key != null && !isBlank(s.key)) assignTo(s.key, i, Universe.INT, define);
        if (s.value != null && !isBlank(s.value)) {
            int v;
            if (isString) v = rune;
            else {
                int a = alloc(1); markPtr(a);
                e.emit(Op.MULI, a, i, (int) esize);
                e.emit(Op.ADD, a, a, ptr);
                v = loadFrom(a, 0, elemT);
            }
            assignTo(s.value, v, elemT, define);
        }
        int bodyTop = top;
        block(s.body.list);
        top = bodyTop;
        for (int j : t.conts) e.patchTo(j, e.here());
        e.emit(Op.MOV, i, next);
        e.jumpTo(Op.JMP, head);
        e.patch(exit);
        for (int j : t.breaks) e.patch(j);
        targets.remove(targets.size() - 1);
    }

    /** Range over a slice or array (pointer ptr, length len, counter i from 0), rotated: the test sits at the bottom. */
    private void rangeIndexed(Stmt.Range s, Target t, boolean define, int i, int ptr, int len, Type elemT, long esize) {
        if (define) declareRangeVars(s);
        targets.add(t);
        int toCond = e.jump(Op.JMP);
        int body = e.here();
        if (s.key != null && !isBlank(s.key)) assignTo(s.key, i, Universe.INT, define);
        if (s.value != null && !isBlank(s.value)) {
            int v;
            if (len == ptr + 1 && ldxOp(elemT) >= 0) {
                v = alloc(elemT);
                e.emit(ldxOp(elemT), v, ptr, i);
            } else {
                int a = alloc(1); markPtr(a);
                e.emit(Op.MULI, a, i, (int) esize);
                e.emit(Op.ADD, a, a, ptr);
                v = loadFrom(a, 0, elemT);
            }
            assignTo(s.value, v, elemT, define);
        }
        int bodyTop = top;
        block(s.body.list);
        top = bodyTop;
        for (int j : t.conts) e.patchTo(j, e.here());
        e.jumpTo(Op.INCLT, body, i, 1, len);
        e.patch(toCond);
        e.jumpTo(Op.JLT, body, i, len);
        for (int j : t.breaks) e.patch(j);
        targets.remove(targets.size() - 1);
        pinned.clear(i); pinned.clear(ptr); pinned.clear(len);
    }

    private void rangeMap(Stmt.Range s, Map mt, Target t, boolean define) {
        int m = expr(s.x);
        int mreg = alloc(1); markPtr(mreg); e.emit(Op.MOV, mreg, m);
        // hiter lives in frame memory (Go's hiter: key ptr, elem ptr, ...)
        long off = frameSlot(hiterType());
        int it = alloc(1); markPtr(it);
        e.emit(Op.FRAME, it, (int) off);
        e.emit(Op.CLR, it, (int) cg.hiterSize());
        e.emit(Op.MAPITER, it, mreg, tindex(mt));
        if (define) declareRangeVars(s);
        targets.add(t);
        int head = e.here();
        int kp = alloc(1); markPtr(kp);
        e.emit(Op.LD64, kp, it, 0);
        int exit = e.jump(Op.JF, kp);
        if (s.key != null && !isBlank(s.key)) assignTo(s.key, loadFrom(kp, 0, mt.key()), mt.key(), define);
        if (s.value != null && !isBlank(s.value)) {
            int vp = alloc(1); markPtr(vp); e.emit(Op.LD64, vp, it, 8);
            assignTo(s.value, loadFrom(vp, 0, mt.elem()), mt.elem(), define);
        }
        int bodyTop = top;
        block(s.body.list);
        top = bodyTop;
        for (int j : t.conts) e.patchTo(j, e.here());
        e.emit(Op.MAPNEXT, it);
        e.jumpTo(Op.JMP, head);
        e.patch(exit);
        for (int j : t.breaks) e.patch(j);
        targets.remove(targets.size() - 1);
    }

    /** Go 1.19: variables declared by a range clause are declared once and re-used by every iteration. */
    private void declareRangeVars(Stmt.Range s) {
        for (Expr x : new Expr[]{s.key, s.value}) {
            if (x instanceof Expr.Ident id && !isBlank(x) && info.defs.get(id) instanceof Var var && !vars.containsKey(var)) declare(var);
        }
    }

    private static boolean isBlank(Expr x) { return x instanceof Expr.Ident id && id.name.equals("_"); }

    /** Assigns register value v (type vt) to lhs; with define, declares the variable. */
    private void assignTo(Expr lhs, int v, Type vt, boolean define) { assignTo(lhs, v, vt, define, null); }

    /** As above; site: the right-hand expression (the site of an interface box the assignment makes). */
    private void assignTo(Expr lhs, int v, Type vt, boolean define, Node site) {
        if (isBlank(lhs)) return;
        if (lhs instanceof Expr.Ident id) {
            Obj o = info.objectOf(id);
            if (o instanceof Var var) {
                if (define && info.defs.get(id) != null && !vars.containsKey(var)) declare(var);
                int c = convertAt(v, vt, var.type(), site, false);
                storeVar(var, c);
                return;
            }
        }
        Type lt = info.typeOf(lhs);
        int c = convertAt(v, vt, lt, site, false);
        storeLvalue(lhs, c, lt);
    }

    private void switchStmt(Stmt.Switch s, String label) {
        if (s.init != null) stmt(s.init);
        Type tagT = s.tag == null ? Universe.BOOL : info.typeOf(s.tag);
        int tag;
        if (s.tag == null) { tag = alloc(1); e.emit(Op.LDI, tag, 1); }
        else {
            int t0 = constantCases(s) ? cmpOperand(s.tag) : -1; // walkSwitchExpr: string(b) with constant cases is not copied
            if (t0 < 0) t0 = expr(s.tag);
            tag = alloc(tagT); moveWords(tag, t0, TypeMap.words(tagT));
        }
        Target t = new Target(label, false);
        targets.add(t);
        int n = s.clauses.size();
        int[] bodyJumps = new int[n];
        List<List<Integer>> matches = new ArrayList<>();
        int defaultIdx = -1;
        for (int ci = 0; ci < n; ci++) {
            CaseClause cc = s.clauses.get(ci);
            List<Integer> js = new ArrayList<>();
            if (cc.isDefault()) defaultIdx = ci;
            else for (Expr x : cc.list) {
                int saved = top;
                line(x);
                int eq = equality(tag, tagT, x, true);
                js.add(e.jump(Op.JT, eq));
                top = saved;
            }
            matches.add(js);
        }
        int toDefault = e.jump(Op.JMP);
        int[] bodyStart = new int[n];
        List<Integer> ends = new ArrayList<>();
        List<Integer> pendingFall = new ArrayList<>();
        for (int ci = 0; ci < n; ci++) {
            CaseClause cc = s.clauses.get(ci);
            bodyStart[ci] = e.here();
            for (int j : matches.get(ci)) e.patchTo(j, e.here());
            for (int j : pendingFall) e.patchTo(j, e.here());
            pendingFall.clear();
            fallthroughs.clear();
            int saved = top;
            block(cc.body);
            top = saved;
            pendingFall.addAll(fallthroughs);
            fallthroughs.clear();
            ends.add(e.jump(Op.JMP));
        }
        if (defaultIdx >= 0) e.patchTo(toDefault, bodyStart[defaultIdx]); else ends.add(toDefault);
        for (int j : ends) e.patch(j);
        for (int j : t.breaks) e.patch(j);
        targets.remove(targets.size() - 1);
    }

    /** allCaseExprsAreSideEffectFree: every case expression is a constant. */
    private boolean constantCases(Stmt.Switch s) {
        for (CaseClause cc : s.clauses) if (cc.list != null) for (Expr x : cc.list) {
            TypeAndValue tv = info.typeAndValue(unparen(x));
            if (tv == null || tv.value() == null) return false;
        }
        return true;
    }

    /** R = (tag == x) where tag is in registers of type tagT. */
    private int equality(int tag, Type tagT, Expr x, boolean eq) {
        Type xt = info.typeOf(x);
        int xv = expr(x);
        return compareEq(tag, tagT, xv, xt, eq);
    }

    private void typeSwitch(Stmt.TypeSwitch s, String label) {
        if (s.init != null) stmt(s.init);
        Type xt = info.typeOf(s.x);
        int x0 = expr(s.x);
        int x = alloc(2); markPtr(x); markPtr(x + 1); moveWords(x, x0, 2);
        Target t = new Target(label, false);
        targets.add(t);
        int n = s.clauses.size();
        List<List<Integer>> matches = new ArrayList<>();
        int defaultIdx = -1;
        for (int ci = 0; ci < n; ci++) {
            CaseClause cc = s.clauses.get(ci);
            List<Integer> js = new ArrayList<>();
            if (cc.isDefault()) defaultIdx = ci;
            else for (Expr te : cc.list) {
                int saved = top;
                TypeAndValue tv = info.typeAndValue(te);
                int r = alloc(1);
                if (tv != null && tv.isNil()) { e.emit(Op.EQ, r, x, zeroReg()); }
                else {
                    Type ct = tv.type();
                    if (ct.underlying() instanceof Interface) {
                        int res = alloc(3);
                        e.emit(Op.ASSERTI, res, x, tindex(ct), 1 | (tindex(xt) << 1));
                        r = res + 2;
                    } else e.emit(Op.TYPEIS, r, x, tindex(ct));
                }
                js.add(e.jump(Op.JT, r));
                top = saved;
            }
            matches.add(js);
        }
        int toDefault = e.jump(Op.JMP);
        int[] bodyStart = new int[n];
        List<Integer> ends = new ArrayList<>();
        for (int ci = 0; ci < n; ci++) {
            CaseClause cc = s.clauses.get(ci);
            bodyStart[ci] = e.here();
            for (int j : matches.get(ci)) e.patchTo(j, e.here());
            int saved = top;
            Obj impl = info.implicits.get(cc);
            if (impl instanceof Var v && s.bind != null) {
                Type vt = v.type();
                Loc l = declare(v);
                if (vt.underlying() instanceof Interface) {
                    int c = alloc(2); moveWords(c, x, 2);
                    storeVar(v, c);
                } else {
                    int res = alloc(TypeMap.words(vt) + 1);
                    e.emit(Op.ASSERT, res, x, tindex(vt), 1 | (tindex(xt) << 1));
                    storeVar(v, res);
                }
            }
            block(cc.body);
            top = Math.max(saved, top);
            ends.add(e.jump(Op.JMP));
        }
        if (defaultIdx >= 0) e.patchTo(toDefault, bodyStart[defaultIdx]); else ends.add(toDefault);
        for (int j : ends) e.patch(j);
        for (int j : t.breaks) e.patch(j);
        targets.remove(targets.size() - 1);
    }

    private int zeroReg() { int r = alloc(1); e.emit(Op.LDI, r, 0); return r; }

    private void returnStmt(Stmt.Return r) {
        List<Var> rs = sig.results().vars();
        if (!r.results.isEmpty()) {
            List<Integer> vals = new ArrayList<>();
            List<Type> types = new ArrayList<>();
            if (r.results.size() == 1 && rs.size() > 1) {
                // return f() with multiple results
                int base = expr(r.results.get(0));
                int off = 0;
                for (Var v : rs) { vals.add(base + off); types.add(v.type()); off += TypeMap.words(v.type()); }
            } else {
                for (int i = 0; i < r.results.size(); i++) {
                    Expr x = r.results.get(i);
                    int v = exprTo(x, rs.get(i).type());
                    if (TypeMap.aggregate(rs.get(i).type())) {
                        int c = frameTemp(rs.get(i).type());
                        e.emit(Op.MOVE, c, v, tindex(rs.get(i).type()));
                        v = c;
                    }
                    vals.add(v); types.add(rs.get(i).type());
                }
            }
            if (!hasDefer) {
                // no deferred call can observe the result variables: move the values to R[0..] and return
                int rw = 0;
                for (Var v : rs) rw += TypeMap.words(v.type());
                int dst = 0;
                for (int i = 0; i < rs.size(); i++) {
                    int w = TypeMap.words(rs.get(i).type()), v = vals.get(i);
                    // a value in the result area that an earlier move would overwrite is copied aside first
                    if (rs.size() > 1 && v < rw && v != dst) { int c = alloc(w); moveWords(c, v, w); vals.set(i, c); }
                    dst += w;
                }
                dst = 0;
                for (int i = 0; i < rs.size(); i++) {
                    int w = TypeMap.words(rs.get(i).type());
                    moveValue(dst, vals.get(i), w);
                    dst += w;
                }
                e.emit(Op.RET);
                return;
            }
            for (int i = 0; i < rs.size(); i++) storeVar(rs.get(i), vals.get(i));
        }
        returnJumps.add(e.jump(Op.JMP));
    }

    private void deferStmt(Stmt.Defer d) {
        Expr.Call call = (Expr.Call) unparen(d.call);
        Expr f = unparen(call.fun);
        boolean inLoop = loopDepth > 0;
        if (inLoop) heapArgs++;
        try { deferCall(call, f, inLoop); } finally { if (inLoop) heapArgs--; }
    }

    private void deferCall(Expr.Call call, Expr f, boolean inLoop) {
        int fn;
        List<Integer> argRegs = new ArrayList<>();
        List<Type> argTypes = new ArrayList<>();
        TypeAndValue ftv = info.typeAndValue(f);
        if (ftv != null && ftv.isBuiltin()) {
            // defer of a builtin (Go wraps it in a closure): the arguments are evaluated now and
            // passed to a synthesized function that performs the builtin
            Builtin b = (Builtin) objOf(f);
            // defer recover(): recover is not called by a deferred function, so it never recovers
            // and has no effect at all
            if (b.id() == BuiltinId.RECOVER) return;
            call = spreadBuiltinArgs(call);
            List<Expr> args = new ArrayList<>();
            for (Expr a : call.args) if (info.typeAndValue(a) == null || info.typeAndValue(a).value() == null) args.add(a);
            List<Type> ts = new ArrayList<>();
            List<Var> ps = new ArrayList<>();
            for (Expr a : args) {
                Type t = info.typeOf(a);
                if (t instanceof Basic bt && bt.isUntyped()) t = defaultTypeOf(bt);
                int v = convert(expr(a), info.typeOf(a), t);
                argRegs.add(v); argTypes.add(t); ts.add(t);
                ps.add(Var.param("a" + ps.size(), t, null, a.pos()));
            }
            int wid = cg.deferredBuiltin(this, call, b, args, ts);
            fn = alloc(1); markPtr(fn);
            e.emit(Op.FUNCVAL, fn, wid);
            emitDefer(fn, argRegs, argTypes, inLoop, new Signature(null, new Tuple(ps), Tuple.EMPTY, false), false, false);
            return;
        }
        Signature fsig = (Signature) info.typeOf(f).underlying();
        boolean method = false, dynamic = false;
        if (f instanceof Expr.Selector sel && info.selections.get(sel) != null && info.selections.get(sel).kind() == Selection.Kind.MethodVal) {
            method = true;
            Selection selc = info.selections.get(sel);
            Func m = (Func) selc.obj();
            if (selc.recv().underlying() instanceof Interface || isIfaceEmbeddedRecv(selc)) {
                // defer i.M(args): the interface method value is evaluated now (nil panics here);
                // its two words ride in a wrapper closure (frame memory, or heap in a loop)
                int iv = selc.index().length > 1 ? embeddedIface(sel, selc) : expr(sel.x);
                e.emit(Op.NILCHK, iv);
                int c = alloc(3);
                markPtr(c); markPtr(c + 1); markPtr(c + 2);
                moveWords(c + 1, iv, 2);
                fn = makeClosure(c, cg.ifaceBound(m), List.of(true, true), inLoop);
                collectArgs(call, fsig, argRegs, argTypes);
                emitDefer(fn, argRegs, argTypes, inLoop, fsig, false, true);
                return;
            }
            fn = alloc(1); markPtr(fn);
            e.emit(Op.FUNCVAL, fn, cg.funcId(m));
            int rv = receiver(sel, selc, m);
            Type rt = m.signature().recv().type();
            argRegs.add(rv); argTypes.add(rt);
        } else {
            dynamic = !(objOf(f) instanceof Func);
            int fv = expr(f);
            fn = alloc(1); markPtr(fn); e.emit(Op.MOV, fn, fv);
        }
        collectArgs(call, fsig, argRegs, argTypes);
        emitDefer(fn, argRegs, argTypes, inLoop, fsig, method, dynamic);
    }

    private void emitDefer(int fn, List<Integer> argRegs, List<Type> argTypes, boolean inLoop, Signature fsig, boolean method, boolean dynamic) {
        int total = 0;
        for (Type t : argTypes) total += TypeMap.words(t);
        int base = alloc(total);
        int off = 0;
        for (int i = 0; i < argRegs.size(); i++) {
            Type t = argTypes.get(i);
            int v = argRegs.get(i);
            // an aggregate argument is kept in a copy until the call: frame memory for a top-level
            // defer (Go keeps such arguments in the frame), heap for a defer in a loop
            if (TypeMap.aggregate(t)) { int c = newObject(t, inLoop); e.emit(Op.MOVE, c, v, tindex(t)); v = c; }
            moveWords(base + off, v, TypeMap.words(t));
            boolean[] pw = TypeMap.aggregate(t) ? new boolean[]{true} : TypeMap.ptrWords(t);
            for (int w = 0; w < pw.length; w++) if (pw[w]) markPtr(base + off + w);
            off += TypeMap.words(t);
        }
        if (inLoop) deferWrapper(fsig, method, dynamic, argTypes);
        e.emit(Op.DEFER, fn, base, total | (inLoop ? Op.DEFER_HEAP : 0));
    }

    /**
     * A defer in a loop escapes: Go 1.19 wraps {@code defer f(args)} in a closure that captures the
     * evaluated callee (when it is not a static function), receiver and arguments, allocated on
     * the heap when it captures anything (escape.goDeferStmt). glassgo keeps those words in its
     * defer record, so only the allocation is made here, with the wrapper's layout.
     */
    private void deferWrapper(Signature fsig, boolean method, boolean dynamic, List<Type> argTypes) {
        if (!method && fsig.params().vars().isEmpty() && fsig.results().vars().isEmpty()) return; // no wrapper
        List<glassgo.runtime.types.FieldSpec> fs = new ArrayList<>();
        fs.add(new glassgo.runtime.types.FieldSpec("F", RType.basic(glassgo.runtime.types.Kind.UINTPTR), false));
        if (dynamic) fs.add(new glassgo.runtime.types.FieldSpec("fn", RType.unsafePointer(), false));
        for (int i = 0; i < argTypes.size(); i++) fs.add(new glassgo.runtime.types.FieldSpec("a" + i, cg.types.rtype(argTypes.get(i)), false));
        if (fs.size() == 1) return; // captures nothing: a static closure
        int r = alloc(1); markPtr(r);
        e.emit(Op.NEW, r, cg.prog.typeIndex(RType.struct("struct { F uintptr; ... }", fs)));
    }

    private void incDec(Stmt.IncDec s) {
        Type t = info.typeOf(s.x);
        glassgo.compiler.syntax.Op op = s.op == glassgo.compiler.syntax.Op.INC ? glassgo.compiler.syntax.Op.ADD : glassgo.compiler.syntax.Op.SUB;
        if (t.underlying() instanceof Basic b && b.isInteger()) { opAssign(s.x, op, -1, t, 1L); return; }
        int one = constOne(t);
        opAssign(s.x, op, one, t, null);
    }

    private int constOne(Type t) {
        Type u = t.underlying();
        int r = alloc(t);
        if (u instanceof Basic b && b.isFloat()) e.emit(Op.LDK, r, cg.constIndex(this, Double.doubleToRawLongBits(1.0)));
        else if (u instanceof Basic b && b.isComplex()) { e.emit(Op.LDK, r, cg.constIndex(this, Double.doubleToRawLongBits(1.0))); e.emit(Op.LDI, r + 1, 0); }
        else e.emit(Op.LDI, r, 1);
        return r;
    }

    /** lhs op= rhs; with imm non-null the right operand is that small integer constant (rhs unused). */
    private void opAssign(Expr lhs, glassgo.compiler.syntax.Op op, int rhs, Type rt, Long imm) {
        Type t = info.typeOf(lhs);
        Expr l = unparen(lhs);
        if (l instanceof Expr.Ident id && info.objectOf(id) instanceof Var v && !v.isGlobal() && !vars.get(v).mem) {
            int cur = vars.get(v).reg;
            int res = imm != null ? binaryImm(op, cur, imm, t) : binary(op, cur, t, rhs, rt, t);
            moveValue(cur, res, TypeMap.words(t));
            return;
        }
        if (l instanceof Expr.Index ix && info.typeOf(ix.x).underlying() instanceof Map mt) {
            int m = expr(ix.x);
            int k = keyAddr(ix.index, mt.key());
            int slot = alloc(1); markPtr(slot);
            e.emit(Op.MAPSET, slot, m, tindex(mt), k);
            int cur = loadFrom(slot, 0, t);
            int res = imm != null ? binaryImm(op, cur, imm, t) : binary(op, cur, t, rhs, rt, t);
            storeTo(slot, 0, res, t);
            return;
        }
        if (l instanceof Expr.Index ix && info.typeOf(ix.x).underlying() instanceof Slice sl && ldxOp(sl.elem()) >= 0 && stxOp(sl.elem()) >= 0) {
            // s[i] op= v: fused bounds-checked load and store (the same check twice: same outcome)
            int s = expr(ix.x);
            int i = expr(ix.index);
            uindexCheck(i, ix.index, s + 1);
            int cur = alloc(t);
            e.emit(ldxOp(sl.elem()), cur, s, i);
            int res = imm != null ? binaryImm(op, cur, imm, t) : binary(op, cur, t, rhs, rt, t);
            e.emit(stxOp(sl.elem()), s, i, res);
            return;
        }
        int a, off = 0;
        Selection fs = fieldSel(l);
        if (fs != null) { int[] ref = fieldRef((Expr.Selector) l, fs); a = ref[0]; off = ref[1]; }
        else a = address(l);
        int cur = loadFrom(a, off, t);
        int res = imm != null ? binaryImm(op, cur, imm, t) : binary(op, cur, t, rhs, rt, t);
        storeTo(a, off, res, t);
    }

    private void localDecl(Decl.Gen d) {
        for (Spec sp : d.specs) {
            if (sp instanceof Spec.Value vs && d.kind == Decl.GenKind.VAR) {
                List<Var> vs2 = new ArrayList<>();
                for (Expr.Ident id : vs.names) vs2.add((Var) info.defs.get(id));
                if (vs.values.isEmpty()) { for (Var v : vs2) if (v != null) declare(v); continue; }
                List<Integer> vals = new ArrayList<>();
                List<Type> types = new ArrayList<>();
                rhsValues(vs.values, vs2.size(), vals, types);
                for (int i = 0; i < vs2.size(); i++) {
                    Var v = vs2.get(i);
                    if (v == null || v.name().equals("_")) continue;
                    declare(v);
                    Node site = vs.values.size() == vs2.size() ? vs.values.get(i) : null;
                    storeVar(v, convertAt(vals.get(i), types.get(i), v.type(), site, false));
                }
            }
            // const and type declarations generate no code
        }
    }

    /** Evaluates right-hand sides into independent registers (aggregates copied), handling f() with multiple results and comma-ok forms. */
    private void rhsValues(List<Expr> rhs, int nlhs, List<Integer> vals, List<Type> types) {
        if (rhs.size() == nlhs) {
            for (Expr x : rhs) {
                Type t = info.typeOf(x);
                int v = expr(x);
                if (TypeMap.aggregate(t)) { int c = frameTemp(t); e.emit(Op.MOVE, c, v, tindex(t)); v = c; }
                else if (nlhs > 1) { int c = alloc(t); moveWords(c, v, TypeMap.words(t)); v = c; }
                vals.add(v); types.add(t);
            }
            return;
        }
        // one rhs, several lhs
        Expr x = unparen(rhs.get(0));
        TypeAndValue tv = info.typeAndValue(x);
        if (x instanceof Expr.Call) {
            Type t = tv.type();
            int base = expr(x);
            Tuple tup = (Tuple) t;
            int off = 0;
            for (Var v : tup.vars()) {
                int r = base + off;
                if (TypeMap.aggregate(v.type())) { int c = frameTemp(v.type()); e.emit(Op.MOVE, c, r, tindex(v.type())); r = c; }
                vals.add(r); types.add(v.type()); off += TypeMap.words(v.type());
            }
            return;
        }
        // comma-ok
        int[] res = commaOk(x);
        vals.add(res[0]); types.add(valueType(x));
        vals.add(res[1]); types.add(Universe.BOOL);
    }

    private Type valueType(Expr x) {
        if (x instanceof Expr.Index ix) return ((Map) info.typeOf(ix.x).underlying()).elem();
        if (x instanceof Expr.TypeAssert ta) return info.typeOf(ta.type);
        TypeAndValue tv = info.typeAndValue(x);
        if (tv.type() instanceof Tuple tu) return tu.at(0).type();
        return tv.type();
    }

    /** v, ok forms: map index, type assertion. Returns {valueReg, okReg}. */
    private int[] commaOk(Expr x) {
        if (x instanceof Expr.Index ix) {
            Map mt = (Map) info.typeOf(ix.x).underlying();
            int m = expr(ix.x);
            int k = keyAddrRead(ix.index, mt.key());
            int res = alloc(2); markPtr(res);
            e.emit(Op.MAPGET, res, m, tindex(mt), k);
            int v = loadFrom(res, 0, mt.elem());
            if (TypeMap.aggregate(mt.elem())) { int c = frameTemp(mt.elem()); e.emit(Op.MOVE, c, v, tindex(mt.elem())); v = c; }
            return new int[]{v, res + 1};
        }
        if (x instanceof Expr.TypeAssert ta) {
            Type t = info.typeOf(ta.type);
            int src = expr(ta.x);
            Type st = info.typeOf(ta.x);
            int w = TypeMap.words(t);
            int res = alloc(w + 1);
            if (t.underlying() instanceof Interface) { markPtr(res); markPtr(res + 1); e.emit(Op.ASSERTI, res, src, tindex(t), 1 | (tindex(st) << 1)); }
            else { boolean[] p = TypeMap.ptrWords(t); for (int i = 0; i < p.length; i++) if (p[i]) markPtr(res + i); e.emit(Op.ASSERT, res, src, tindex(t), 1 | (tindex(st) << 1)); }
            return new int[]{res, res + w};
        }
        throw unsupported(x, "comma-ok receive operations");
    }

    private void assign(Stmt.Assign a) {
        glassgo.compiler.syntax.Op op = a.op;
        if (op != glassgo.compiler.syntax.Op.ASSIGN && op != glassgo.compiler.syntax.Op.DEFINE) {
            Expr r = a.rhs.get(0);
            Type lt = info.typeOf(a.lhs.get(0));
            Long k = smallConst(r);
            if (k != null && immOp(op) && lt.underlying() instanceof Basic lb && lb.isInteger()) { opAssign(a.lhs.get(0), op, -1, lt, k); return; }
            ConstValue count = isShift(op) ? constShiftCount(r) : null;
            if (count != null) { opAssign(a.lhs.get(0), op, constant(count, Universe.UINT), Universe.UINT, null); return; }
            int rv = expr(r);
            opAssign(a.lhs.get(0), op, rv, info.typeOf(r), null);
            return;
        }
        boolean define = op == glassgo.compiler.syntax.Op.DEFINE;
        // phase 1 (spec, Assignments): operands of index expressions and pointer indirections on the
        // left, then the right-hand side, in the usual order; phase 2: the assignments, left to right
        List<Lvalue> lvs = new ArrayList<>();
        for (Expr l : a.lhs) lvs.add(define ? null : prepareLvalue(l, a.lhs.size() > 1));
        if (a.lhs.size() == 1 && a.rhs.size() == 1) {
            Expr l = a.lhs.get(0);
            Type rt = info.typeOf(a.rhs.get(0));
            int v = expr(a.rhs.get(0));
            if (TypeMap.aggregate(rt) && !(l instanceof Expr.Ident)) { int c = frameTemp(rt); e.emit(Op.MOVE, c, v, tindex(rt)); v = c; }
            assignPrepared(l, lvs.get(0), v, rt, define, a.rhs.get(0));
            return;
        }
        List<Integer> vals = new ArrayList<>();
        List<Type> types = new ArrayList<>();
        rhsValues(a.rhs, a.lhs.size(), vals, types);
        for (int i = 0; i < a.lhs.size(); i++) assignPrepared(a.lhs.get(i), lvs.get(i), vals.get(i), types.get(i), define);
    }

    /** A left-hand side whose operands are evaluated: an element/field/deref address, or a map and key. */
    private record Lvalue(int addr, int map, int key, Map mapType, int off, int slice, int index) {
        Lvalue(int addr, int map, int key, Map mapType) { this(addr, map, key, mapType, 0, -1, -1); }
    }

    /** Evaluates the operands of lhs (null when lhs is a blank or a plain variable, stored directly in phase 2). */
    /** multi: other assignments of the same statement may change variables the operands live in (copy them). */
    private Lvalue prepareLvalue(Expr lhs, boolean multi) {
        Expr l = unparen(lhs);
        if (isBlank(l) || l instanceof Expr.Ident) return null;
        Selection fs = fieldSel(l);
        if (fs != null) {
            // field at register + offset; a nil base faults at the store (after the right side, as Go)
            int[] ref = fieldRef((Expr.Selector) l, fs);
            int a = ref[0];
            if (multi && isPinned(a, 1)) { a = alloc(1); markPtr(a); e.emit(Op.MOV, a, ref[0]); }
            return new Lvalue(a, -1, -1, null, ref[1], -1, -1);
        }
        if (l instanceof Expr.Index ix && info.typeOf(ix.x).underlying() instanceof Slice sl && stxOp(sl.elem()) >= 0) {
            // slice element: bounds-checked at the store (after the right side, as Go)
            int sr = expr(ix.x);
            if (multi && isPinned(sr, 3)) { int c = alloc(3); markPtr(c); e.emit(Op.MOV3, c, sr); sr = c; }
            int i = expr(ix.index);
            if (multi && isPinned(i, 1)) { int c = alloc(1); e.emit(Op.MOV, c, i); i = c; }
            uindexCheck(i, ix.index, sr + 1);
            return new Lvalue(-1, -1, -1, null, 0, sr, i);
        }
        if (l instanceof Expr.Star st && !TypeMap.aggregate(info.typeOf(l))) {
            // *p = v: a nil p faults at the store (phase 2, after earlier assignments, as Go);
            // a zero-size store touches no memory, so that one is checked here
            int p = expr(st.x);
            if (cg.types.rtype(info.typeOf(l)).size == 0) e.emit(Op.NILCHK, p);
            if (multi && isPinned(p, 1)) { int c = alloc(1); markPtr(c); e.emit(Op.MOV, c, p); p = c; }
            return new Lvalue(p, -1, -1, null, 0, -1, -1);
        }
        if (l instanceof Expr.Index ix && info.typeOf(ix.x).underlying() instanceof Map mt) {
            int m0 = expr(ix.x);
            int m = alloc(1); markPtr(m); e.emit(Op.MOV, m, m0);
            return new Lvalue(-1, m, keyAddr(ix.index, mt.key()), mt);
        }
        return new Lvalue(address(l), -1, -1, null);
    }

    private void assignPrepared(Expr lhs, Lvalue lv, int v, Type vt, boolean define) { assignPrepared(lhs, lv, v, vt, define, null); }

    /** As above; site: the right-hand expression (the site of an interface box the assignment makes). */
    private void assignPrepared(Expr lhs, Lvalue lv, int v, Type vt, boolean define, Node site) {
        if (lv == null) { assignTo(lhs, v, vt, define, site); return; }
        Type lt = info.typeOf(lhs);
        storePrepared(lhs, lv, convertAt(v, vt, lt, site, false), lt);
    }

    /** Phase 2 of an assignment: stores c (of the lvalue's type lt) into the prepared lvalue. */
    private void storePrepared(Expr lhs, Lvalue lv, int c, Type lt) {
        if (lv.map() >= 0) {
            int slot = alloc(1); markPtr(slot);
            e.emit(Op.MAPSET, slot, lv.map(), tindex(lv.mapType()), lv.key());
            storeTo(slot, 0, c, lt);
        } else if (lv.slice() >= 0) e.emit(stxOp(((Slice) info.typeOf(unparen(lhs) instanceof Expr.Index ix ? ix.x : lhs).underlying()).elem()), lv.slice(), lv.index(), c);
        else storeTo(lv.addr(), lv.off(), c, lt);
    }

    /** Stores value v (already converted to the lvalue's type t) into lvalue l. */
    private void storeLvalue(Expr l, int v, Type t) {
        l = unparen(l);
        if (l instanceof Expr.Ident id) { storeVar((Var) info.objectOf(id), v); return; }
        storePrepared(l, prepareLvalue(l, false), v, t);
    }

    /** The fused bounds-checked load for slice/string elements of type et (LDX64, LDX8U), or -1. */
    private int ldxOp(Type et) {
        if (TypeMap.aggregate(et) || TypeMap.words(et) != 1) return -1;
        if (et.underlying() instanceof Basic b) {
            switch (b.kind()) {
                case Bool: case Uint8: return Op.LDX8U;
                case Int8: case Int16: case Uint16: case Int32: case Uint32: case Float32: return -1;
                default: break;
            }
        }
        return cg.types.rtype(et).size == 8 ? Op.LDX64 : -1;
    }

    /** The fused bounds-checked store for slice elements of type et (STX64 for non-pointer words, STX8), or -1. */
    private int stxOp(Type et) {
        if (TypeMap.aggregate(et) || TypeMap.words(et) != 1 || TypeMap.ptrWords(et)[0]) return -1;
        if (et.underlying() instanceof Basic b) {
            switch (b.kind()) {
                case Bool: case Uint8: case Int8: return Op.STX8;
                case Int16: case Uint16: case Int32: case Uint32: case Float32: return -1;
                default: break;
            }
        }
        return cg.types.rtype(et).size == 8 ? Op.STX64 : -1;
    }

    /** Address of an addressable expression (or of a map-less element / field / deref). */
    private int address(Expr x) {
        x = unparen(x);
        if (x instanceof Expr.Ident id) return addrOf((Var) info.objectOf(id));
        if (x instanceof Expr.Star st) {
            int p = expr(st.x);
            e.emit(Op.NILCHK, p);
            return p;
        }
        if (x instanceof Expr.Selector sel) {
            Selection s = info.selections.get(sel);
            if (s == null) {
                // qualified identifier: pkg.Var
                return addrOf((Var) info.uses.get(sel.sel));
            }
            return fieldAddr(sel, s);
        }
        if (x instanceof Expr.Index ix) {
            Type xt = info.typeOf(ix.x).underlying();
            if (xt instanceof Pointer p) {
                Array at = (Array) p.elem().underlying();
                int base = expr(ix.x);
                e.emit(Op.NILCHK, base);
                return indexArray(base, at, ix.index);
            }
            if (xt instanceof Array at) {
                int base = address(ix.x);
                return indexArray(base, at, ix.index);
            }
            if (xt instanceof Slice sl) {
                int s = expr(ix.x);
                int i = expr(ix.index);
                uindexCheck(i, ix.index, s + 1);
                int r = alloc(1); markPtr(r);
                e.emit(Op.IDX, r, s, i, (int) cg.types.rtype(sl.elem()).size);
                return r;
            }
        }
        if (x instanceof Expr.CompositeLit cl) {
            return expr(cl);
        }
        // a non-addressable aggregate (call result, conversion, assertion: f()[i], T(v).f) is read
        // in place: its value already lives in memory and expr gives that memory's address
        if (TypeMap.aggregate(info.typeOf(x))) return expr(x);
        throw unsupported(x, "taking the address of this expression");
    }

    private int indexArray(int base, Array at, Expr index) {
        long es = cg.types.rtype(at.elem()).size;
        TypeAndValue tv = info.typeAndValue(index);
        int r = alloc(1); markPtr(r);
        if (tv != null && tv.value() != null) {
            e.emit(Op.LEA, r, base, (int) (tv.value().int64Val() * es));
        } else {
            int i = expr(index);
            if (isU64(info.typeOf(index))) { int n = alloc(1); e.emit(Op.LDI, n, (int) at.len()); uindexCheck(i, index, n); }
            e.emit(Op.IDXK, r, base, i, (int) es, (int) at.len());
        }
        return r;
    }

    /** Address of the field selected by sel (following embedded paths). */
    private int fieldAddr(Expr.Selector sel, Selection s) {
        Type t = info.typeOf(sel.x);
        int base;
        if (t.underlying() instanceof Pointer) {
            base = expr(sel.x);
            // a zero-size field is never loaded, so no memory fault would report a nil base
            if (cg.types.rtype(info.typeOf(sel)).size == 0) e.emit(Op.NILCHK, base);
        }
        else if (TypeMap.aggregate(t)) { base = addressOrValue(sel.x); }
        else base = address(sel.x);
        return walkPath(base, t, s.index(), s.index().length);
    }

    /** For aggregates, the value register already holds an address. */
    private int addressOrValue(Expr x) {
        return expr(x);
    }

    private int walkPath(int base, Type t, int[] path, int n) {
        int[] ref = walkPathRef(base, t, path, n);
        if (ref[1] == 0 && ref[0] != base) return ref[0];
        int nr = alloc(1); markPtr(nr);
        e.emit(Op.LEA, nr, ref[0], ref[1]);
        return nr;
    }

    /** Like walkPath, but returns {register, offset}: the field is at R[register] + offset (loads and stores take the offset as an operand). */
    private int[] walkPathRef(int base, Type t, int[] path, int n) {
        int cur = base;
        long off = 0;
        Type ct = t;
        for (int i = 0; i < n; i++) {
            if (ct.underlying() instanceof Pointer p) {
                ct = p.elem();
                if (i > 0) { int nr = alloc(1); markPtr(nr); e.emit(Op.LD64, nr, cur, (int) off); cur = nr; off = 0; }
            }
            Struct st = (Struct) ct.underlying();
            RType rs = cg.types.rtype(ct);
            off += rs.fields[path[i]].offset();
            ct = st.field(path[i]).type();
        }
        return new int[]{cur, (int) off};
    }

    /** The field selected by sel as {register, offset} (see walkPathRef). */
    private int[] fieldRef(Expr.Selector sel, Selection s) {
        Type t = info.typeOf(sel.x);
        int base;
        if (t.underlying() instanceof Pointer) {
            base = expr(sel.x);
            // a zero-size field is never loaded, so no memory fault would report a nil base
            if (cg.types.rtype(info.typeOf(sel)).size == 0) e.emit(Op.NILCHK, base);
        }
        else if (TypeMap.aggregate(t)) { base = addressOrValue(sel.x); }
        else base = address(sel.x);
        return walkPathRef(base, t, s.index(), s.index().length);
    }

    /** A field selector (not a qualified identifier or method), or null. */
    private Selection fieldSel(Expr x) {
        if (!(x instanceof Expr.Selector sel)) return null;
        Selection s = info.selections.get(sel);
        return s != null && s.kind() == Selection.Kind.FieldVal ? s : null;
    }

    // ------------------------------------------------------------------ expressions

    private static Expr unparen(Expr x) { while (x instanceof Expr.Paren p) x = p.x; return x; }

    private void exprDiscard(Expr x) { expr(x); }

    /** Evaluates x; returns the first register of its value (aggregates: address; tuples: consecutive). */
    /** Pre-evaluated operands (a deferred builtin's wrapper reads its arguments from its parameters). */
    private java.util.IdentityHashMap<Expr, Integer> argOverride;

    int expr(Expr x) {
        if (argOverride != null) { Integer r = argOverride.get(x); if (r != null) return r; }
        TypeAndValue tv = info.typeAndValue(x);
        if (tv != null && tv.value() != null && tv.mode() == Mode.CONSTANT) return constant(tv.value(), tv.type());
        x = unparen(x);
        if (x instanceof Expr.Ident id) return ident(id, tv);
        if (x instanceof Expr.Binary b) return binaryExpr(b);
        if (x instanceof Expr.Unary u) return unary(u);
        if (x instanceof Expr.Call c) return call(c);
        if (x instanceof Expr.Selector s) return selector(s);
        if (x instanceof Expr.Index ix) return index(ix);
        if (x instanceof Expr.Star st) {
            Type t = info.typeOf(x);
            int p = expr(st.x);
            e.emit(Op.NILCHK, p);
            return loadFrom(p, 0, t);
        }
        if (x instanceof Expr.CompositeLit cl) return composite(cl, info.typeOf(cl));
        if (x instanceof Expr.FuncLit fl) return funcLit(fl);
        if (x instanceof Expr.Slice sl) return sliceExpr(sl);
        if (x instanceof Expr.TypeAssert ta) {
            Type t = info.typeOf(ta.type);
            int src = expr(ta.x);
            Type st = info.typeOf(ta.x);
            int res = alloc(t);
            e.emit(t.underlying() instanceof Interface ? Op.ASSERTI : Op.ASSERT, res, src, tindex(t), tindex(st) << 1);
            return res;
        }
        if (x instanceof Expr.KeyValue) throw new CodegenException(x.pos(), "glassgo: internal error: key-value outside literal");
        throw unsupported(x, x.getClass().getSimpleName() + " expressions");
    }

    private int ident(Expr.Ident id, TypeAndValue tv) {
        Obj o = info.objectOf(id);
        if (o instanceof Var v) return load(v);
        if (o instanceof Func f) {
            int r = alloc(1); markPtr(r);
            e.emit(Op.FUNCVAL, r, cg.funcId(f));
            return r;
        }
        if (o instanceof Nil || (tv != null && tv.isNil())) {
            Type t = tv != null ? tv.type() : Universe.UNTYPED_NIL;
            int w = t == Universe.UNTYPED_NIL ? 1 : TypeMap.words(t);
            int r = alloc(Math.max(w, 3));
            e.emit(Op.ZERO, r, Math.max(w, 3));
            return r;
        }
        throw unsupported(id, "identifier " + id.name + " (" + (o == null ? "unresolved" : o.getClass().getSimpleName()) + ")");
    }

    int constant(ConstValue v, Type t) {
        Type u = t.underlying();
        if (u instanceof Basic b) {
            if (b.isBoolean()) { int r = alloc(1); e.emit(Op.LDI, r, v.boolVal() ? 1 : 0); return r; }
            if (b.isString()) {
                int r = alloc(2); markPtr(r);
                e.emit(Op.SLIT, r, cg.prog.stringLit(v.bytes()));
                return r;
            }
            if (b.isFloat()) {
                double d = v.float64Val();
                if (b.kind() == BasicKind.Float32) d = (float) d;
                int r = alloc(1);
                e.emit(Op.LDK, r, cg.constIndex(this, Double.doubleToRawLongBits(d)));
                return r;
            }
            if (b.isComplex()) {
                int r = alloc(2);
                double re = v.float64Val(), im = v.imagFloat64();
                if (b.kind() == BasicKind.Complex64) { re = (float) re; im = (float) im; }
                e.emit(Op.LDK, r, cg.constIndex(this, Double.doubleToRawLongBits(re)));
                e.emit(Op.LDK, r + 1, cg.constIndex(this, Double.doubleToRawLongBits(im)));
                return r;
            }
            if (b.isInteger()) {
                long l = v.intVal().longValue();
                int r = alloc(1);
                if (l == (int) l) e.emit(Op.LDI, r, (int) l);
                else e.emit(Op.LDK, r, cg.constIndex(this, l));
                return r;
            }
        }
        if (u instanceof Interface) {
            // constant converted to an interface: box it
            return staticBox(v, defaultType(v));
        }
        throw new CodegenException(null, "glassgo: internal error: constant of type " + t);
    }

    private static Type defaultType(ConstValue v) {
        return switch (v.kind()) {
            case BOOL -> Universe.BOOL; case STRING -> Universe.STRING; case INT -> Universe.INT;
            case FLOAT -> Universe.FLOAT64; case COMPLEX -> Universe.COMPLEX128; default -> Universe.INT;
        };
    }

    /**
     * A func literal: a static funcval when it captures nothing, else a closure object (heap if it
     * escapes, else frame memory). A captured variable is captured by value when the analysis
     * says so, and (as a safety net) whenever it is not moved to heap but the closure escapes (Go
     * would have moved a by-reference capture) or this function itself only holds a copy;
     * otherwise by reference (its address).
     */
    private int funcLit(Expr.FuncLit fl) {
        List<Var> caps = cg.capturesOf(fl);
        boolean heap = heapSite(fl);
        List<Capture> cs = new ArrayList<>();
        for (Var v : caps) {
            Loc l = vars.get(v);
            boolean moved = esc.movedToHeap(v);
            cs.add(new Capture(v, esc.capturedByValue(v) && !moved || !moved && (heap || (l != null && !l.mem))));
        }
        int fid = cg.closureFunc(this, fl, cs);
        if (caps.isEmpty()) { int r = alloc(1); markPtr(r); e.emit(Op.FUNCVAL, r, fid); return r; }
        List<Boolean> ptrs = new ArrayList<>();
        List<int[]> parts = new ArrayList<>(); // {src register, words, inMemory}
        for (Capture c : cs) {
            Type t = c.v().type();
            if (!c.byValue()) { parts.add(new int[]{addrOf(c.v()), 1, 0}); ptrs.add(true); }
            else if (TypeMap.aggregate(t)) {
                RType rt = cg.types.rtype(t);
                int n = (int) ((rt.size + 7) / 8);
                parts.add(new int[]{load(c.v()), n, 1});
                for (int w = 0; w < n; w++) ptrs.add(rt.ptrWord(w));
            } else {
                boolean[] pw = TypeMap.ptrWords(t);
                parts.add(new int[]{load(c.v()), pw.length, 0});
                for (boolean b : pw) ptrs.add(b);
            }
        }
        int r = alloc(1 + ptrs.size());
        markPtr(r);
        int k = r + 1;
        for (int[] pt : parts) {
            for (int w = 0; w < pt[1]; w++) {
                if (pt[2] == 1) e.emit(Op.LD64, k + w, pt[0], 8 * w); else e.emit(Op.MOV, k + w, pt[0] + w);
            }
            k += pt[1];
        }
        for (int i = 0; i < ptrs.size(); i++) if (ptrs.get(i)) markPtr(r + 1 + i);
        return makeClosure(r, fid, ptrs, heap);
    }

    /** R[r] = closure object for F[fid] with the context words in R[r+1..]: CLOSURE (mallocgc) or built in frame memory. */
    private int makeClosure(int r, int fid, List<Boolean> ptrs, boolean heap) {
        int ti = cg.closureType(ptrs);
        if (heap) { e.emit(Op.CLOSURE, r, fid, ti); return r; }
        int obj = frameTemp(cg.prog.types.get(ti));
        int tmp = alloc(1);
        e.emit(Op.LDI, tmp, fid);
        e.emit(Op.ST64, obj, 0, tmp);
        for (int i = 0; i < ptrs.size(); i++) e.emit(ptrs.get(i) ? Op.STP : Op.ST64, obj, 8 + 8 * i, r + 1 + i);
        e.emit(Op.MOV, r, obj);
        return r;
    }

    String closureName() { return proto.name + ".func" + (++closureCount); }
    private int closureCount;

    private int selector(Expr.Selector s) {
        Selection sel = info.selections.get(s);
        TypeAndValue tv = info.typeAndValue(s);
        if (sel == null) {
            // package-qualified
            Obj o = info.uses.get(s.sel);
            if (o instanceof Var v) return load(v);
            if (o instanceof Func f) { int r = alloc(1); markPtr(r); e.emit(Op.FUNCVAL, r, cg.funcId(f)); return r; }
            throw unsupported(s, "selector " + s.sel.name);
        }
        if (sel.kind() == Selection.Kind.FieldVal) {
            int[] ref = fieldRef(s, sel);
            return loadFrom(ref[0], ref[1], tv.type());
        }
        if (sel.kind() == Selection.Kind.MethodExpr) {
            Func m = (Func) sel.obj();
            int r = alloc(1); markPtr(r);
            // I.M for an interface type I: a func taking the interface value first, dispatching dynamically
            if (sel.recv().underlying() instanceof Interface) { cg.typeIndexOf(sel.recv()); e.emit(Op.FUNCVAL, r, cg.ifaceMethodExpr(m)); }
            else e.emit(Op.FUNCVAL, r, cg.methodExprFunc(sel.recv(), m, sel.index()));
            return r;
        }
        // method value x.M: a closure binding the receiver
        Func m = (Func) sel.obj();
        if (sel.recv().underlying() instanceof Interface || isIfaceEmbeddedRecv(sel)) {
            // interface method value: the closure holds the interface value (evaluating it panics if nil)
            int iv = sel.index().length > 1 ? embeddedIface(s, sel) : expr(s.x);
            e.emit(Op.NILCHK, iv);
            int r = alloc(3);
            markPtr(r); markPtr(r + 1); markPtr(r + 2);
            moveWords(r + 1, iv, 2);
            return makeClosure(r, cg.ifaceBound(m), List.of(true, true), heapSite(s));
        }
        int rv = receiver(s, sel, m);
        Type rt = m.signature().recv().type();
        int fid = cg.boundMethod(m);
        // the closure holds a copy of the receiver (aggregates inline, as Go's method value wrapper)
        List<Boolean> ptrs = new ArrayList<>();
        int w;
        if (TypeMap.aggregate(rt)) {
            RType rrt = cg.types.rtype(rt);
            w = (int) ((rrt.size + 7) / 8);
            for (int i = 0; i < w; i++) ptrs.add(rrt.ptrWord(i));
        } else {
            boolean[] pw = TypeMap.ptrWords(rt);
            w = pw.length;
            for (boolean b : pw) ptrs.add(b);
        }
        int r = alloc(1 + w);
        markPtr(r);
        if (TypeMap.aggregate(rt)) for (int i = 0; i < w; i++) e.emit(Op.LD64, r + 1 + i, rv, 8 * i);
        else moveWords(r + 1, rv, w);
        for (int i = 0; i < w; i++) if (ptrs.get(i)) markPtr(r + 1 + i);
        return makeClosure(r, fid, ptrs, heapSite(s));
    }

    /** Evaluates the receiver for calling method m through selector s (auto & and *). */
    private int receiver(Expr.Selector s, Selection sel, Func m) {
        Type recvT = m.signature().recv().type();
        boolean wantPtr = recvT.underlying() instanceof Pointer && !(recvT instanceof Named);
        int[] path = sel.index();
        Type xt = info.typeOf(s.x);
        int base;
        Type ct;
        if (path.length > 1) {
            // embedded: walk to the embedded field holding the method
            int b0;
            if (xt.underlying() instanceof Pointer) b0 = expr(s.x);
            else if (TypeMap.aggregate(xt)) b0 = expr(s.x);
            else b0 = address(s.x);
            int a = walkPath(b0, xt, path, path.length - 1);
            // field type
            Type ft = fieldTypeAt(xt, path, path.length - 1);
            if (ft.underlying() instanceof Pointer) {
                int p = alloc(1); markPtr(p); e.emit(Op.LD64, p, a, 0);
                base = p; ct = ft;
            } else { base = a; ct = new Pointer(ft); }
        } else {
            ct = xt;
            if (wantPtr && !(xt.underlying() instanceof Pointer)) {
                base = TypeMap.aggregate(xt) ? expr(s.x) : address(s.x);
                ct = new Pointer(xt);
            } else base = expr(s.x);
        }
        // now base holds a value of type ct (a pointer or a value)
        if (wantPtr) return base;
        if (ct.underlying() instanceof Pointer p && !(recvT.underlying() instanceof Pointer)) {
            e.emit(Op.NILCHK, base);
            return loadFrom(base, 0, p.elem());
        }
        return base;
    }

    private Type fieldTypeAt(Type t, int[] path, int n) {
        Type ct = t;
        for (int i = 0; i < n; i++) {
            if (ct.underlying() instanceof Pointer p) ct = p.elem();
            ct = ((Struct) ct.underlying()).field(path[i]).type();
        }
        return ct;
    }

    private int index(Expr.Index ix) {
        Type xt = info.typeOf(ix.x).underlying();
        Type t = info.typeOf(ix);
        if (xt instanceof Map mt) {
            int m = expr(ix.x);
            int k = keyAddrRead(ix.index, mt.key());
            int res = alloc(2); markPtr(res);
            e.emit(Op.MAPGET, res, m, tindex(mt), k);
            return loadFrom(res, 0, mt.elem());
        }
        if (xt instanceof Basic) {
            int s = expr(ix.x);
            int i = expr(ix.index);
            uindexCheck(i, ix.index, s + 1);
            int r = alloc(1);
            e.emit(Op.LDX8U, r, s, i);
            return r;
        }
        if (xt instanceof Slice sl && ldxOp(sl.elem()) >= 0) {
            int s = expr(ix.x);
            int i = expr(ix.index);
            uindexCheck(i, ix.index, s + 1);
            int r = alloc(t);
            e.emit(ldxOp(sl.elem()), r, s, i);
            return r;
        }
        if (xt instanceof Array at && !TypeMap.aggregate(at.elem())) {
            int base = expr(ix.x);
            return loadFrom(indexArray(base, at, ix.index), 0, t);
        }
        return loadFrom(address(ix), 0, t);
    }

    /**
     * The key of a map read ({@code m[k]}, {@code v, ok := m[k]}): a {@code string(b)} key is
     * not copied (Go's mapKeyReplaceStrConv: slicebytetostringtmp), as the lookup keeps nothing.
     */
    private int keyAddrRead(Expr key, Type kt) {
        int t = kt.underlying() instanceof Basic kb && kb.isString() ? tmpString(key) : -1;
        if (t < 0) return keyAddr(key, kt);
        int slot = scalarTemp(kt);
        storeTo(slot, 0, t, kt);
        return slot;
    }

    /**
     * For {@code string(b)} with b a byte slice, where the string is only looked at (map reads,
     * comparisons): its bytes in place, no allocation or copy (OBYTES2STRTMP); else -1.
     */
    private int tmpString(Expr x) {
        Expr u = unparen(x);
        if (!(u instanceof Expr.Call c) || c.args.size() != 1 || !explicitConv(c)) return -1;
        if (!(info.typeOf(c.args.get(0)).underlying() instanceof Slice sl) || !(sl.elem().underlying() instanceof Basic eb)
                || (eb.kind() != BasicKind.Uint8)) return -1;
        if (!(info.typeOf(c).underlying() instanceof Basic sb) || !sb.isString()) return -1;
        int v = expr(c.args.get(0));
        int r = alloc(2); markPtr(r);
        e.emit(Op.MOV, r, v); e.emit(Op.MOV, r + 1, v + 1);
        return r;
    }

    /**
     * For {@code []byte(s)} with s a string, ranged over (order.go: OSTR2BYTESTMP): the string's
     * bytes in place as a slice (ptr, len, cap = len), no allocation or copy; else -1.
     */
    private int tmpBytes(Expr x) {
        Expr u = unparen(x);
        if (!(u instanceof Expr.Call c) || c.args.size() != 1 || !explicitConv(c)) return -1;
        if (!(info.typeOf(c).underlying() instanceof Slice sl) || !(sl.elem().underlying() instanceof Basic eb)
                || eb.kind() != BasicKind.Uint8) return -1;
        if (!(info.typeOf(c.args.get(0)).underlying() instanceof Basic sb) || !sb.isString()) return -1;
        int v = expr(c.args.get(0));
        int r = alloc(3); markPtr(r);
        e.emit(Op.MOV, r, v); e.emit(Op.MOV, r + 1, v + 1); e.emit(Op.MOV, r + 2, v + 1);
        return r;
    }

    /** A string operand of a comparison: string(b) without a copy. */
    private int cmpOperand(Expr x) {
        int t = info.typeOf(x).underlying() instanceof Basic b && b.isString() ? tmpString(x) : -1;
        return t >= 0 ? t : expr(x);
    }

    /** Materialises a map key in memory and returns a register holding its address. */
    private int keyAddr(Expr key, Type kt) {
        int v = exprTo(key, kt);
        if (TypeMap.aggregate(kt)) return v;
        int slot = scalarTemp(kt);
        storeTo(slot, 0, v, kt);
        return slot;
    }

    private int sliceExpr(Expr.Slice s) {
        Type xt = info.typeOf(s.x).underlying();
        int kind;
        int src;
        long es;
        if (xt instanceof Basic) { kind = 1; src = expr(s.x); es = 1; }
        else if (xt instanceof Slice sl) { kind = 0; src = expr(s.x); es = cg.types.rtype(sl.elem()).size; }
        else {
            Array at;
            int base;
            if (xt instanceof Pointer p) { at = (Array) p.elem().underlying(); base = expr(s.x); e.emit(Op.NILCHK, base); }
            else { at = (Array) xt; base = address(s.x); }
            src = alloc(3); markPtr(src);
            e.emit(Op.MOV, src, base); e.emit(Op.LDI, src + 1, (int) at.len()); e.emit(Op.LDI, src + 2, (int) at.len());
            kind = 2; es = cg.types.rtype(at.elem()).size;
        }
        int lo = s.lo == null ? -1 : expr(s.lo);
        int hi = s.hi == null ? -1 : expr(s.hi);
        int max = s.max == null ? -1 : expr(s.max);
        int flags = (s.hi != null ? 1 : 0) | (s.max != null ? 2 : 0) | (kind != 0 ? 4 : 0)
                | (s.lo != null && isU64(info.typeOf(s.lo)) ? 8 : 0) | (s.hi != null && isU64(info.typeOf(s.hi)) ? 16 : 0)
                | (s.max != null && isU64(info.typeOf(s.max)) ? 32 : 0);
        if ((flags & 56) != 0) {
            // an operand of 64-bit unsigned type >= 2^63 looks negative to SLICE; Go prints it unsigned
            int base = top;
            int a = alloc(6);
            e.emit(Op.MOV, a, src + 1); e.emit(Op.MOV, a + 1, kind == 1 ? src + 1 : src + 2);
            if (lo >= 0) e.emit(Op.MOV, a + 2, lo); else e.emit(Op.LDI, a + 2, 0);
            if (hi >= 0) e.emit(Op.MOV, a + 3, hi); else e.emit(Op.MOV, a + 3, src + 1);
            if (max >= 0) e.emit(Op.MOV, a + 4, max); else e.emit(Op.MOV, a + 4, a + 1);
            e.emit(Op.LDI, a + 5, flags);
            e.emit(Op.NATIVE, cg.nativeIndex("builtin.uslicecheck"), base);
            top = base;
        }
        int r = alloc(kind == 1 ? 2 : 3); markPtr(r);
        e.emit(Op.SLICE, r, src, lo, hi, max, kind, (int) es);
        return r;
    }

    /** Is t an unsigned integer type as wide as a register (uint, uint64, uintptr)? */
    private static boolean isU64(Type t) {
        return t.underlying() instanceof Basic b && b.isUnsigned() && !b.isUntyped()
                && (b.kind() == BasicKind.Uint || b.kind() == BasicKind.Uint64 || b.kind() == BasicKind.Uintptr);
    }

    /**
     * Before IDX/IDXK with an index of 64-bit unsigned type: a value >= 2^63 is negative as a
     * signed word, so IDX would print Go's negative-index text; Go prints it unsigned "with length".
     * Costs one JGEI on the fast path, and only for such index types.
     */
    private void uindexCheck(int i, Expr index, int lenReg) {
        if (!isU64(info.typeOf(index)) || info.typeAndValue(index) != null && info.typeAndValue(index).value() != null) return;
        int skip = e.jump(Op.JGEI, i, 0);
        int base = top;
        int a = alloc(2);
        e.emit(Op.MOV, a, i); e.emit(Op.MOV, a + 1, lenReg);
        e.emit(Op.NATIVE, cg.nativeIndex("builtin.uindexpanic"), base);
        top = base;
        e.patch(skip);
    }

    private int unary(Expr.Unary u) {
        Type t = info.typeOf(u);
        switch (u.op) {
            case AND: {
                Expr x = unparen(u.x);
                if (x instanceof Expr.CompositeLit cl) {
                    Type lt = info.typeOf(cl);
                    int p = newObject(lt, heapSite(u));
                    int v = composite(cl, lt);
                    storeTo(p, 0, v, lt);
                    return p;
                }
                return address(x);
            }
            case SUB: {
                int v = expr(u.x);
                Type ut = t.underlying();
                int r = alloc(t);
                if (ut instanceof Basic b && b.isFloat()) e.emit(Op.FNEG, r, v);
                else if (ut instanceof Basic b2 && b2.isComplex()) { e.emit(Op.FNEG, r, v); e.emit(Op.FNEG, r + 1, v + 1); }
                else { e.emit(Op.NEG, r, v); normalize(r, t); }
                return r;
            }
            case ADD: return expr(u.x);
            case NOT: { int v = expr(u.x); int r = alloc(1); e.emit(Op.NOT, r, v); return r; }
            case XOR: { int v = expr(u.x); int r = alloc(1); e.emit(Op.COM, r, v); normalize(r, t); return r; }
            default: throw unsupported(u, "unary " + u.op + " (channel receive)");
        }
    }

    private void normalize(int r, Type t) {
        if (t.underlying() instanceof Basic b) {
            int k = switch (b.kind()) { case Int8 -> 1; case Uint8 -> 2; case Int16 -> 3; case Uint16 -> 4; case Int32 -> 5; case Uint32 -> 6; default -> 0; };
            if (k != 0) e.emit(Op.EXT, r, r, k);
            if (b.kind() == BasicKind.Float32) e.emit(Op.F32, r, r);
        }
    }

    private int binaryExpr(Expr.Binary b) {
        Type t = info.typeOf(b);
        if (b.op == glassgo.compiler.syntax.Op.ANDAND || b.op == glassgo.compiler.syntax.Op.OROR) {
            int r = alloc(1);
            int x = expr(b.x);
            e.emit(Op.MOV, r, x);
            int j = e.jump(b.op == glassgo.compiler.syntax.Op.ANDAND ? Op.JF : Op.JT, r);
            int y = expr(b.y);
            e.emit(Op.MOV, r, y);
            e.patch(j);
            return r;
        }
        if (b.op == glassgo.compiler.syntax.Op.ADD && t.underlying() instanceof Basic sb && sb.isString()) return concat(b);
        Type xt = info.typeOf(b.x), yt = info.typeOf(b.y);
        switch (b.op) {
            case EQL: case NEQ: {
                int x = cmpOperand(b.x); int y = cmpOperand(b.y);
                return compareEq(x, xt, y, yt, b.op == glassgo.compiler.syntax.Op.EQL);
            }
            case LSS: case LEQ: case GTR: case GEQ: {
                int x = cmpOperand(b.x); int y = cmpOperand(b.y);
                return compareOrd(b.op, x, y, xt);
            }
            default: {
                if (immOp(b.op) && t.underlying() instanceof Basic ib && ib.isInteger()) {
                    Long ky = smallConst(b.y), kx = b.op == glassgo.compiler.syntax.Op.SUB ? null : smallConst(b.x);
                    if (ky != null) return binaryImm(b.op, expr(b.x), ky, t);
                    if (kx != null) return binaryImm(b.op, expr(b.y), kx, t);
                }
                int x = expr(b.x);
                ConstValue count = isShift(b.op) ? constShiftCount(b.y) : null;
                if (count != null) return binary(b.op, x, xt, constant(count, Universe.UINT), Universe.UINT, t);
                int y = expr(b.y);
                return binary(b.op, x, xt, y, yt, t);
            }
        }
    }

    /** Operators with an immediate form (ADDI, MULI) when the right operand is a small constant. */
    private static boolean immOp(glassgo.compiler.syntax.Op op) {
        return op == glassgo.compiler.syntax.Op.ADD || op == glassgo.compiler.syntax.Op.SUB || op == glassgo.compiler.syntax.Op.MUL;
    }

    /** Integer x op k for op in ADD, SUB, MUL and a small constant k (|k| &lt; 2^30). */
    private int binaryImm(glassgo.compiler.syntax.Op op, int x, long k, Type t) {
        int r = alloc(1);
        if (op == glassgo.compiler.syntax.Op.MUL) e.emit(Op.MULI, r, x, (int) k);
        else e.emit(Op.ADDI, r, x, (int) (op == glassgo.compiler.syntax.Op.SUB ? -k : k));
        normalize(r, t);
        return r;
    }

    /**
     * a + b + ...: Go's OADDSTR over the flattened operand list (one concatstrings, one
     * allocation), with a 32-byte stack buffer when the result does not escape and the constant
     * operands leave room (walkAddString).
     */
    private int concat(Expr.Binary b) {
        List<Expr> ops = new ArrayList<>();
        flattenConcat(b, ops);
        int base = alloc(2 * ops.size());
        long constLen = 0;
        // order.go OADDSTR: with a non-empty literal operand, string(b) operands are not copied
        // (concatstrings copies them into the result, which then cannot be one of them)
        boolean hasLit = false;
        for (Expr x : ops) {
            TypeAndValue tv = info.typeAndValue(x);
            if (tv != null && tv.value() != null && tv.mode() == Mode.CONSTANT && tv.value().bytes().length > 0) hasLit = true;
        }
        for (int i = 0; i < ops.size(); i++) {
            Expr x = ops.get(i);
            TypeAndValue tv = info.typeAndValue(x);
            if (tv != null && tv.value() != null && tv.mode() == Mode.CONSTANT) constLen += tv.value().bytes().length;
            markPtr(base + 2 * i);
            int v = hasLit ? tmpString(x) : -1;
            moveWords(base + 2 * i, v >= 0 ? v : expr(x), 2);
        }
        int r = alloc(2); markPtr(r);
        boolean buf = !heapSite(b) && constLen < TMP_BUF;
        if (buf) e.emit(Op.FRAME, r, (int) frameSlot(TMP_BUF, 8));
        e.emit(Op.SCATN, r, base, ops.size(), buf ? 1 : 0);
        return r;
    }

    /** tmpStringBufSize: Go's stack buffer for non-escaping string results. */
    private static final int TMP_BUF = 32;

    private void flattenConcat(Expr x, List<Expr> out) {
        Expr u = unparen(x);
        TypeAndValue tv = info.typeAndValue(u);
        if (u instanceof Expr.Binary b && b.op == glassgo.compiler.syntax.Op.ADD && (tv == null || tv.value() == null)) {
            flattenConcat(b.x, out);
            flattenConcat(b.y, out);
        } else out.add(x);
    }

    private int compareOrd(glassgo.compiler.syntax.Op op, int x, int y, Type t) {
        Basic bt = (Basic) t.underlying();
        int r = alloc(1);
        boolean swap = op == glassgo.compiler.syntax.Op.GTR || op == glassgo.compiler.syntax.Op.GEQ;
        boolean le = op == glassgo.compiler.syntax.Op.LEQ || op == glassgo.compiler.syntax.Op.GEQ;
        int a = swap ? y : x, c = swap ? x : y;
        if (bt.isString()) {
            int cmp = alloc(1);
            e.emit(Op.SCMP, cmp, a, c);
            int z = zeroReg();
            e.emit(le ? Op.LE : Op.LT, r, cmp, z);
        } else if (bt.isFloat()) e.emit(le ? Op.FLE : Op.FLT, r, a, c);
        else if (bt.isUnsigned()) e.emit(le ? Op.LEU : Op.LTU, r, a, c);
        else e.emit(le ? Op.LE : Op.LT, r, a, c);
        return r;
    }

    private int compareEq(int x, Type xt, int y, Type yt, boolean eq) {
        int r = alloc(1);
        Type ux = xt.underlying(), uy = yt.underlying();
        boolean xi = ux instanceof Interface, yi = uy instanceof Interface;
        if (isUntypedNil(xt) || isUntypedNil(yt)) {
            // comparison with nil: first word (pointer, slice data, iface type word)
            int v = isUntypedNil(xt) ? y : x;
            int z = zeroReg();
            e.emit(eq ? Op.EQ : Op.NE, r, v, z);
            return r;
        }
        if (xi || yi) {
            if (!xi) x = convertAt(x, xt, yt, null, true);
            if (!yi) y = convertAt(y, yt, xt, null, true);
            e.emit(Op.IEQ, r, x, y);
        } else if (ux instanceof Basic b && b.isString()) e.emit(Op.SEQ, r, x, y);
        else if (ux instanceof Basic b && b.isFloat()) e.emit(Op.FEQ, r, x, y);
        else if (ux instanceof Basic b && b.isComplex()) {
            int r2 = alloc(1);
            e.emit(Op.FEQ, r, x, y); e.emit(Op.FEQ, r2, x + 1, y + 1); e.emit(Op.AND, r, r, r2);
        } else if (TypeMap.aggregate(xt)) e.emit(Op.MEMEQ, r, x, y, tindex(xt));
        else e.emit(Op.EQ, r, x, y);
        if (!eq) e.emit(Op.NOT, r, r);
        return r;
    }

    private static boolean isUntypedNil(Type t) { return t == Universe.UNTYPED_NIL; }

    /** Arithmetic x op y with result type t. */
    private int binary(glassgo.compiler.syntax.Op op, int x, Type xt, int y, Type yt, Type t) {
        Basic b = (Basic) t.underlying();
        if (b.isString()) {
            int r = alloc(2); markPtr(r);
            e.emit(Op.SCAT, r, x, y);
            return r;
        }
        if (isShift(op)) {
            // a negative shift count panics; only signed, non-constant counts need the check
            if (!((Basic) yt.underlying()).isUnsigned() && !(yt instanceof Basic yb && yb.isUntyped())) e.emit(Op.SHIFTCHK, y);
            int r = alloc(1);
            if (op == glassgo.compiler.syntax.Op.SHL) e.emit(Op.SHL, r, x, y);
            else e.emit(b.isUnsigned() ? Op.SHRU : Op.SHR, r, x, y);
            normalize(r, t);
            return r;
        }
        if (b.isComplex()) {
            int r = alloc(2);
            switch (op) {
                case ADD -> { e.emit(Op.FADD, r, x, y); e.emit(Op.FADD, r + 1, x + 1, y + 1); }
                case SUB -> { e.emit(Op.FSUB, r, x, y); e.emit(Op.FSUB, r + 1, x + 1, y + 1); }
                case MUL -> e.emit(Op.CPLX, r, x, y, 0);
                case QUO -> e.emit(Op.CPLX, r, x, y, 1);
                default -> throw new CodegenException(null, "bad complex op");
            }
            if (b.kind() == BasicKind.Complex64) { e.emit(Op.F32, r, r); e.emit(Op.F32, r + 1, r + 1); }
            return r;
        }
        int r = alloc(1);
        if (b.isFloat()) {
            int o = switch (op) { case ADD -> Op.FADD; case SUB -> Op.FSUB; case MUL -> Op.FMUL; case QUO -> Op.FDIV; default -> throw new CodegenException(null, "bad float op " + op); };
            e.emit(o, r, x, y);
            normalize(r, t);
            return r;
        }
        boolean u = b.isUnsigned();
        int o = switch (op) {
            case ADD -> Op.ADD; case SUB -> Op.SUB; case MUL -> Op.MUL;
            case QUO -> u ? Op.DIVU : Op.DIV; case REM -> u ? Op.REMU : Op.REM;
            case AND -> Op.AND; case OR -> Op.OR; case XOR -> Op.XOR; case AND_NOT -> Op.ANDNOT;
            default -> throw new CodegenException(null, "bad int op " + op);
        };
        e.emit(o, r, x, y);
        normalize(r, t);
        return r;
    }

    /** Converts value v of type from to type to (implicit assignability conversions and explicit conversions). */
    int convert(int v, Type from, Type to) { return convertAt(v, from, to, null, false); }

    /** Evaluates x converted to type to; x is the site of any allocation the conversion makes. */
    int exprTo(Expr x, Type to) { return convertAt(expr(x), info.typeOf(x), to, x, false); }

    /**
     * Converts v (type from) to type to. An allocation the conversion makes (interface box, string
     * conversion buffer) is on the heap unless the escape analysis says site does not escape, or
     * stackBox is set (the box of a mixed interface/concrete comparison, which Go never allocates).
     */
    int convertAt(int v, Type from, Type to, Node site, boolean stackBox) {
        if (from == to || to == null) return v;
        Type uf = from.underlying(), ut = to.underlying();
        if (ut instanceof Interface) {
            if (uf instanceof Interface) return v;
            if (isUntypedNil(from)) return v;
            Type dyn = from instanceof Basic bb && bb.isUntyped() ? defaultTypeOf(bb) : from;
            cg.unnamedMethodTables(dyn);
            TypeAndValue stv = site instanceof Expr sx ? info.typeAndValue(sx) : null;
            if (stv != null && stv.value() != null && stv.mode() == Mode.CONSTANT) return staticBox(stv.value(), dyn);
            int r = alloc(2); markPtr(r); markPtr(r + 1);
            RType drt = cg.types.rtype(dyn);
            boolean stack = stackBox || (site instanceof Expr.Call xc && explicitConv(xc) ? !heapSite(xc) : site instanceof Expr bx && heapArgs == 0 && !esc.boxEscapes(bx));
            if (!drt.isDirectIface() && drt.size > 0 && drt.size <= 1024 && !byteSized(drt) && stack) {
                // dataWord: a non-escaping value is boxed in a stack temporary
                int box = frameTemp(drt);
                storeTo(box, 0, v, dyn);
                e.emit(Op.TADDR, r, tindex(dyn));
                e.emit(Op.MOV, r + 1, box);
                return r;
            }
            e.emit(Op.MKIFACE, r, v, tindex(dyn));
            return r;
        }
        if (uf instanceof Basic bf && ut instanceof Basic bt) {
            if (bf.isUntyped()) return v;
            if (bt.isString() && bf.isInteger()) { int r = alloc(2); markPtr(r); return sconv(r, v, 4, site); }
            if (bt.isString() || bf.isString()) return v;
            if (bt.isInteger() && bf.isInteger()) { if (sameRepr(bf, bt)) return v; int r = alloc(1); e.emit(Op.MOV, r, v); normalize(r, to); return r; }
            if (bt.isFloat() && bf.isInteger()) { int r = alloc(1); e.emit(bf.isUnsigned() ? Op.U2F : Op.I2F, r, v); normalize(r, to); return r; }
            if (bt.isInteger() && bf.isFloat()) { int r = alloc(1); e.emit(bt.isUnsigned() ? Op.F2U : Op.F2I, r, v); normalize(r, to); return r; }
            if (bt.isFloat() && bf.isFloat()) { if (bt.kind() == bf.kind()) return v; int r = alloc(1); e.emit(Op.MOV, r, v); normalize(r, to); return r; }
            if (bt.isComplex() && bf.isComplex()) { if (bt.kind() == bf.kind()) return v; int r = alloc(2); moveWords(r, v, 2); if (bt.kind() == BasicKind.Complex64) { e.emit(Op.F32, r, r); e.emit(Op.F32, r + 1, r + 1); } return r; }
            return v;
        }
        if (uf instanceof Slice && ut instanceof Pointer pt && pt.elem().underlying() instanceof Array at) {
            int r = alloc(1); markPtr(r);
            e.emit(Op.SL2AP, r, v, (int) at.len());
            return r;
        }
        if (ut instanceof Basic bt2 && bt2.isString() && uf instanceof Slice sl) {
            int r = alloc(2); markPtr(r);
            return sconv(r, v, ((Basic) sl.elem().underlying()).kind() == BasicKind.Int32 ? 3 : 1, site);
        }
        if (uf instanceof Basic bf2 && bf2.isString() && ut instanceof Slice sl2) {
            boolean runes = ((Basic) sl2.elem().underlying()).kind() == BasicKind.Int32;
            TypeAndValue stv = site instanceof Expr.Call sc && sc.args.size() == 1 ? info.typeAndValue(sc.args.get(0)) : null;
            if (!runes && stv != null && stv.value() != null && stv.mode() == Mode.CONSTANT) return constBytes(v, stv.value().bytes().length, site);
            int r = alloc(3); markPtr(r);
            return sconv(r, v, runes ? 2 : 0, site);
        }
        return v;
    }

    /** true if c is a conversion T(x) (not a call). */
    private boolean explicitConv(Expr.Call c) {
        TypeAndValue tv = info.typeAndValue(unparen(c.fun));
        return tv != null && tv.isType();
    }

    /** SCONV with a stack buffer (Go's tmpBuf: 32 bytes, 32 runes, or 4 bytes for string(rune)) when the result does not escape. */
    private int sconv(int r, int v, int kind, Node site) {
        if (heapSite(site)) { e.emit(Op.SCONV, r, v, kind); return r; }
        long size = kind == 2 ? 128 : kind == 4 ? 4 : 32;
        long off = frameSlot(size, 8);
        e.emit(Op.FRAME, r, (int) off);
        e.emit(Op.SCONV, r, v, kind | 8);
        return r;
    }

    /** []byte("constant"): an exact-size [n]byte, on the stack when it does not escape (cap == len). */
    private int constBytes(int str, int n, Node site) {
        Type arrT = new Array(Universe.BYTE, n);
        int a;
        if (heapSite(site)) { a = alloc(1); markPtr(a); e.emit(Op.NEW, a, tindex(arrT)); }
        else a = frameTemp(arrT);
        int r = alloc(3); markPtr(r);
        e.emit(Op.MOV, r, a); e.emit(Op.LDI, r + 1, n); e.emit(Op.LDI, r + 2, n);
        int cnt = alloc(1);
        e.emit(Op.COPY, cnt, r, str, 1);
        return r;
    }

    /** bool or 1-byte integer (by sole component): dataWord points into staticuint64s, never a box. */
    private static boolean byteSized(RType t) {
        while (true) {
            if (t.kind == glassgo.runtime.types.Kind.STRUCT && t.fields.length == 1) t = t.fields[0].type();
            else if (t.kind == glassgo.runtime.types.Kind.ARRAY && t.len == 1) t = t.elem;
            else break;
        }
        if (t.kind == glassgo.runtime.types.Kind.BOOL) return true;
        if (t.size != 1) return false;
        return t.kind == glassgo.runtime.types.Kind.INT8 || t.kind == glassgo.runtime.types.Kind.UINT8;
    }

    /** A constant converted to an interface: its value is a read-only static (no allocation, as Go's readonly statics). */
    private int staticBox(ConstValue v, Type dyn) {
        int r = alloc(2); markPtr(r); markPtr(r + 1);
        Basic b = (Basic) dyn.underlying();
        long[] words;
        int str = -1;
        if (b.isBoolean()) words = new long[]{v.boolVal() ? 1 : 0};
        else if (b.isString()) { words = new long[2]; str = cg.prog.stringLit(v.bytes()); }
        else if (b.kind() == BasicKind.Float32) words = new long[]{Float.floatToRawIntBits((float) v.float64Val()) & 0xFFFFFFFFL};
        else if (b.isFloat()) words = new long[]{Double.doubleToRawLongBits(v.float64Val())};
        else if (b.kind() == BasicKind.Complex64) words = new long[]{(Float.floatToRawIntBits((float) v.float64Val()) & 0xFFFFFFFFL) | ((long) Float.floatToRawIntBits((float) v.imagFloat64()) << 32)};
        else if (b.isComplex()) words = new long[]{Double.doubleToRawLongBits(v.float64Val()), Double.doubleToRawLongBits(v.imagFloat64())};
        else words = new long[]{v.intVal().longValue()};
        e.emit(Op.TADDR, r, tindex(dyn));
        e.emit(Op.STATIC, r + 1, cg.prog.staticDatum(words, str));
        return r;
    }

    private static boolean sameRepr(Basic a, Basic b) {
        int sa = size(a.kind()), sb = size(b.kind());
        return sa == 8 && sb == 8 || (a.kind() == b.kind());
    }

    private static int size(BasicKind k) {
        return switch (k) { case Int8, Uint8 -> 1; case Int16, Uint16 -> 2; case Int32, Uint32 -> 4; default -> 8; };
    }

    private static Type defaultTypeOf(Basic b) {
        return switch (b.kind()) {
            case UntypedBool -> Universe.BOOL; case UntypedInt -> Universe.INT; case UntypedRune -> Universe.INT32;
            case UntypedFloat -> Universe.FLOAT64; case UntypedComplex -> Universe.COMPLEX128; case UntypedString -> Universe.STRING;
            default -> b;
        };
    }

    // ------------------------------------------------------------------ composite literals

    private int composite(Expr.CompositeLit cl, Type t) {
        Type u = t.underlying();
        if (u instanceof Pointer p) {
            // elided &T in nested literal
            Type et = p.elem();
            int cell = newObject(et, heapSite(cl));
            int v = composite(cl, et);
            storeTo(cell, 0, v, et);
            return cell;
        }
        if (u instanceof Struct st) {
            int a = frameTemp(t);
            RType rt = cg.types.rtype(t);
            for (int i = 0; i < cl.elts.size(); i++) {
                Expr el = cl.elts.get(i);
                int fi; Expr val;
                if (el instanceof Expr.KeyValue kv) { fi = fieldIndex(st, ((Expr.Ident) kv.key).name); val = kv.value; }
                else { fi = i; val = el; }
                Type ft = st.field(fi).type();
                int v = elemValue(val, ft);
                storeTo(a, rt.fields[fi].offset(), v, ft);
            }
            return a;
        }
        if (u instanceof Array at) {
            int a = frameTemp(t);
            fillElems(a, at.elem(), cl.elts);
            return a;
        }
        if (u instanceof Slice sl) {
            long n = literalLen(cl.elts);
            Type arrT = new Array(sl.elem(), n);
            RType art = cg.types.rtype(arrT);
            int a;
            if (heapSite(cl)) { a = alloc(1); markPtr(a); e.emit(Op.NEW, a, cg.prog.typeIndex(art)); }
            else a = frameTemp(art);
            fillElems(a, sl.elem(), cl.elts);
            int r = alloc(3); markPtr(r);
            e.emit(Op.MOV, r, a);
            e.emit(Op.LDI, r + 1, (int) n); e.emit(Op.LDI, r + 2, (int) n);
            if (n == 0) { e.emit(Op.MOV, r, a); }
            return r;
        }
        if (u instanceof Map mt) {
            int hint = alloc(1);
            e.emit(Op.LDI, hint, cl.elts.size());
            int m = makeMap(mt, hint, (long) cl.elts.size(), cl);
            for (Expr el : cl.elts) {
                Expr.KeyValue kv = (Expr.KeyValue) el;
                int saved = top;
                int k = keyAddrElem(kv.key, mt.key());
                int slot = alloc(1); markPtr(slot);
                e.emit(Op.MAPSET, slot, m, tindex(mt), k);
                int v = elemValue(kv.value, mt.elem());
                storeTo(slot, 0, v, mt.elem());
                top = saved;
            }
            return m;
        }
        throw unsupported(cl, "composite literals of type " + TypeMap.name(t));
    }

    private int keyAddrElem(Expr key, Type kt) {
        int v = elemValue(key, kt);
        if (TypeMap.aggregate(kt)) return v;
        int slot = scalarTemp(kt);
        storeTo(slot, 0, v, kt);
        return slot;
    }

    private int elemValue(Expr val, Type et) {
        if (val instanceof Expr.CompositeLit inner && inner.type == null) return composite(inner, et);
        if (val instanceof Expr.Unary un && un.op == glassgo.compiler.syntax.Op.AND && unparen(un.x) instanceof Expr.CompositeLit icl && icl.type == null) {
            Type pt = ((Pointer) et.underlying()).elem();
            int cell = newObject(pt, heapSite(un));
            storeTo(cell, 0, composite(icl, pt), pt);
            return cell;
        }
        return exprTo(val, et);
    }

    private long literalLen(List<Expr> elts) {
        long idx = 0, max = 0;
        for (Expr el : elts) {
            if (el instanceof Expr.KeyValue kv) idx = info.typeAndValue(kv.key).value().int64Val();
            idx++;
            max = Math.max(max, idx);
        }
        return max;
    }

    private void fillElems(int base, Type et, List<Expr> elts) {
        long es = cg.types.rtype(et).size;
        long idx = 0;
        for (Expr el : elts) {
            Expr val = el;
            if (el instanceof Expr.KeyValue kv) { idx = info.typeAndValue(kv.key).value().int64Val(); val = kv.value; }
            int saved = top;
            int v = elemValue(val, et);
            storeTo(base, idx * es, v, et);
            top = saved;
            idx++;
        }
    }

    private static int fieldIndex(Struct st, String name) {
        for (int i = 0; i < st.numFields(); i++) if (st.field(i).name().equals(name)) return i;
        throw new CodegenException(null, "glassgo: internal error: no field " + name);
    }

    // ------------------------------------------------------------------ calls

    private void collectArgs(Expr.Call c, Signature fsig, List<Integer> regs, List<Type> types) {
        List<Var> ps = fsig.params().vars();
        int np = ps.size();
        if (c.args.size() == 1 && info.typeOf(c.args.get(0)) instanceof Tuple tup && tup.len() > 1) {
            int base = expr(c.args.get(0));
            int off = 0;
            List<Integer> tmpRegs = new ArrayList<>(); List<Type> tmpTypes = new ArrayList<>();
            for (Var v : tup.vars()) { tmpRegs.add(base + off); tmpTypes.add(v.type()); off += TypeMap.words(v.type()); }
            for (int i = 0; i < np; i++) {
                Type pt = ps.get(i).type();
                if (fsig.variadic() && i == np - 1 && !c.hasDots) {
                    List<Integer> rest = tmpRegs.subList(i, tmpRegs.size());
                    List<Type> restT = tmpTypes.subList(i, tmpTypes.size());
                    regs.add(packVariadic(rest, restT, ((Slice) pt.underlying()).elem(), pt, c)); types.add(pt);
                    return;
                }
                regs.add(convert(tmpRegs.get(i), tmpTypes.get(i), pt)); types.add(pt);
            }
            return;
        }
        for (int i = 0; i < np; i++) {
            Type pt = ps.get(i).type();
            if (fsig.variadic() && i == np - 1 && !c.hasDots) {
                List<Integer> rest = new ArrayList<>(); List<Type> restT = new ArrayList<>();
                Type et = ((Slice) pt.underlying()).elem();
                for (int j = i; j < c.args.size(); j++) {
                    Expr a = c.args.get(j);
                    int v = exprTo(a, et);
                    rest.add(v); restT.add(et);
                }
                regs.add(packVariadic(rest, restT, et, pt, c)); types.add(pt);
                return;
            }
            Expr a = c.args.get(i);
            regs.add(exprTo(a, pt)); types.add(pt);
        }
    }

    /** Builds the implicit {@code ...} slice for a variadic call (its backing array: heap if the "... argument" escapes, else frame memory). */
    private int packVariadic(List<Integer> vals, List<Type> types, Type et, Type st, Expr.Call site) {
        int r = alloc(3); markPtr(r);
        if (vals.isEmpty()) { e.emit(Op.ZERO, r, 3); return r; }
        Type arrT = new Array(et, vals.size());
        int a;
        if (site == null || heapArgs > 0 || esc.variadicEscapes(site)) { a = alloc(1); markPtr(a); e.emit(Op.NEW, a, cg.prog.typeIndex(cg.types.rtype(arrT))); }
        else a = frameTemp(arrT);
        long es = cg.types.rtype(et).size;
        for (int i = 0; i < vals.size(); i++) storeTo(a, i * es, convert(vals.get(i), types.get(i), et), et);
        e.emit(Op.MOV, r, a); e.emit(Op.LDI, r + 1, vals.size()); e.emit(Op.LDI, r + 2, vals.size());
        return r;
    }

    private int call(Expr.Call c) {
        Expr f = unparen(c.fun);
        TypeAndValue ftv = info.typeAndValue(f);
        if (ftv != null && ftv.isType()) {
            // conversion
            Type to = ftv.type();
            Expr a = c.args.get(0);
            int v = expr(a);
            Type at = info.typeOf(a);
            // the conversion's allocation site: the call (for I(x) too); a constant I(k) is a static
            TypeAndValue atv = info.typeAndValue(a);
            Node site = to.underlying() instanceof Interface && atv != null && atv.value() != null ? a : c;
            return convertAt(v, at, to, site, false);
        }
        if (ftv != null && ftv.isBuiltin()) return Builtins.call(this, c, (Builtin) objOf(f));
        if (c.args.size() == 1 && objOf(f) instanceof Func mf && mf.pkg() != null && mf.pkg().path().equals("math") && mf.name().equals("Sqrt")) {
            // intrinsic, as in Go (SQRTSD)
            int v = exprTo(c.args.get(0), Universe.FLOAT64);
            int r = alloc(1);
            e.emit(Op.FSQRT, r, v);
            return r;
        }
        Signature fsig = (Signature) info.typeOf(f).underlying();
        List<Integer> argRegs = new ArrayList<>();
        List<Type> argTypes = new ArrayList<>();
        int callee = -1; // static func id
        int fnReg = -1;
        int ifaceReg = -1; int methodId = -1;
        if (f instanceof Expr.Selector sel && info.selections.get(sel) != null && info.selections.get(sel).kind() == Selection.Kind.MethodVal) {
            Selection s = info.selections.get(sel);
            Func m = (Func) s.obj();
            if (s.recv().underlying() instanceof Interface || isIfaceEmbeddedRecv(s)) {
                int iv = s.index().length > 1 ? embeddedIface(sel, s) : expr(sel.x);
                ifaceReg = alloc(2); markPtr(ifaceReg); markPtr(ifaceReg + 1); moveWords(ifaceReg, iv, 2);
                methodId = cg.methodId(m);
                argRegs.add(-1); argTypes.add(Universe.UNSAFE_POINTER);
            } else {
                callee = cg.funcId(m);
                int rv = receiver(sel, s, m);
                argRegs.add(rv); argTypes.add(m.signature().recv().type());
            }
        } else if (f instanceof Expr.Ident id && info.objectOf(id) instanceof Func fn) {
            callee = cg.funcId(fn);
        } else if (f instanceof Expr.Selector sel2 && info.selections.get(sel2) == null && info.uses.get(sel2.sel) instanceof Func fn2) {
            callee = cg.funcId(fn2);
        } else {
            fnReg = expr(f);
        }
        collectArgs(c, fsig, argRegs, argTypes);
        // lay out the call frame at top
        int fnSave = -1;
        if (fnReg >= 0) { fnSave = alloc(1); markPtr(fnSave); e.emit(Op.MOV, fnSave, fnReg); }
        // aggregates are passed by value: copy each into a fresh frame slot (before the frame is laid out,
        // since the copy needs a register of its own)
        for (int i = 0; i < argRegs.size(); i++) {
            Type t = argTypes.get(i);
            int v = argRegs.get(i);
            if (v >= 0 && TypeMap.aggregate(t)) { int cpy = frameTemp(t); e.emit(Op.MOVE, cpy, v, tindex(t)); argRegs.set(i, cpy); }
        }
        int base = top;
        for (int i = 0; i < argRegs.size(); i++) {
            Type t = argTypes.get(i);
            int v = argRegs.get(i);
            int slot = alloc(t);
            if (v >= 0) moveValue(slot, v, TypeMap.words(t));
        }
        line(c);
        if (callee >= 0) e.emit(Op.CALL, callee, base);
        else if (ifaceReg >= 0) e.emit(Op.CALLI, ifaceReg, methodId, base);
        else e.emit(Op.CALLV, fnSave, base);
        // results now at base..
        top = base;
        List<Var> rs = fsig.results().vars();
        int rw = 0;
        for (Var v : rs) rw += TypeMap.words(v.type());
        int res = alloc(Math.max(rw, 1));
        int o2 = 0;
        for (Var v : rs) {
            boolean[] p = TypeMap.ptrWords(v.type());
            for (int i = 0; i < p.length; i++) if (p[i]) markPtr(res + o2 + i);
            if (TypeMap.aggregate(v.type())) {
                // copy the callee's aggregate result out of its (popped) frame at once
                int cpy = frameTemp(v.type());
                e.emit(Op.MOVE, cpy, res + o2, tindex(v.type()));
                e.emit(Op.MOV, res + o2, cpy);
            }
            o2 += TypeMap.words(v.type());
        }
        return res;
    }

    private boolean isIfaceEmbeddedRecv(Selection s) {
        if (s.index().length <= 1) return false;
        Type ft = fieldTypeAt(s.recv(), s.index(), s.index().length - 1);
        return ft.underlying() instanceof Interface;
    }

    private int embeddedIface(Expr.Selector sel, Selection s) {
        Type xt = info.typeOf(sel.x);
        int b0 = xt.underlying() instanceof Pointer || TypeMap.aggregate(xt) ? expr(sel.x) : address(sel.x);
        int a = walkPath(b0, xt, s.index(), s.index().length - 1);
        Type ft = fieldTypeAt(xt, s.index(), s.index().length - 1);
        return loadFrom(a, 0, ft);
    }

    Obj objOf(Expr f) {
        if (f instanceof Expr.Ident id) return info.objectOf(id);
        if (f instanceof Expr.Selector s) return info.uses.get(s.sel);
        return null;
    }

    /**
     * make(map[K]V, hint) or a map literal: makemap on the heap if it escapes; else (walkMakeMap
     * with EscNone) the hmap is a zeroed frame-memory object, and so is one bucket unless the
     * hint is a constant above 8 (the runtime uses it only if hint &lt;= 8).
     */
    int makeMap(Map mt, int hint, Long constHint, Node site) {
        if (heapSite(site)) {
            int r = alloc(1); markPtr(r);
            e.emit(Op.MKMAP, r, tindex(mt), hint);
            return r;
        }
        int r = alloc(2); markPtr(r); markPtr(r + 1);
        e.emit(Op.MOV, r, frameTemp(hmapType()));
        if (constHint == null || constHint <= 8) e.emit(Op.MOV, r + 1, frameTemp(bucketType(mt)));
        else e.emit(Op.LDI, r + 1, 0);
        e.emit(Op.MKMAPS, r, tindex(mt), hint);
        return r;
    }

    private static RType hmapRType, hiterRType;

    /** runtime.hmap (48 bytes): count, flags, B, noverflow, hash0, buckets, oldbuckets, nevacuate, extra. */
    private static RType hmapType() {
        if (hmapRType == null) {
            RType u8 = RType.basic(glassgo.runtime.types.Kind.UINT8), ptr = RType.unsafePointer(), uptr = RType.basic(glassgo.runtime.types.Kind.UINTPTR);
            hmapRType = RType.struct("runtime.hmap", List.of(
                    new glassgo.runtime.types.FieldSpec("count", RType.basic(glassgo.runtime.types.Kind.INT), false),
                    new glassgo.runtime.types.FieldSpec("flags", u8, false), new glassgo.runtime.types.FieldSpec("B", u8, false),
                    new glassgo.runtime.types.FieldSpec("noverflow", RType.basic(glassgo.runtime.types.Kind.UINT16), false),
                    new glassgo.runtime.types.FieldSpec("hash0", RType.basic(glassgo.runtime.types.Kind.UINT32), false),
                    new glassgo.runtime.types.FieldSpec("buckets", ptr, false), new glassgo.runtime.types.FieldSpec("oldbuckets", ptr, false),
                    new glassgo.runtime.types.FieldSpec("nevacuate", uptr, false), new glassgo.runtime.types.FieldSpec("extra", ptr, false)));
        }
        return hmapRType;
    }

    /** runtime.hiter (96 bytes): its first eight words are pointers (key, elem, t, h, buckets, bptr, overflow, oldoverflow). */
    private static RType hiterType() {
        if (hiterRType == null) {
            List<glassgo.runtime.types.FieldSpec> fs = new ArrayList<>();
            for (int i = 0; i < 8; i++) fs.add(new glassgo.runtime.types.FieldSpec("p" + i, RType.unsafePointer(), false));
            for (int i = 0; i < 4; i++) fs.add(new glassgo.runtime.types.FieldSpec("w" + i, RType.basic(glassgo.runtime.types.Kind.UINTPTR), false));
            hiterRType = RType.struct("runtime.hiter", fs);
        }
        return hiterRType;
    }

    /** The bucket of map type mt, laid out as the runtime's (tophash, 8 keys, 8 elems, overflow). */
    private RType bucketType(Map mt) {
        RType k = cg.types.rtype(mt.key()), v = cg.types.rtype(mt.elem());
        RType ks = k.size > 128 ? RType.pointer(k) : k, vs = v.size > 128 ? RType.pointer(v) : v;
        RType ov = ks.ptrdata == 0 && vs.ptrdata == 0 ? RType.basic(glassgo.runtime.types.Kind.UINTPTR) : RType.unsafePointer();
        return RType.struct("map.bucket", List.of(
                new glassgo.runtime.types.FieldSpec("topbits", RType.array(RType.basic(glassgo.runtime.types.Kind.UINT8), 8), false),
                new glassgo.runtime.types.FieldSpec("keys", RType.array(ks, 8), false),
                new glassgo.runtime.types.FieldSpec("elems", RType.array(vs, 8), false),
                new glassgo.runtime.types.FieldSpec("overflow", ov, false)));
    }

    /** new(T) at site: mallocgc if it escapes, else a zeroed frame-memory slot. */
    int newObj(Type t, Node site) { return newObject(t, heapSite(site)); }

    /**
     * make([]T, len[, cap]) that does not escape, with constant len and cap (Go: a stack array of
     * cap elements; the escape analysis has checked the size): the slice over a zeroed
     * frame-memory array; -1 if it must be made on the heap.
     */
    int stackMake(Expr.Call c, Slice sl) {
        if (heapSite(c)) return -1;
        TypeAndValue lt = info.typeAndValue(c.args.get(1));
        TypeAndValue ct = c.args.size() > 2 ? info.typeAndValue(c.args.get(2)) : lt;
        if (lt == null || lt.value() == null || ct == null || ct.value() == null) return -1;
        long len = lt.value().int64Val(), cap = ct.value().int64Val();
        if (len < 0 || cap < len || cap * Math.max(1, cg.types.rtype(sl.elem()).size) > (64 << 10)) return -1;
        int a = frameTemp(new Array(sl.elem(), cap));
        int r = alloc(3); markPtr(r);
        e.emit(Op.MOV, r, a); e.emit(Op.LDI, r + 1, (int) len); e.emit(Op.LDI, r + 2, (int) cap);
        return r;
    }

    /**
     * A builtin applied to a multi-valued call ({@code print(f())}, {@code append(f())}...): the
     * call is evaluated here, once, and the returned copy of {@code c} has one stand-in argument
     * per result (typed in {@code info}, its value pre-evaluated in {@link #argOverride}), as
     * Go's RewriteMultiValueCall does with temporaries. Other calls are returned as they are.
     */
    Expr.Call spreadBuiltinArgs(Expr.Call c) {
        if (c.args.size() != 1 || !(info.typeOf(c.args.get(0)) instanceof Tuple tup) || tup.len() < 2) return c;
        Expr inner = c.args.get(0);
        int base = expr(inner);
        if (argOverride == null) argOverride = new IdentityHashMap<>();
        List<Expr> args = new ArrayList<>();
        int off = 0;
        for (Var v : tup.vars()) {
            int r = base + off;
            if (TypeMap.aggregate(v.type())) { int t = frameTemp(v.type()); e.emit(Op.MOVE, t, r, tindex(v.type())); r = t; }
            Expr a = new Expr.Paren(inner.pos(), inner);
            info.types.put(a, new TypeAndValue(Mode.VALUE, v.type(), null));
            argOverride.put(a, r);
            args.add(a);
            off += TypeMap.words(v.type());
        }
        Expr.Call spread = new Expr.Call(c.pos, c.fun, args, c.hasDots, c.rparen);
        TypeAndValue tv = info.typeAndValue(c);
        if (tv != null) info.types.put(spread, tv);
        return spread;
    }

    // package-private helpers for Builtins
    int allocT(Type t) { return alloc(t); }
    int allocW(int w) { return alloc(w); }
    void ptr(int r) { markPtr(r); }
    int tidx(Type t) { return tindex(t); }
    int frameTmp(Type t) { return frameTemp(t); }
    int ld(int addr, long off, Type t) { return loadFrom(addr, off, t); }
    void st(int addr, long off, int src, Type t) { storeTo(addr, off, src, t); }
    int addr(Expr x) { return address(x); }
    void mov(int d, int s, int w) { moveWords(d, s, w); }
    int top() { return top; }
    void setTop(int t) { top = t; }

    /** Body of a deferred builtin's wrapper: parameters are the evaluated arguments {@code args} (types ts). */
    void genDeferredBuiltin(Expr.Call call, Builtin b, List<Expr> args, List<Type> ts) {
        this.sig = new Signature(null, Tuple.EMPTY, Tuple.EMPTY, false);
        argOverride = new java.util.IdentityHashMap<>();
        for (int i = 0; i < args.size(); i++) argOverride.put(args.get(i), alloc(ts.get(i)));
        proto.paramWords = top;
        proto.resultWords = 0;
        line(call);
        Builtins.call(this, call, b);
        e.emit(Op.RET);
        proto.code = e.code();
        proto.lines = e.lines();
        proto.frameSize = Math.max(maxRegs, proto.paramWords) + 1;
        proto.frameMem = (frameMem + 7) & ~7L;
        proto.memPtrs = memPtrMask();
        long[] pm = new long[(proto.frameSize + 63) / 64];
        for (int i = ptrRegs.nextSetBit(0); i >= 0; i = ptrRegs.nextSetBit(i + 1)) if (i < proto.frameSize) pm[i >>> 6] |= 1L << i;
        proto.ptrRegs = pm;
        proto.consts = new long[0];
    }

    /** Package-level variable initialisation (an "init" function body). */
    void genInit(List<Initializer> order) {
        this.sig = new Signature(null, Tuple.EMPTY, Tuple.EMPTY, false);
        for (Initializer in : order) {
            int saved = top;
            line(in.rhs());
            List<Var> lhs = in.lhs();
            if (lhs.size() == 1) {
                Var v = lhs.get(0);
                Type rt = info.typeOf(in.rhs());
                int val = expr(in.rhs());
                if (!v.name().equals("_")) storeVar(v, convert(val, rt, v.type()));
            } else {
                List<Integer> vals = new ArrayList<>(); List<Type> ts = new ArrayList<>();
                rhsValues(List.of(in.rhs()), lhs.size(), vals, ts);
                for (int i = 0; i < lhs.size(); i++) if (!lhs.get(i).name().equals("_")) storeVar(lhs.get(i), convert(vals.get(i), ts.get(i), lhs.get(i).type()));
            }
            top = saved;
        }
        e.emit(Op.RET);
        proto.code = e.code();
        proto.lines = e.lines();
        proto.frameSize = maxRegs + 1;
        proto.frameMem = (frameMem + 7) & ~7L;
        proto.memPtrs = memPtrMask();
        long[] pm = new long[(proto.frameSize + 63) / 64];
        for (int i = ptrRegs.nextSetBit(0); i >= 0; i = ptrRegs.nextSetBit(i + 1)) if (i < proto.frameSize) pm[i >>> 6] |= 1L << i;
        proto.ptrRegs = pm;
        proto.consts = new long[0];
    }
}
