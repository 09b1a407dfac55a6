package glassgo.compiler.codegen;

import glassgo.compiler.code.FuncProto;
import glassgo.compiler.code.Op;
import glassgo.compiler.code.Program;
import glassgo.compiler.escape.Escapes;
import glassgo.compiler.syntax.*;
import glassgo.compiler.types.*;
import glassgo.compiler.types.Package;
import glassgo.runtime.types.FieldSpec;
import glassgo.runtime.types.Kind;
import glassgo.runtime.types.RType;

import java.util.*;
import java.util.Map;

/**
 * Compiles checked packages into a {@link Program}: lays out globals, generates every function
 * reachable from the packages (declared functions and methods, closures, method-value and
 * interface-entry wrappers), builds the method tables of the types the program uses (see
 * {@link #typeIndexOf}), and an entry function that initialises the
 * packages in dependency order and then calls main.main.
 */
public final class Codegen {
    final Program prog = new Program();
    /** Type identity spellings: method keys, and which unnamed types share one runtime descriptor. */
    private final MethodKeys methodKeys = new MethodKeys();
    final TypeMap types = new TypeMap(methodKeys);
    final Set<Var> addressTaken = Collections.newSetFromMap(new IdentityHashMap<>());
    final Set<Var> capturedVars = Collections.newSetFromMap(new IdentityHashMap<>());
    private final IdentityHashMap<Func, Integer> funcIds = new IdentityHashMap<>();
    private final IdentityHashMap<Func, Package> funcPkg = new IdentityHashMap<>();
    private final ArrayDeque<Runnable> work = new ArrayDeque<>();
    private final IdentityHashMap<Var, Long> globals = new IdentityHashMap<>();
    /** Each function's constant pool: value → index, in index order (a hash, not a list search: init functions hold thousands). */
    private final IdentityHashMap<FuncGen, LinkedHashMap<Long, Integer>> consts = new IdentityHashMap<>();
    private final IdentityHashMap<Expr.FuncLit, List<Var>> caps = new IdentityHashMap<>();
    private final IdentityHashMap<Func, Integer> bound = new IdentityHashMap<>();
    private final Map<String, Integer> closureTypes = new HashMap<>();
    private final List<Package> order = new ArrayList<>();
    private long globalsSize;
    private final BitSet globalPtrs = new BitSet();
    private final Map<String, Integer> nativeIdx = new HashMap<>();

    /** Escape-analysis results per package (null: {@link Escapes#everythingEscapes}). */
    private final java.util.function.Function<Package, Escapes> escapeAnalysis;
    private final IdentityHashMap<Info, Escapes> escapes = new IdentityHashMap<>();
    private final IdentityHashMap<Info, Package> infoPkg = new IdentityHashMap<>();

    private Codegen(java.util.function.Function<Package, Escapes> escapeAnalysis) { this.escapeAnalysis = escapeAnalysis; }

    /** Compiles main (and, transitively, everything it imports); every allocation goes to the heap. */
    public static Program compile(Package main, List<Package> extra) {
        return compile(main, extra, null);
    }

    /**
     * Compiles main (and everything it imports), obeying the escape analysis: {@code escapes}
     * gives each package's {@link Escapes} (null, or a null result for a package: everything
     * escapes, as before the analysis existed).
     */
    public static Program compile(Package main, List<Package> extra, java.util.function.Function<Package, Escapes> escapes) {
        Codegen cg = new Codegen(escapes);
        cg.run(main, extra);
        return cg.prog;
    }

    /** The escape decisions codegen obeys for code checked with info. */
    Escapes escapesFor(Info info) {
        Escapes e = escapes.get(info);
        if (e != null) return e;
        Package p = infoPkg.get(info);
        if (escapeAnalysis != null && p != null) e = escapeAnalysis.apply(p);
        if (e == null) e = Escapes.everythingEscapes(v -> addressTaken.contains(v) || capturedVars.contains(v));
        escapes.put(info, e);
        return e;
    }

    private void run(Package main, List<Package> extra) {
        Set<Package> seen = new HashSet<>();
        for (Package p : extra) visit(p, seen);
        visit(main, seen);
        for (Package p : order) { if (p.info() != null) infoPkg.put(p.info(), p); scanPackage(p); }
        for (Package p : order) layoutGlobals(p);
        // runtime error types
        for (Package p : order) if (p.path().equals("runtime")) {
            prog.errorStringType = typeIndexOf(p.scope().lookup("errorString").type());
            prog.plainErrorType = typeIndexOf(p.scope().lookup("plainError").type());
            prog.typeAssertErrorType = typeIndexOf(new Pointer(p.scope().lookup("TypeAssertionError").type()));
        }
        // method tables are built on demand: see typeIndexOf
        FuncGenInit init = entry(main);
        // compiling functions checks their bodies, which may declare std variables whose
        // initialisers were left unchecked (Package.lateInits): those are initialised first in
        // their package's initialisation, by functions generated here until nothing new appears
        boolean more = true;
        while (more) {
            while (!work.isEmpty()) work.poll().run();
            more = false;
            for (Package p : order) more |= init.lateInits(p);
        }
        init.finishEntry();
        prog.globalsSize = globalsSize;
        long[] pm = new long[(int) ((globalsSize / 8 + 63) / 64) + 1];
        for (int i = globalPtrs.nextSetBit(0); i >= 0; i = globalPtrs.nextSetBit(i + 1)) pm[i >>> 6] |= 1L << i;
        prog.globalsPtrmask = pm;
    }

    private void visit(Package p, Set<Package> seen) {
        if (!seen.add(p)) return;
        for (Package q : p.imports()) visit(q, seen);
        order.add(p);
    }

    // ------------------------------------------------------------------ pre-pass: address-taken and captured variables

    private void scanPackage(Package p) {
        Info info = p.info();
        if (info == null) return;
        addressTaken.addAll(info.addressTaken);
        for (Initializer in : info.initOrder) scanBody(info, in.rhs());
    }

    /**
     * Before a declared function is compiled: its body is checked (std packages check bodies on
     * demand) and scanned. The variables the scan marks are that function's own locals (closures
     * inside it included), so scanning each function just before it is compiled is exact.
     */
    private void scanFunc(Func f, Info info, Decl.Func d) {
        f.pkg().checkBody(f);
        addressTaken.addAll(info.addressTaken);
        scanBody(info, d.body);
    }

    private void scanBody(Info info, Node body) {
        Walk.exprs(body, x -> {
            if (x instanceof Expr.Unary u && u.op == glassgo.compiler.syntax.Op.AND) markAddr(info, u.x);
            if (x instanceof Expr.Slice sl && info.typeOf(sl.x) != null && info.typeOf(sl.x).underlying() instanceof Array) markAddr(info, sl.x);
            if (x instanceof Expr.Call c && c.fun instanceof Expr.Selector sel) {
                Selection s = info.selections.get(sel);
                if (s != null && s.kind() == Selection.Kind.MethodVal && s.obj() instanceof Func m && m.pointerRecv()
                        && !(info.typeOf(sel.x).underlying() instanceof Pointer)) markAddr(info, sel.x);
            }
            if (x instanceof Expr.Selector sel2) {
                Selection s = info.selections.get(sel2);
                if (s != null && s.kind() == Selection.Kind.MethodVal && s.obj() instanceof Func m && m.pointerRecv()
                        && !(info.typeOf(sel2.x).underlying() instanceof Pointer)) markAddr(info, sel2.x);
            }
            if (x instanceof Expr.FuncLit fl) capturedVars.addAll(capturesOf(info, fl));
        }, true);
    }

    private void markAddr(Info info, Expr x) {
        while (true) {
            if (x instanceof Expr.Paren p) { x = p.x; continue; }
            if (x instanceof Expr.Ident id) { if (info.objectOf(id) instanceof Var v && !v.isGlobal()) addressTaken.add(v); return; }
            if (x instanceof Expr.Selector s) {
                Selection sel = info.selections.get(s);
                if (sel == null || info.typeOf(s.x).underlying() instanceof Pointer) return;
                x = s.x; continue;
            }
            if (x instanceof Expr.Index ix) {
                if (info.typeOf(ix.x).underlying() instanceof Array) { x = ix.x; continue; }
                return;
            }
            return;
        }
    }

    List<Var> capturesOf(Expr.FuncLit fl) { return caps.getOrDefault(fl, List.of()); }

    private List<Var> capturesOf(Info info, Expr.FuncLit fl) {
        List<Var> c = caps.get(fl);
        if (c != null) return c;
        Set<Node> inner = Collections.newSetFromMap(new IdentityHashMap<>());
        inner.add(fl);
        Walk.exprs(fl.body, x -> { if (x instanceof Expr.FuncLit f2) inner.add(f2); }, true);
        LinkedHashSet<Var> out = new LinkedHashSet<>();
        Walk.exprs(fl.body, x -> {
            if (x instanceof Expr.Ident id && info.uses.get(id) instanceof Var v && v.owner() != null && !v.isField() && !inner.contains(v.owner())) out.add(v);
        }, true);
        c = new ArrayList<>(out);
        caps.put(fl, c);
        return c;
    }

    // ------------------------------------------------------------------ globals

    private void layoutGlobals(Package p) {
        for (String n : p.scope().names()) {
            Obj o = p.scope().lookup(n);
            if (o instanceof Var v) {
                RType rt = types.rtype(v.storageType());
                long a = Math.max(rt.align, 1);
                globalsSize = (globalsSize + a - 1) / a * a;
                globals.put(v, globalsSize);
                for (long w = 0; w < rt.size / 8; w++) if (rt.ptrWord(w)) globalPtrs.set((int) (globalsSize / 8 + w));
                globalsSize += Math.max(rt.size, 1);
            }
        }
        globalsSize = (globalsSize + 7) & ~7L;
    }

    long globalOffset(Var v) {
        Long o = globals.get(v);
        if (o == null) throw new CodegenException(v.pos(), "glassgo: internal error: no storage for global " + v.name());
        return o;
    }

    // ------------------------------------------------------------------ functions

    int funcId(Func f) {
        Integer id = funcIds.get(f);
        if (id != null) return id;
        Decl.Func d = f.decl();
        Package p = f.pkg();
        String file = d != null ? fileOf(p, d) : "?";
        FuncProto proto = new FuncProto(prog.funcs.size(), f.fullName(), file);
        proto.line = d != null ? d.funcPos.line() : 0;
        prog.funcs.add(proto);
        funcIds.put(f, proto.id);
        if (d == null || d.body == null) {
            proto.nativeIndex = nativeIndex(f.fullName());
            Signature s = f.signature();
            int pw = s.recv() != null ? TypeMap.words(s.recv().type()) : 0;
            for (Var v : s.params().vars()) pw += TypeMap.words(v.type());
            proto.paramWords = pw;
            proto.frameSize = pw + 4;
            proto.code = new int[]{Op.RET}; proto.lines = new int[]{proto.line}; proto.consts = new long[0];
            return proto.id;
        }
        Info info = p.info();
        work.add(() -> {
            scanFunc(f, info, d);
            FuncGen g = new FuncGen(this, info, proto, null);
            g.genFunc(d.recv, d.type, d.body, f.signature());
            finish(g);
        });
        return proto.id;
    }

    private String fileOf(Package p, Node n) {
        for (SourceFile f : p.files()) for (Decl d : f.decls) if (d == n) return f.fileName;
        return p.files().isEmpty() ? "?" : p.files().get(0).fileName;
    }

    int nativeIndex(String name) {
        return nativeIdx.computeIfAbsent(name, k -> { prog.natives.add(k); return prog.natives.size() - 1; });
    }

    private void finish(FuncGen g) {
        LinkedHashMap<Long, Integer> cs = consts.get(g);
        if (cs != null) { long[] a = new long[cs.size()]; int i = 0; for (long v : cs.keySet()) a[i++] = v; g.proto.consts = a; }
    }

    int constIndex(FuncGen g, long v) {
        LinkedHashMap<Long, Integer> cs = consts.computeIfAbsent(g, k -> new LinkedHashMap<>());
        Integer i = cs.putIfAbsent(v, cs.size());
        return i != null ? i : cs.size() - 1;
    }

    /** The function a deferred builtin call runs: the builtin applied to its parameters. */
    int deferredBuiltin(FuncGen parent, Expr.Call call, Builtin b, List<Expr> args, List<Type> ts) {
        FuncProto proto = new FuncProto(prog.funcs.size(), parent.closureName(), parent.proto.file);
        proto.line = call.pos.line();
        prog.funcs.add(proto);
        FuncGen g = new FuncGen(this, parent.info, proto, null);
        g.genDeferredBuiltin(call, b, args, ts);
        finish(g);
        return proto.id;
    }

    int closureFunc(FuncGen parent, Expr.FuncLit fl, List<FuncGen.Capture> captured) {
        FuncProto proto = new FuncProto(prog.funcs.size(), parent.closureName(), parent.proto.file);
        proto.line = fl.pos.line();
        prog.funcs.add(proto);
        Signature sig = (Signature) parent.info.typeOf(fl);
        FuncGen g = new FuncGen(this, parent.info, proto, captured);
        g.genFunc(null, fl.type, fl.body, sig);
        finish(g);
        return proto.id;
    }

    /** The runtime type of a closure object: the code word, then one word per context word (pointer or not). */
    int closureType(List<Boolean> ptrWords) {
        StringBuilder key = new StringBuilder();
        for (boolean b : ptrWords) key.append(b ? 'p' : 'w');
        return closureTypes.computeIfAbsent(key.toString(), k -> {
            List<FieldSpec> fs = new ArrayList<>();
            fs.add(new FieldSpec("F", RType.basic(Kind.UINTPTR), false));
            for (int i = 0; i < k.length(); i++) fs.add(new FieldSpec("c" + i, k.charAt(i) == 'p' ? RType.unsafePointer() : RType.basic(Kind.UINTPTR), false));
            return prog.typeIndex(RType.struct("closure", fs));
        });
    }

    /** The global id of method m: same id exactly when same name (package-qualified if unexported) and identical type. */
    int methodId(Func m) {
        return prog.methodId(methodKeys.key(m));
    }

    int typeIndexOf(Type t) {
        RType rt = types.rtype(t);
        int i = prog.typeIndex(rt);
        methodTablesReachable(t);
        if (t.underlying() instanceof Interface it && !prog.ifaceMethods.containsKey(rt)) {
            List<Func> ms = new ArrayList<>(it.allMethods());
            ms.sort(Comparator.comparing(Obj::name));
            int[] ids = new int[ms.size()];
            for (int k = 0; k < ids.length; k++) ids[k] = methodId(ms.get(k));
            prog.ifaceMethods.put(rt, ids);
        }
        return i;
    }

    /** A wrapper for the method value {@code x.M}: the closure context holds the receiver words. */
    int boundMethod(Func m) {
        Integer id = bound.get(m);
        if (id != null) return id;
        int target = funcId(m);
        Signature s = m.signature();
        FuncProto proto = new FuncProto(prog.funcs.size(), m.fullName() + "-fm", "<autogenerated>");
        prog.funcs.add(proto);
        bound.put(m, proto.id);
        int rw = TypeMap.words(s.recv().type());
        int pw = 0; for (Var v : s.params().vars()) pw += TypeMap.words(v.type());
        int resw = 0; for (Var v : s.results().vars()) resw += TypeMap.words(v.type());
        Emitter e = new Emitter();
        int base = Math.max(pw, resw) + 1;
        Type rty = s.recv().type();
        if (TypeMap.aggregate(rty)) {
            // the receiver is held inline in the closure: copy it into frame memory, pass its address
            RType r = types.rtype(rty);
            long words = (r.size + 7) / 8;
            int tmp = base + rw + pw + resw;
            e.emit(Op.FRAME, base, 0);
            for (int w = 0; w < words; w++) {
                e.emit(Op.CTX, tmp, 8 + 8 * w);
                e.emit(r.ptrWord(w) ? Op.STP : Op.ST64, base, 8 * w, tmp);
            }
            proto.frameMem = words * 8;
            proto.memPtrs = ptrMask(r);
        } else for (int i = 0; i < rw; i++) e.emit(Op.CTX, base + i, 8 + 8 * i);
        for (int i = 0; i < pw; i++) e.emit(Op.MOV, base + rw + i, i);
        e.emit(Op.CALL, target, base);
        for (int i = 0; i < resw; i++) e.emit(Op.MOV, i, base + i);
        e.emit(Op.RET);
        proto.code = e.code(); proto.lines = e.lines(); proto.consts = new long[0];
        proto.paramWords = pw; proto.resultWords = resw;
        proto.frameSize = base + rw + pw + resw + 4;
        proto.ptrRegs = allPtr(proto.frameSize);
        return proto.id;
    }

    private final IdentityHashMap<Func, Integer> ifaceBound = new IdentityHashMap<>();
    private final IdentityHashMap<Func, Integer> ifaceExpr = new IdentityHashMap<>();

    /** Wrapper for the interface method value {@code i.M}: the closure context holds the interface's two words. */
    int ifaceBound(Func m) {
        Integer id = ifaceBound.get(m);
        if (id != null) return id;
        FuncProto proto = ifaceDispatch(m, m.name() + "-fm", true);
        ifaceBound.put(m, proto.id);
        return proto.id;
    }

    /** Wrapper for the method expression {@code I.M}: the interface value is the first argument. */
    int ifaceMethodExpr(Func m) {
        Integer id = ifaceExpr.get(m);
        if (id != null) return id;
        FuncProto proto = ifaceDispatch(m, m.name(), false);
        ifaceExpr.put(m, proto.id);
        return proto.id;
    }

    /**
     * The function a method expression {@code T.M} / {@code (*T).M} of a non-interface type
     * evaluates to: m itself when its receiver is the expression's receiver, else a wrapper that
     * loads the value through the pointer ({@code (*T).M} of a value method) or walks the embedding
     * path of a promoted method (struct receivers arrive as a pointer to a copy, as every
     * struct argument does).
     */
    int methodExprFunc(Type recv, Func m, int[] path) {
        boolean ptr = recv.underlying() instanceof Pointer && !(recv instanceof Named);
        if (path.length == 1) return ptr == m.pointerRecv() ? funcId(m) : ifaceEntry(m);
        return promotedEntry(ptr ? ((Pointer) recv.underlying()).elem() : recv, m, path, false);
    }

    private FuncProto ifaceDispatch(Func m, String name, boolean fromCtx) {
        Signature s = m.signature();
        FuncProto proto = new FuncProto(prog.funcs.size(), name, "<autogenerated>");
        prog.funcs.add(proto);
        int pw = 0; for (Var v : s.params().vars()) pw += TypeMap.words(v.type());
        int resw = 0; for (Var v : s.results().vars()) resw += TypeMap.words(v.type());
        int in = fromCtx ? 0 : 2;              // parameter words before m's own
        Emitter e = new Emitter();
        int iv = Math.max(in + pw, resw) + 1;
        int base = iv + 2;
        if (fromCtx) { e.emit(Op.CTX, iv, 8); e.emit(Op.CTX, iv + 1, 16); }
        else { e.emit(Op.MOV, iv, 0); e.emit(Op.MOV, iv + 1, 1); }
        for (int i = 0; i < pw; i++) e.emit(Op.MOV, base + 1 + i, in + i);
        e.emit(Op.CALLI, iv, methodId(m), base);
        for (int i = 0; i < resw; i++) e.emit(Op.MOV, i, base + i);
        e.emit(Op.RET);
        proto.code = e.code(); proto.lines = e.lines(); proto.consts = new long[0];
        proto.paramWords = in + pw; proto.resultWords = resw;
        proto.frameSize = base + 1 + pw + resw + 4;
        proto.ptrRegs = allPtr(proto.frameSize);
        return proto;
    }

    /** Emits loads of a register-resident (non-aggregate) value of type rt from memory at R[src] into R[dst..]. */
    private static void loadValue(Emitter e, Type rt, int dst, int src) {
        int rw = TypeMap.words(rt);
        if (rt.underlying() instanceof Basic b) {
            if (b.kind() == BasicKind.Complex64) { e.emit(Op.LDF32, dst, src, 0); e.emit(Op.LDF32, dst + 1, src, 4); return; }
            int op = switch (b.kind()) { case Bool, Uint8 -> Op.LD8U; case Int8 -> Op.LD8S; case Int16 -> Op.LD16S; case Uint16 -> Op.LD16U; case Int32 -> Op.LD32S; case Uint32 -> Op.LD32U; case Float32 -> Op.LDF32; default -> Op.LD64; };
            for (int i = 0; i < rw; i++) e.emit(rw > 1 ? Op.LD64 : op, dst + i, src, 8 * i);
        } else for (int i = 0; i < rw; i++) e.emit(Op.LD64, dst + i, src, 8 * i);
    }

    /** Pointer words of a value of type r stored at frame-memory offset 0. */
    static long[] ptrMask(RType r) {
        long words = (r.size + 7) / 8;
        long[] m = new long[(int) ((words + 63) / 64)];
        for (int w = 0; w < words; w++) if (r.ptrWord(w)) m[w >>> 6] |= 1L << w;
        return m;
    }

    private static long[] allPtr(int n) { long[] a = new long[(n + 63) / 64]; Arrays.fill(a, -1L); return a; }

    /** Method tables: T and *T, with interface-entry wrappers where the data word is not the receiver itself. */
    private void methodTables(Type nt) {
        List<Func> declared = nt instanceof Named n ? n.methods() : List.of();
        RType t = types.rtype(nt);
        RType pt = types.rtype(new Pointer(nt));
        prog.typeIndex(t); prog.typeIndex(pt);
        Map<Integer, Integer> tm = prog.methods.computeIfAbsent(t, k -> new HashMap<>());
        Map<Integer, Integer> pm = prog.methods.computeIfAbsent(pt, k -> new HashMap<>());
        boolean direct = t.isDirectIface();
        for (Func m : declared) {
            int mid = methodId(m);
            if (m.pointerRecv()) { pm.put(mid, funcId(m)); continue; }
            // value receiver: via *T the data word is the pointer; via T it is the value (direct) or a box pointer
            int deref = ifaceEntry(m);
            pm.put(mid, deref);
            tm.put(mid, direct ? funcId(m) : deref);
        }
        if (!hasEmbedded(nt)) return;
        // promoted methods (spec: Struct types; method sets of T and *T)
        java.util.LinkedHashMap<String, Func> names = new java.util.LinkedHashMap<>();
        collectPromoted(nt.underlying(), names, Collections.newSetFromMap(new IdentityHashMap<>()));
        for (Func cand : names.values()) {
            boolean isDeclared = false;
            for (Func m : declared) if (m.name().equals(cand.name())) isDeclared = true;
            if (isDeclared) continue;
            Lookup.Result rp = Lookup.lookupFieldOrMethod(new Pointer(nt), false, cand.pkg(), cand.name());
            if (!(rp.obj() instanceof Func m) || rp.ambiguous()) continue;
            int mid = methodId(m);
            pm.put(mid, promotedEntry(nt, m, rp.index(), false));
            Lookup.Result rv = Lookup.lookupFieldOrMethod(nt, false, cand.pkg(), cand.name());
            boolean inValueSet = rv.obj() instanceof Func fv && (!fv.pointerRecv() || rv.indirect() || isIfaceMethod(nt, rv.index()));
            if (inValueSet) tm.put(mid, direct ? promotedEntry(nt, m, rp.index(), true) : pm.get(mid));
        }
    }

    private final Set<RType> unnamedWithMethods = new HashSet<>();

    /**
     * Method tables for an unnamed struct type with embedded fields (or a pointer to one) that is
     * converted to an interface: its method set is the promoted methods ({@code struct{ S }}).
     * Named types get theirs from {@link #methodTablesReachable}.
     */
    void unnamedMethodTables(Type dyn) {
        Type st = dyn instanceof Pointer p ? p.elem() : dyn;
        if (!(st instanceof Struct) || !hasEmbedded(st) || !unnamedWithMethods.add(types.rtype(st))) return;
        methodTables(st);
    }

    /** Named types whose method tables are built (or being built). */
    private final Set<Named> tablesBuilt = Collections.newSetFromMap(new IdentityHashMap<>());

    /**
     * Builds the method tables of every named type reachable from t's structure (t itself,
     * pointer/element/key/field/parameter types, transitively), as Go's linker keeps the methods
     * of the types reachable from a type descriptor the program uses. Every value the VM finds
     * in an interface got there by a conversion whose type codegen asked typeIndexOf for, and
     * fmt reaches the values inside it (fields, elements) through its descriptor, so every type
     * whose methods can be looked up at run time has its tables; the methods of the types that
     * are never used this way are not compiled at all (most of each imported package's).
     */
    private void methodTablesReachable(Type t) {
        while (true) {
            if (t instanceof Named nt) {
                if (!tablesBuilt.add(nt)) return;
                if (nt.numMethods() > 0 || hasEmbedded(nt)) methodTables(nt);
                if (nt.underlying() instanceof Struct st) { // its fields (the unnamed struct type itself is not used)
                    for (Var f : st.fields()) methodTablesReachable(f.type());
                    return;
                }
                t = nt.underlying();
            } else if (t instanceof Pointer p) t = p.elem();
            else if (t instanceof Slice sl) t = sl.elem();
            else if (t instanceof Array a) t = a.elem();
            else if (t instanceof Chan c) t = c.elem();
            else if (t instanceof glassgo.compiler.types.Map m) { methodTablesReachable(m.key()); t = m.elem(); }
            else if (t instanceof Struct st) {
                unnamedMethodTables(st); // struct{ S }: promoted methods
                for (Var f : st.fields()) methodTablesReachable(f.type());
                return;
            }
            else if (t instanceof Signature sig) {
                for (Var v : sig.params().vars()) methodTablesReachable(v.type());
                for (Var v : sig.results().vars()) methodTablesReachable(v.type());
                return;
            } else if (t instanceof Interface it) {
                for (Func m : it.allMethods()) methodTablesReachable(m.type());
                return;
            } else return;
            if (t == null) return;
        }
    }

    private static boolean hasEmbedded(Type nt) {
        if (!(nt.underlying() instanceof Struct st)) return false;
        for (Var f : st.fields()) if (f.embedded()) return true;
        return false;
    }

    /** Every method reachable through embedded fields of t (candidates; Lookup decides depth and ambiguity). */
    private static void collectPromoted(Type t, Map<String, Func> out, Set<Type> seen) {
        if (!(t instanceof Struct st)) return;
        for (Var f : st.fields()) {
            if (!f.embedded()) continue;
            Type ft = f.type() instanceof Pointer p ? p.elem() : f.type();
            if (!seen.add(ft)) continue;
            if (ft instanceof Named n) for (Func m : n.methods()) out.putIfAbsent(m.name(), m);
            if (ft.underlying() instanceof Interface it) for (Func m : it.allMethods()) out.putIfAbsent(m.name(), m);
            collectPromoted(ft.underlying(), out, seen);
        }
    }

    /** Does the selection path end in a method of an embedded interface? */
    private static boolean isIfaceMethod(Type nt, int[] path) {
        Type ct = nt;
        for (int i = 0; i < path.length - 1; i++) {
            Type ft = ((Struct) ct.underlying()).field(path[i]).type();
            ct = ft instanceof Pointer p ? p.elem() : ft;
        }
        return ct.underlying() instanceof Interface;
    }

    /**
     * Wrapper for a method promoted to nt through embedded fields: R[0] holds a pointer to the nt
     * value (a box or *nt; with {@code directValue}, the pointer-shaped value itself), the method's
     * parameters follow. It walks the embedding path (loading embedded pointers, nil-checked) and
     * calls the method on the embedded value, pointer, or interface.
     */
    private int promotedEntry(Type nt, Func m, int[] path, boolean directValue) {
        Signature s = m.signature();
        FuncProto proto = new FuncProto(prog.funcs.size(), TypeMap.name(nt) + "." + m.name(), "<autogenerated>");
        prog.funcs.add(proto);
        int pw = 0; for (Var v : s.params().vars()) pw += TypeMap.words(v.type());
        int resw = 0; for (Var v : s.results().vars()) resw += TypeMap.words(v.type());
        Emitter e = new Emitter();
        int cur = Math.max(1 + pw, resw) + 1;
        int base = cur + 3;
        long frameMem = 0;
        BitSet memPtrs = new BitSet(); // pointer words of the frame memory (for stack copying)
        if (directValue) { e.emit(Op.FRAME, cur, 0); e.emit(Op.ST64, cur, 0, 0); frameMem = 8; memPtrs.set(0); }
        else e.emit(Op.MOV, cur, 0);
        Type ct = nt;
        for (int i = 0; i < path.length - 1; i++) {
            e.emit(Op.NILCHK, cur);
            Struct st = (Struct) ct.underlying();
            long off = types.rtype(ct).fields[path[i]].offset();
            if (off != 0) e.emit(Op.LEA, cur, cur, (int) off);
            Type ft = st.field(path[i]).type();
            if (ft instanceof Pointer p) { e.emit(Op.LD64, cur, cur, 0); ct = p.elem(); }
            else ct = ft;
        }
        int rw;
        if (ct.underlying() instanceof Interface) {
            // embedded interface: dynamic dispatch on the interface value stored at cur
            typeIndexOf(ct);
            int iv = cur + 1;
            e.emit(Op.NILCHK, cur);
            e.emit(Op.LD64, iv, cur, 0); e.emit(Op.LD64, iv + 1, cur, 8);
            rw = 1;
            for (int i = 0; i < pw; i++) e.emit(Op.MOV, base + rw + i, 1 + i);
            e.emit(Op.CALLI, iv, methodId(m), base);
        } else {
            Type rt = s.recv().type();
            // a pointer receiver may be nil (an embedded nil *T calls (*T).M(nil), as in Go); a value one is loaded through it
            if (!m.pointerRecv()) e.emit(Op.NILCHK, cur);
            if (m.pointerRecv()) { rw = 1; e.emit(Op.MOV, base, cur); }
            else if (TypeMap.aggregate(rt)) {
                RType r = types.rtype(rt);
                long o = (frameMem + 7) & ~7L;
                e.emit(Op.FRAME, base, (int) o);
                e.emit(Op.MOVE, base, cur, prog.typeIndex(r));
                for (int w = 0; w < (r.size + 7) / 8; w++) if (r.ptrWord(w)) memPtrs.set((int) (o / 8 + w));
                frameMem = o + r.size;
                rw = 1;
            } else {
                rw = TypeMap.words(rt);
                loadValue(e, rt, base, cur);
            }
            for (int i = 0; i < pw; i++) e.emit(Op.MOV, base + rw + i, 1 + i);
            e.emit(Op.CALL, funcId(m), base);
        }
        for (int i = 0; i < resw; i++) e.emit(Op.MOV, i, base + i);
        e.emit(Op.RET);
        proto.code = e.code(); proto.lines = e.lines(); proto.consts = new long[0];
        proto.paramWords = 1 + pw; proto.resultWords = resw;
        proto.memPtrs = memPtrs.toLongArray();
        proto.frameMem = (frameMem + 7) & ~7L;
        proto.frameSize = base + rw + pw + resw + 4;
        proto.ptrRegs = allPtr(proto.frameSize);
        return proto.id;
    }

    /** Wrapper taking a pointer to the receiver in R[0] (box or *T), loading the value and calling m. */
    private int ifaceEntry(Func m) {
        int target = funcId(m);
        Signature s = m.signature();
        Type rt = s.recv().type();
        FuncProto proto = new FuncProto(prog.funcs.size(), m.fullName(), "<autogenerated>");
        prog.funcs.add(proto);
        int pw = 0; for (Var v : s.params().vars()) pw += TypeMap.words(v.type());
        int resw = 0; for (Var v : s.results().vars()) resw += TypeMap.words(v.type());
        int rw = TypeMap.words(rt);
        Emitter e = new Emitter();
        int base = Math.max(1 + pw, resw) + 2;
        RType r = types.rtype(rt);
        // runtime.panicwrap: a value method called through a nil pointer names itself
        int ok = e.jump(Op.JT, 0);
        String tn = TypeMap.name(rt), bare = tn.substring(tn.lastIndexOf('.') + 1);
        e.emit(Op.SLIT, base, prog.stringLit(("value method " + tn + "." + m.name() + " called using nil *" + bare + " pointer").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        e.emit(Op.NATIVE, nativeIndex("runtime.panicwrap"), base);
        e.patch(ok);
        if (TypeMap.aggregate(rt)) {
            e.emit(Op.FRAME, base, 0);
            e.emit(Op.MOVE, base, 0, prog.typeIndex(r));
            proto.frameMem = (r.size + 7) & ~7L;
            proto.memPtrs = ptrMask(r);
        } else loadValue(e, rt, base, 0);
        for (int i = 0; i < pw; i++) e.emit(Op.MOV, base + rw + i, 1 + i);
        e.emit(Op.CALL, target, base);
        for (int i = 0; i < resw; i++) e.emit(Op.MOV, i, base + i);
        e.emit(Op.RET);
        proto.code = e.code(); proto.lines = e.lines(); proto.consts = new long[0];
        proto.paramWords = 1 + pw; proto.resultWords = resw;
        proto.frameSize = base + rw + pw + resw + 4;
        proto.ptrRegs = allPtr(proto.frameSize);
        return proto.id;
    }

    /** Emits a call of the native {@code name} with the value v (of type t, or none) as its argument. */
    void callNative(FuncGen g, String name, int v, Type t) {
        int idx = nativeIndex(name);
        int base = g.top();
        if (v >= 0) {
            int w = TypeMap.words(t);
            int slot = g.allocW(w);
            g.mov(slot, v, w);
        }
        g.e.emit(Op.NATIVE, idx, base);
        g.setTop(base);
    }

    long hiterSize() { return 96; }

    // ------------------------------------------------------------------ entry: package initialisation, then main.main

    private FuncGenInit entry(Package main) {
        FuncProto proto = new FuncProto(prog.funcs.size(), "runtime.main", "<autogenerated>");
        prog.funcs.add(proto);
        prog.entry = proto.id;
        // init per package in dependency order
        FuncGenInit init = new FuncGenInit(this, proto);
        for (Package p : order) init.initPackage(p);
        Obj mm = main.scope().lookup("main");
        init.main = funcId((Func) mm);
        return init;
    }

    /**
     * The entry function's calls: per package in dependency order, its late variable
     * initialisers, its variable initialisers, its init functions; then main.main. The calls are
     * emitted once codegen is done ({@link #finishEntry}), when the late ones are known.
     */
    private static final class FuncGenInit {
        final Codegen cg; final FuncProto proto;
        final IdentityHashMap<Package, List<Integer>> lateCalls = new IdentityHashMap<>();
        final IdentityHashMap<Package, Integer> lateDone = new IdentityHashMap<>();
        final IdentityHashMap<Package, List<Integer>> calls = new IdentityHashMap<>();
        int main;
        FuncGenInit(Codegen cg, FuncProto proto) { this.cg = cg; this.proto = proto; }

        /** A synthetic function holding the variable initialisers ins of package p. */
        private int initFunc(Package p, Info info, List<Initializer> ins) {
            FuncProto ip = new FuncProto(cg.prog.funcs.size(), p.path() + ".init", p.files().isEmpty() ? "?" : p.files().get(0).fileName);
            cg.prog.funcs.add(ip);
            FuncGen g = new FuncGen(cg, info, ip, null);
            g.genInit(ins);
            cg.finish(g);
            return ip.id;
        }

        void initPackage(Package p) {
            Info info = p.info();
            if (info == null) return;
            List<Integer> cs = calls.computeIfAbsent(p, k -> new ArrayList<>());
            // one synthetic function per package holding its variable initialisers
            if (!info.initOrder.isEmpty()) cs.add(initFunc(p, info, info.initOrder));
            for (SourceFile f : p.files()) for (Decl d : f.decls) {
                if (d instanceof Decl.Func fd && fd.recv == null && fd.name.name.equals("init") && fd.body != null) {
                    Func fn = info.funcs.get(fd);
                    if (fn == null) fn = (Func) info.defs.get(fd.name);
                    if (fn != null) cs.add(cg.funcId(fn));
                }
            }
        }

        /** Generates the late initialisers of p that appeared since the last call; true if there were any. */
        boolean lateInits(Package p) {
            Info info = p.info();
            List<Initializer> li = p.lateInits();
            int done = lateDone.getOrDefault(p, 0);
            if (info == null || li.size() == done) return false;
            lateDone.put(p, li.size());
            lateCalls.computeIfAbsent(p, k -> new ArrayList<>()).add(initFunc(p, info, new ArrayList<>(li.subList(done, li.size()))));
            return true;
        }

        void finishEntry() {
            Emitter e = new Emitter();
            for (Package p : cg.order) {
                for (int id : lateCalls.getOrDefault(p, List.of())) e.emit(Op.CALL, id, 1);
                for (int id : calls.getOrDefault(p, List.of())) e.emit(Op.CALL, id, 1);
            }
            e.emit(Op.CALL, main, 1);
            e.emit(Op.RET);
            proto.code = e.code(); proto.lines = e.lines(); proto.consts = new long[0];
            proto.frameSize = 4;
        }
    }
}
