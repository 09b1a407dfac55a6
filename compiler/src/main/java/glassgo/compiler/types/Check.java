package glassgo.compiler.types;

import glassgo.compiler.syntax.*;
import java.math.BigInteger;
import java.util.*;

/**
 * The checker proper: one instance per package. Sections follow go/types' files (resolver, decl,
 * typexpr, expr, call, builtins, assignments, conversions, stmt, labels, return, initorder).
 * Errors are reported at syntax.StartPos of the offending node, as types2 does.
 */
final class Check {
    final Package pkg;
    final Info info;
    final Importer importer;
    final boolean std;
    /** Function bodies are checked on demand ({@link #checkPendingBody}), not by run(); trusted std packages only. */
    final boolean lazyBodies;
    final List<TypeError> errors = new ArrayList<>();
    String fileName;

    Check(Package pkg, Info info, Importer importer, boolean std, boolean lazyBodies) {
        this.pkg = pkg; this.info = info; this.importer = importer; this.std = std; this.lazyBodies = lazyBodies;
    }

    // =====================================================================================
    // Errors
    // =====================================================================================

    static final class Bailout extends RuntimeException { Bailout() { super(null, null, false, false); } }

    void error(Pos pos, String msg) { errors.add(new TypeError(fileName, pos, msg, false)); }
    void softError(Pos pos, String msg) { errors.add(new TypeError(fileName, pos, msg, true)); }
    void errorAt(Node n, String msg) { error(startPos(n), msg); }
    void errorAt(Operand x, String msg) { error(x.expr != null ? startPos(x.expr) : Pos.NONE, msg); }

    /** syntax.StartPos. */
    static Pos startPos(Node n) {
        for (;;) {
            if (n instanceof Expr.CompositeLit c) { if (c.type != null) { n = c.type; continue; } return c.pos; }
            if (n instanceof Expr.Selector s) { n = s.x; continue; }
            if (n instanceof Expr.Index s) { n = s.x; continue; }
            if (n instanceof Expr.TypeAssert s) { n = s.x; continue; }
            if (n instanceof Expr.Binary b) { n = b.x; continue; }
            if (n instanceof Expr.Call c) { n = c.fun; continue; }
            if (n instanceof Stmt.Send s) { n = s.chan; continue; }
            if (n instanceof Stmt.Assign a) { n = a.lhs.get(0); continue; }
            if (n instanceof Stmt.ExprStmt e) { n = e.x; continue; }
            if (n instanceof Stmt.IncDec e) { n = e.x; continue; }
            return n.pos();
        }
    }

    String q(Type t) { return t == null ? "<nil>" : t.typeString(this::qualifier); }
    String qualifier(Package p) { return p == pkg ? "" : p.name(); }

    // =====================================================================================
    // Operands
    // =====================================================================================

    static final class Operand {
        Mode mode = Mode.INVALID;
        Expr expr;
        Type typ;
        ConstValue val;
        BuiltinId id;
        void invalidate() { mode = Mode.INVALID; }
        boolean invalid() { return mode == Mode.INVALID; }
        boolean isNil() { return mode == Mode.NILVALUE || (mode == Mode.VALUE && typ == Universe.UNTYPED_NIL); }
        Operand copy() { Operand o = new Operand(); o.mode = mode; o.expr = expr; o.typ = typ; o.val = val; o.id = id; return o; }
    }

    String str(Operand x) {
        if (x.isNil() && (x.typ == null || x.typ == Universe.UNTYPED_NIL)) return "nil";
        if (x.mode == Mode.NILVALUE) return "nil (of type " + q(x.typ) + ")";
        StringBuilder sb = new StringBuilder();
        String expr = "";
        if (x.expr != null) expr = ExprString.of(x.expr);
        else if (x.mode == Mode.BUILTIN) expr = x.id.goName;
        else if (x.mode == Mode.TYPEXPR) expr = q(x.typ);
        else if (x.mode == Mode.CONSTANT) expr = x.val.toString();
        if (!expr.isEmpty()) sb.append(expr).append(" (");
        boolean hasType = false;
        switch (x.mode) {
            case INVALID, NOVALUE, BUILTIN, TYPEXPR -> {}
            default -> {
                if (x.typ != null) {
                    if (Predicates.isUntyped(x.typ)) sb.append(((Basic) x.typ).name()).append(' ');
                    else hasType = true;
                }
            }
        }
        sb.append(switch (x.mode) {
            case INVALID -> "invalid operand"; case NOVALUE -> "no value"; case BUILTIN -> "built-in";
            case TYPEXPR -> "type"; case CONSTANT -> "constant"; case VARIABLE -> "variable";
            case MAPINDEX -> "map index expression"; case VALUE, NILVALUE -> "value"; case COMMAOK -> "comma, ok expression";
        });
        if (x.mode == Mode.CONSTANT) {
            String s = x.val.toString();
            if (!s.equals(expr)) sb.append(' ').append(s);
        }
        if (hasType) {
            if (x.typ != Universe.INVALID) sb.append(" of type ").append(q(x.typ));
            else sb.append(" with invalid type");
        }
        if (!expr.isEmpty()) sb.append(')');
        return sb.toString();
    }

    void record(Operand x) {
        if (x.expr == null) return;
        Type t = x.typ;
        ConstValue v = x.mode == Mode.CONSTANT ? x.val : null;
        Mode m = x.mode;
        if (m == Mode.INVALID) return;
        info.types.put(x.expr, new TypeAndValue(m, t, v));
        if (Predicates.isUntyped(t)) untyped.put(x.expr, Boolean.TRUE);
    }
    final IdentityHashMap<Expr, Boolean> untyped = new IdentityHashMap<>();

    /** go/types updateExprType: propagate the final type of an untyped expression down its operands. */
    void updateExprType(Expr e, Type typ) {
        if (!untyped.containsKey(e)) return;
        TypeAndValue old = info.types.get(e);
        if (old == null) return;
        // types2: the operands of a constant expression are never materialized, so they keep
        // their untyped types (recursing into them made long constant chains 1+1+…+1 quadratic)
        if (old.value() != null && !(e instanceof Expr.Paren)) { /* operands left as they are */ }
        else if (e instanceof Expr.Paren p) updateExprType(p.x, typ);
        else if (e instanceof Expr.Unary u && u.op != Op.NOT || e instanceof Expr.Unary u2 && u2.op == Op.NOT) {
            updateExprType(((Expr.Unary) e).x, typ);
        } else if (e instanceof Expr.Binary b) {
            if (isComparison(b.op)) {
                // result type is independent of operand types
            } else if (b.op == Op.SHL || b.op == Op.SHR) {
                updateExprType(b.x, typ);
            } else {
                updateExprType(b.x, typ);
                updateExprType(b.y, typ);
            }
        }
        if (Predicates.isUntyped(typ) ) {
            info.types.put(e, new TypeAndValue(old.mode(), typ, old.value()));
            return;
        }
        untyped.remove(e);
        ConstValue v = old.value();
        if (v != null && typ.underlying() instanceof Basic b) v = roundConst(v, b);
        info.types.put(e, new TypeAndValue(old.mode(), typ, v));
    }

    static boolean isComparison(Op op) { return op == Op.EQL || op == Op.NEQ || op == Op.LSS || op == Op.LEQ || op == Op.GTR || op == Op.GEQ; }

    ConstValue roundConst(ConstValue v, Basic b) {
        ConstValue[] out = new ConstValue[1];
        if (representableConst(v, b, out)) return out[0];
        return v;
    }

    // =====================================================================================
    // Representability (go/types const.go / expr.go representableConst)
    // =====================================================================================

    static boolean representableConst(ConstValue x, Basic typ, ConstValue[] rounded) {
        if (x.kind() == ConstValue.Kind.UNKNOWN) return true;
        if (rounded != null) rounded[0] = x;
        BasicKind k = typ.kind();
        if (typ.isInteger()) {
            ConstValue xi = Constants.toInt(x);
            if (xi.kind() != ConstValue.Kind.INT) return false;
            if (rounded != null) rounded[0] = xi;
            BigInteger v = xi.num;
            int bits; boolean unsigned = typ.isUnsigned();
            switch (k) {
                case Int8, Uint8 -> bits = 8; case Int16, Uint16 -> bits = 16; case Int32, Uint32 -> bits = 32;
                case Int, Int64, Uint, Uint64, Uintptr -> bits = 64;
                default -> { return true; } // untyped int/rune
            }
            if (unsigned) return v.signum() >= 0 && v.bitLength() <= bits;
            return v.bitLength() <= bits - 1;
        }
        if (typ.isFloat()) {
            ConstValue xf = Constants.toFloat(x);
            if (xf.kind() == ConstValue.Kind.UNKNOWN) return false;
            switch (k) {
                case Float32 -> { ConstValue r = Constants.roundFloat32(xf); if (r == null) return false; if (rounded != null) rounded[0] = r; return true; }
                case Float64 -> { ConstValue r = Constants.roundFloat64(xf); if (r == null) return false; if (rounded != null) rounded[0] = r; return true; }
                default -> { if (rounded != null) rounded[0] = xf; return true; }
            }
        }
        if (typ.isComplex()) {
            ConstValue xc = Constants.toComplex(x);
            if (xc.kind() == ConstValue.Kind.UNKNOWN) return false;
            switch (k) {
                case Complex64, Complex128 -> {
                    ConstValue re = k == BasicKind.Complex64 ? Constants.roundFloat32(Constants.real(xc)) : Constants.roundFloat64(Constants.real(xc));
                    ConstValue im = k == BasicKind.Complex64 ? Constants.roundFloat32(Constants.imag(xc)) : Constants.roundFloat64(Constants.imag(xc));
                    if (re == null || im == null) return false;
                    if (rounded != null) rounded[0] = Constants.makeComplex(re, im);
                    return true;
                }
                default -> { if (rounded != null) rounded[0] = xc; return true; }
            }
        }
        if (typ.isString()) return x.kind() == ConstValue.Kind.STRING;
        if (typ.isBoolean()) return x.kind() == ConstValue.Kind.BOOL;
        return false;
    }

    static final int OK = 0, TRUNCATED = 1, OVERFLOW = 2, INVALID_CONST = 3, INVALID_UNTYPED = 4;

    int representation(Operand x, Basic typ, ConstValue[] out) {
        if (!representableConst(x.val, typ, out)) {
            if (Predicates.isNumeric(x.typ) && typ.isNumeric()) {
                if (!Predicates.isInteger(x.typ) && typ.isInteger()) return TRUNCATED;
                return OVERFLOW;
            }
            return INVALID_CONST;
        }
        return OK;
    }

    /** check.representable: typed constant must fit its type. */
    void representable(Operand x, Basic typ) {
        ConstValue[] out = new ConstValue[1];
        int code = representation(x, typ, out);
        if (code != OK) {
            invalidConversion(code, x, typ);
            x.invalidate();
            return;
        }
        x.val = out[0];
    }

    void invalidConversion(int code, Operand x, Type target) {
        String msg = switch (code) {
            case TRUNCATED -> str(x) + " truncated to " + q(target);
            case OVERFLOW -> str(x) + " overflows " + q(target);
            default -> "cannot convert " + str(x) + " to " + q(target);
        };
        errorAt(x, msg);
    }

    /** check.overflow after constant operations. */
    void overflow(Operand x, Pos opPos) {
        if (x.val.kind() == ConstValue.Kind.UNKNOWN) {
            error(opPos, "constant result is not representable");
            return;
        }
        if (Predicates.isTyped(x.typ)) {
            representable(x, (Basic) x.typ.underlying());
            return;
        }
        if (x.val.kind() == ConstValue.Kind.INT && Predicates.isInteger(x.typ) && x.val.num.bitLength() > 512) {
            error(opPos, "constant " + opName(x.expr) + " overflow");
            x.val = ConstValue.UNKNOWN;
        }
    }

    static String opName(Expr e) {
        if (e instanceof Expr.Binary b) {
            return switch (b.op) { case ADD -> "addition"; case SUB -> "subtraction"; case XOR -> "bitwise XOR"; case MUL -> "multiplication"; case SHL -> "shift"; default -> ""; };
        }
        if (e instanceof Expr.Unary u) return switch (u.op) { case SUB -> "negation"; case XOR -> "bitwise complement"; default -> ""; };
        return "";
    }

    // =====================================================================================
    // Resolver: collect package-level objects (go/types resolver.go)
    // =====================================================================================

    static final class DeclInfo {
        SourceFile file; Scope fileScope;
        Spec.Value vspec; Expr typ; Expr init; List<Var> lhs; int iota = -1; Decl.Gen gen;
        Spec.Type tspec; Decl.Func fdecl;
        final LinkedHashSet<Obj> deps = new LinkedHashSet<>();
    }

    final IdentityHashMap<Obj, DeclInfo> objMap = new IdentityHashMap<>();
    final List<Obj> objList = new ArrayList<>();
    final IdentityHashMap<Obj, Boolean> inProgress = new IdentityHashMap<>();
    final List<Func> methodList = new ArrayList<>();
    final IdentityHashMap<Func, DeclInfo> methodDecls = new IdentityHashMap<>();
    final List<PkgName> imports = new ArrayList<>();
    final IdentityHashMap<PkgName, String> importFile = new IdentityHashMap<>();
    DeclInfo curDecl;
    final List<Runnable> delayed = new ArrayList<>();

    void collectObjects(List<SourceFile> files) {
        for (SourceFile f : files) {
            fileName = f.fileName;
            pkg.files.add(f);
            Scope fileScope = new Scope(pkg.scope(), "file " + f.fileName, null);
            info.scopes.put(f, fileScope);
            fileScopes.put(f, fileScope);
            for (Spec.Import imp : f.imports) {
                Package ip;
                try {
                    ip = importer.importPackage(imp.path);
                } catch (Importer.ImportException e) {
                    String m = e.getMessage();
                    if (m.startsWith("package ") && m.contains("is not in GOROOT")) positionless.add(m);
                    else error(imp.pos, "could not import " + imp.path + " (" + m + ")");
                    continue;
                }
                if (!pkg.imports.contains(ip)) pkg.imports.add(ip);
                String name = ip.name();
                if (imp.name != null) {
                    name = imp.name.name;
                    if (name.equals("init")) { error(imp.name.pos, "cannot import package as init - init must be a func"); continue; }
                }
                PkgName pn = new PkgName(name, pkg, imp.name != null ? imp.name.pos : imp.pos, ip);
                if (imp.name != null) info.defs.put(imp.name, pn); else info.implicits.put(imp, pn);
                if (name.equals(".")) {
                    for (Obj o : ip.scope().elems.values()) if (o.exported()) fileScope.elems.putIfAbsent(o.name(), o);
                    dotImports.put(pn, imp);
                    imports.add(pn); importFile.put(pn, f.fileName);
                    continue;
                }
                if (name.equals("_")) continue;
                Obj alt = fileScope.insert(pn);
                if (alt != null) { error(pn.pos(), name + " redeclared in this block"); continue; }
                imports.add(pn); importFile.put(pn, f.fileName);
            }
            for (Decl d : f.decls) {
                if (d instanceof Decl.Gen g) {
                    Spec.Value last = null;
                    for (Spec s : g.specs) {
                        switch (g.kind) {
                            case CONST -> {
                                Spec.Value v = (Spec.Value) s;
                                if (v.type != null || !v.values.isEmpty()) last = v;
                                Spec.Value src = last == null ? v : last;
                                for (int i = 0; i < v.names.size(); i++) {
                                    Expr.Ident n = v.names.get(i);
                                    Const c = new Const(n.name, null, pkg, n.pos, ConstValue.UNKNOWN);
                                    DeclInfo di = newDecl(f, fileScope);
                                    di.vspec = v; di.typ = src.type; di.iota = v.iota; di.gen = g;
                                    di.init = i < src.values.size() ? src.values.get(i) : null;
                                    declarePkgObj(n, c, di);
                                }
                                checkConstArity(v, last);
                            }
                            case VAR -> {
                                Spec.Value v = (Spec.Value) s;
                                List<Var> lhs = new ArrayList<>();
                                for (Expr.Ident n : v.names) lhs.add(new Var(n.name, null, pkg, n.pos, false, false));
                                for (int i = 0; i < v.names.size(); i++) {
                                    DeclInfo di = newDecl(f, fileScope);
                                    di.vspec = v; di.typ = v.type; di.gen = g;
                                    if (v.values.size() == 1 && v.names.size() > 1) { di.init = v.values.get(0); di.lhs = lhs; }
                                    else if (i < v.values.size()) di.init = v.values.get(i);
                                    declarePkgObj(v.names.get(i), lhs.get(i), di);
                                }
                                varSpecs.add(v);
                            }
                            case TYPE -> {
                                Spec.Type t = (Spec.Type) s;
                                TypeName tn = new TypeName(t.name.name, null, pkg, t.name.pos);
                                DeclInfo di = newDecl(f, fileScope);
                                di.tspec = t;
                                declarePkgObj(t.name, tn, di);
                            }
                            case IMPORT -> {}
                        }
                    }
                } else if (d instanceof Decl.Func fd) {
                    String name = fd.name.name;
                    Func fn = new Func(name, null, pkg, fd.name.pos, fd);
                    info.funcs.put(fd, fn);
                    DeclInfo di = newDecl(f, fileScope);
                    di.fdecl = fd;
                    if (fd.recv == null) {
                        if (name.equals("init") || (name.equals("main") && pkg.name().equals("main"))) {
                            if (!fd.type.params.isEmpty() || !fd.type.results.isEmpty()) {
                                error(fd.name.pos, "func " + name + " must have no arguments and no return values");
                            }
                        }
                        if (name.equals("init")) {
                            info.defs.put(fd.name, fn);
                            objMap.put(fn, di); objList.add(fn); fn.order = objList.size();
                            fn.parent = pkg.scope();
                        } else {
                            declarePkgObj(fd.name, fn, di);
                        }
                        if (fd.body == null && !std) error(fd.name.pos, "missing function body");
                    } else {
                        info.defs.put(fd.name, fn);
                        methodList.add(fn);
                        methodDecls.put(fn, di);
                        objMap.put(fn, di);
                        fn.order = objList.size();
                        if (fd.body == null && !std) error(fd.name.pos, "missing function body");
                    }
                }
            }
        }
        // conflicts between file-scope imports and package objects
        for (SourceFile f : files) {
            Scope fs = fileScopes.get(f);
            for (Obj o : fs.elems.values()) {
                if (o instanceof PkgName pn && pn.pkg == pkg) {
                    Obj alt = pkg.scope().lookup(o.name());
                    if (alt != null) {
                        fileName = f.fileName;
                        error(alt.pos(), alt.name() + " already declared through import of package " + pn.imported().name() + " (\"" + pn.imported().path() + "\")");
                    }
                }
            }
        }
    }

    final IdentityHashMap<SourceFile, Scope> fileScopes = new IdentityHashMap<>();
    final IdentityHashMap<PkgName, Spec.Import> dotImports = new IdentityHashMap<>();
    final List<String> positionless = new ArrayList<>();
    final List<Spec.Value> varSpecs = new ArrayList<>();

    void checkConstArity(Spec.Value v, Spec.Value last) {
        if (last == null) {
            if (v.type != null) error(v.pos, "missing init expr for const declaration");
            else error(v.pos, "missing init expr for const declaration");
            return;
        }
        int nv = last.values.size();
        if (v.names.size() > nv) {
            Expr.Ident n = v.names.get(nv);
            error(n.pos, last == v ? "missing init expr for const declaration" : "missing init expr for const declaration");
        } else if (v == last && v.names.size() < nv) {
            errorAt(v.values.get(v.names.size()), "extra init expr");
        }
    }

    DeclInfo newDecl(SourceFile f, Scope fs) { DeclInfo d = new DeclInfo(); d.file = f; d.fileScope = fs; return d; }

    void declarePkgObj(Expr.Ident id, Obj obj, DeclInfo di) {
        if (id.name.equals("init")) {
            error(id.pos, "cannot declare init - must be func");
            return;
        }
        if (id.name.equals("main") && pkg.name().equals("main") && !(obj instanceof Func)) {
            error(id.pos, "cannot declare main - must be func");
            return;
        }
        info.defs.put(id, obj);
        objMap.put(obj, di);
        objList.add(obj);
        obj.order = objList.size();
        if (!id.name.equals("_")) {
            Obj alt = pkg.scope().insert(obj);
            if (alt != null) {
                redeclared(obj, alt);
            }
        } else obj.parent = pkg.scope();
    }

    void redeclared(Obj obj, Obj alt) {
        String msg = obj.name() + " redeclared in this block";
        if (alt.pos().isKnown()) msg += "\n\t" + relFile(alt) + ":" + alt.pos() + ": other declaration of " + alt.name();
        error(obj.pos(), msg);
    }
    String relFile(Obj o) {
        DeclInfo d = objMap.get(o);
        String f = d != null ? d.file.fileName : fileName;
        return f.startsWith("/") || f.startsWith(".") ? f : "./" + f;
    }

    // =====================================================================================
    // Package-level declarations (go/types decl.go)
    // =====================================================================================

    void packageObjects() {
        // types first so that methods can be associated
        for (Obj o : new ArrayList<>(objList)) if (o instanceof TypeName) objDecl(o);
        // associate methods
        for (Func m : methodList) {
            DeclInfo di = methodDecls.get(m);
            fileName = di.file.fileName;
            collectMethod(m, di);
        }
        for (Func m : methodList) if (m.type == null) objDecl(m);
        for (Obj o : new ArrayList<>(objList)) if (o.type != null || !declaredOnUse(o)) objDecl(o);
        for (Func m : methodList) {
            if (m.type == null) funcDecl(m, methodDecls.get(m));
        }
    }

    /**
     * With lazyBodies (std packages): constants, plain functions and variables initialised by a
     * literal of constants ({@link #staticInitType}) are declared when first used (by this
     * package's declarations or bodies, by an importing package, or by codegen), not here: a
     * program reaches a small part of them (math's hundreds of constants and functions, its
     * coefficient tables). Constants and functions have no run-time effect of their own; such a
     * variable's storage is laid out by its type all the same, and its initialisation is done
     * only if it is declared (see {@link Package#lateInits}). So when they are checked changes
     * nothing but the work done. Init functions, methods (method sets), types and all other
     * variables are declared as usual.
     */
    boolean declaredOnUse(Obj o) {
        if (!lazyBodies) return false;
        if (o instanceof Const) return true;
        if (o instanceof Var v) {
            Type t = staticInitType(objMap.get(v));
            if (t == null) return false;
            v.layoutType = t;
            deferredVars.put(v, Boolean.TRUE);
            return true;
        }
        return o instanceof Func f && !f.name().equals("init") && objMap.get(f) != null && objMap.get(f).fdecl.recv == null;
    }

    /** Std variables left undeclared by {@link #declaredOnUse} (their initialisers unchecked). */
    final IdentityHashMap<Var, Boolean> deferredVars = new IdentityHashMap<>();
    /** initOrder has run: a deferred variable declared from now on is a late initialisation. */
    boolean initOrderDone;

    /**
     * The type of a variable declared {@code var v [T] = L}, L an array or struct literal of
     * constants (math's coefficient tables, syscall's error strings): elements are literals,
     * constants and operators on them, or elided literals of the same kind, and the leaves of its
     * type are basic types. Initialising such a variable allocates nothing and calls nothing, so
     * leaving it undone when nothing uses the variable is unobservable. null for any other declaration.
     */
    Type staticInitType(DeclInfo di) {
        if (di == null || di.lhs != null || !(di.init instanceof Expr.CompositeLit lit) || di.vspec.values.size() != di.vspec.names.size()) return null;
        if (di.typ == null && lit.type == null) return null;
        String saveFile = fileName; DeclInfo saveDecl = curDecl; FuncCtx saveFn = fn; Scope saveScope = scope; int saveIota = iota;
        fileName = di.file.fileName; curDecl = null; fn = null; scope = di.fileScope; iota = -1;
        try {
            Type t;
            if (di.typ != null) t = varType(di.typ);
            else if (lit.type instanceof Expr.ArrayType at && at.len instanceof Expr.Dots) {
                Type el = varType(at.elem);
                long index = 0, max = 0;
                for (Expr e : lit.elts) {
                    if (e instanceof Expr.KeyValue kv) {
                        if (!constExpr(kv.key)) return null;
                        Operand k = new Operand(); expr(k, kv.key);
                        if (k.mode != Mode.CONSTANT || k.val == null || k.val.kind() != ConstValue.Kind.INT) return null;
                        index = k.val.num.longValue();
                    }
                    index++;
                    if (index > max) max = index;
                }
                t = new Array(el, max);
            } else t = typExpr(lit.type);
            if (Predicates.isInvalid(t) || !staticElems(lit.elts, t)) return null;
            return t;
        } finally {
            fileName = saveFile; curDecl = saveDecl; fn = saveFn; scope = saveScope; iota = saveIota;
        }
    }

    private boolean staticElems(List<Expr> elts, Type t) {
        Type u = t.underlying();
        if (u instanceof Array a) {
            for (Expr e : elts) {
                Expr v = e;
                if (e instanceof Expr.KeyValue kv) { if (!constExpr(kv.key)) return false; v = kv.value; }
                if (!staticValue(v, a.elem())) return false;
            }
            return true;
        }
        if (u instanceof Struct st) {
            int i = 0;
            for (Expr e : elts) {
                Type ft = null;
                Expr v = e;
                if (e instanceof Expr.KeyValue kv) {
                    if (!(kv.key instanceof Expr.Ident key)) return false;
                    for (int k = 0; k < st.numFields(); k++) if (st.field(k).name().equals(key.name)) ft = st.field(k).type();
                    v = kv.value;
                } else if (i < st.numFields()) ft = st.field(i++).type();
                if (ft == null || !staticValue(v, ft)) return false;
            }
            return true;
        }
        return false;
    }

    private boolean staticValue(Expr v, Type t) {
        Type u = t.underlying();
        if (u instanceof Array || u instanceof Struct) return v instanceof Expr.CompositeLit cl && cl.type == null && staticElems(cl.elts, t);
        return u instanceof Basic b && b.kind() != BasicKind.UnsafePointer && b.kind() != BasicKind.Invalid && b.kind() != BasicKind.UntypedNil && constExpr(v);
    }

    /** e is made of literals, constants and operators only (so it is constant and evaluating it does nothing). */
    private boolean constExpr(Expr e) {
        if (e instanceof Expr.BasicLit) return true;
        if (e instanceof Expr.Paren p) return constExpr(p.x);
        if (e instanceof Expr.Unary u) return (u.op == glassgo.compiler.syntax.Op.ADD || u.op == glassgo.compiler.syntax.Op.SUB || u.op == glassgo.compiler.syntax.Op.XOR || u.op == glassgo.compiler.syntax.Op.NOT) && constExpr(u.x);
        if (e instanceof Expr.Binary b) return constExpr(b.x) && constExpr(b.y);
        if (e instanceof Expr.Ident id) return scope.lookupParent(id.name) instanceof Const c && !(c.name().equals("iota") && c.parent == Universe.SCOPE);
        if (e instanceof Expr.Selector sel && sel.x instanceof Expr.Ident pid && scope.lookupParent(pid.name) instanceof PkgName pn)
            return pn.imported().scope().lookup(sel.sel.name) instanceof Const;
        return false;
    }

    /** Nesting of lazy checks (declareLazily, checkPendingBody): the outermost runs the delayed actions. */
    int lazyDepth;

    /**
     * With lazyBodies, after the package's own check: declares o (a constant, function or
     * variable left for {@link #declaredOnUse}) on its first use, from {@link Obj#type()}. The package is trusted to
     * type-check, so an error here is an internal error.
     */
    void declareLazily(Obj o) {
        if (o.type != null || !objMap.containsKey(o) || inProgress.containsKey(o)) return;
        int nerr = errors.size();
        lazyDepth++;
        try {
            objDecl(o);
            if (lazyDepth == 1) { for (int i = 0; i < delayed.size(); i++) delayed.get(i).run(); delayed.clear(); }
        } catch (Bailout b) {
            if (errors.size() == nerr) error(o.pos(), "checking stopped");
        } finally {
            if (--lazyDepth == 0) delayed.clear();
        }
        if (errors.size() > nerr) {
            throw new IllegalStateException("glassgo: internal error: std package " + pkg.path() + " does not type-check: " + errors.get(nerr).format());
        }
    }

    void collectMethod(Func m, DeclInfo di) {
        Decl.Func fd = di.fdecl;
        Expr rt = fd.recv.type;
        while (rt instanceof Expr.Paren p) rt = p.x;
        if (rt instanceof Expr.Star s) rt = s.x;
        while (rt instanceof Expr.Paren p) rt = p.x;
        if (rt instanceof Expr.Ident id) {
            Obj o = pkg.scope().lookup(id.name);
            if (o instanceof TypeName tn && tn.type instanceof Named n && tn.pkg == pkg) {
                if (n.underlying() instanceof Interface) return; // reported in funcDecl
                if (n.underlying() instanceof Pointer) return;
                if (m.name.equals("_")) { n.addMethod(m); return; }
                for (Func x : n.methods()) {
                    if (x.name.equals(m.name)) {
                        error(m.pos(), tn.name() + "." + m.name + " redeclared in this block\n\t" + relFile(x) + ":" + x.pos() + ": other declaration of " + m.name);
                        return;
                    }
                }
                // field and method with the same name
                if (n.underlying() instanceof Struct st) {
                    for (Var f : st.fields()) if (f.name().equals(m.name)) {
                        error(m.pos(), "field and method with the same name " + m.name + "\n\t" + relFile(f) + ":" + f.pos() + ": other declaration of " + m.name);
                        return;
                    }
                }
                n.addMethod(m);
            }
        }
    }

    void objDecl(Obj obj) {
        if (obj.type != null && !(obj instanceof Func f && f.type == null)) {
            if (!(obj instanceof Const c) || c.val != ConstValue.UNKNOWN || c.type == Universe.INVALID) return;
            if (obj.type != null) return;
        }
        DeclInfo di = objMap.get(obj);
        if (di == null) return;
        if (inProgress.containsKey(obj)) {
            cycleError(obj);
            if (obj.type == null) obj.type = Universe.INVALID;
            return;
        }
        inProgress.put(obj, true);
        String saveFile = fileName; DeclInfo saveDecl = curDecl; FuncCtx saveFn = fn; Scope saveScope = scope; int saveIota = iota;
        fileName = di.file.fileName; curDecl = di; fn = null; scope = di.fileScope; iota = -1;
        try {
            if (obj instanceof Const c) constDecl(c, di);
            else if (obj instanceof Var v) varDecl(v, di);
            else if (obj instanceof TypeName tn) typeDecl(tn, di);
            else if (obj instanceof Func f) funcDecl(f, di);
        } finally {
            inProgress.remove(obj);
            fileName = saveFile; curDecl = saveDecl; fn = saveFn; scope = saveScope; iota = saveIota;
        }
    }

    void cycleError(Obj obj) {
        if (obj instanceof TypeName tn) {
            if (tn.type != null) return; // a Named in progress: legal (recursive through indirection handled by validType)
            error(obj.pos(), "invalid recursive type " + obj.name() + "\n\t" + relFile(obj) + ":" + obj.pos() + ": " + obj.name() + " refers to\n\t" + relFile(obj) + ":" + obj.pos() + ": " + obj.name());
            return;
        }
        if (obj instanceof Func) return; // recursive functions are fine
        error(obj.pos(), "initialization cycle or illegal cycle in declaration of " + obj.name());
        reportedCycle.put(obj, true);
    }
    final IdentityHashMap<Obj, Boolean> reportedCycle = new IdentityHashMap<>();

    int iota = -1;

    void constDecl(Const c, DeclInfo di) {
        iota = di.iota;
        Type t = null;
        if (di.typ != null) {
            t = typExpr(di.typ);
            if (!Predicates.isInvalid(t) && !Predicates.isConstType(t)) {
                errorAt(di.typ, "invalid constant type " + q(t));
                c.type = Universe.INVALID;
                return;
            }
        }
        Operand x = new Operand();
        if (di.init != null) {
            expr(x, di.init);
        }
        initConst(c, x, t, di.init == null);
        iota = -1;
    }

    void initConst(Const c, Operand x, Type t, boolean noInit) {
        if (noInit || x.invalid() || (x.typ != null && x.typ == Universe.INVALID)) {
            c.type = Universe.INVALID; c.val = ConstValue.UNKNOWN;
            return;
        }
        if (x.mode != Mode.CONSTANT) {
            errorAt(x, str(x) + " is not constant");
            c.type = Universe.INVALID; c.val = ConstValue.UNKNOWN;
            return;
        }
        if (t != null && !Predicates.isInvalid(t)) {
            assignment(x, t, "constant declaration");
            if (x.invalid()) { c.type = Universe.INVALID; c.val = ConstValue.UNKNOWN; return; }
        }
        c.type = x.typ;
        c.val = x.val;
    }

    void varDecl(Var v, DeclInfo di) {
        Type t = null;
        if (di.typ != null) {
            t = varType(di.typ);
        }
        if (di.lhs != null) {
            // n:1 initialization: all lhs vars together
            if (t != null) for (Var l : di.lhs) l.type = t;
            initVars(di.lhs, List.of(di.init), null, "variable declaration");
            for (Var l : di.lhs) { if (l.type == null) l.type = Universe.INVALID; if (l != v) { /* done */ } }
            if (di.lhs.get(0) == v || true) recordInit(di.lhs, di.init);
            return;
        }
        if (t != null) v.type = t;
        if (di.init == null) {
            if (t == null) v.type = Universe.INVALID;
            return;
        }
        Spec.Value vs = di.vspec;
        if (vs.values.size() != vs.names.size()) {
            // count mismatch
            if (vs.names.indexOf(vs.names.stream().filter(n -> info.defs.get(n) == v).findFirst().orElse(null)) == 0) {
                assignMismatchDecl(vs.names.size(), vs.values);
            }
            if (v.type == null) v.type = Universe.INVALID;
            return;
        }
        Operand x = new Operand();
        expr(x, di.init);
        initVar(v, x, "variable declaration");
        recordInit(List.of(v), di.init);
        if (deferredVars.remove(v) != null && initOrderDone) pkg.lateInits.add(inits.get(di.init));
    }

    final IdentityHashMap<Expr, Initializer> inits = new IdentityHashMap<>();
    void recordInit(List<Var> lhs, Expr rhs) { if (!inits.containsKey(rhs)) inits.put(rhs, new Initializer(List.copyOf(lhs), rhs)); }

    void assignMismatchDecl(int nvars, List<Expr> rhs) {
        if (rhs.isEmpty()) return;
        assignError(rhs, nvars, rhs.size());
    }

    void typeDecl(TypeName tn, DeclInfo di) {
        Spec.Type ts = di.tspec;
        if (ts.alias) {
            tn.alias = true;
            tn.type = Universe.INVALID;
            Type t = typExpr(ts.type);
            tn.type = t;
            return;
        }
        Named named = new Named(tn, null);
        Type rhs = definedType(ts.type, named);
        if (rhs instanceof Named rn && rn != named && (rn.underlying == null || rn.underlying instanceof Named)) {
            // rn's declaration is still in progress (type T3 struct{ p *T4 }; type T4 T5; type T5 T3):
            // keep the chain and let Named.underlying() resolve it once rn is done (types2's fromRHS / under)
            named.underlying = rn;
        } else {
            if (rhs == null) rhs = Universe.INVALID;
            named.underlying = rhs.underlying();
            if (named.underlying == null) named.underlying = Universe.INVALID;
        }
        validType(named, new ArrayList<>());
    }

    /** Reports invalid recursive types (T containing T without indirection). */
    boolean validType(Type t, List<Named> path) {
        if (t instanceof Named n) {
            int i = path.indexOf(n);
            if (i >= 0) {
                if (i == 0 && !invalidReported.containsKey(n)) {
                    invalidReported.put(n, true);
                    StringBuilder sb = new StringBuilder("invalid recursive type " + n.obj().name());
                    for (int k = i; k < path.size(); k++) {
                        Named p = path.get(k);
                        sb.append("\n\t").append(relFile(p.obj())).append(':').append(p.obj().pos()).append(": ").append(p.obj().name()).append(" refers to");
                    }
                    sb.append("\n\t").append(relFile(n.obj())).append(':').append(n.obj().pos()).append(": ").append(n.obj().name());
                    String save = fileName; fileName = objMap.containsKey(n.obj()) ? objMap.get(n.obj()).file.fileName : fileName;
                    error(n.obj().pos(), sb.toString());
                    fileName = save;
                    n.underlying = Universe.INVALID;
                }
                return false;
            }
            if (n.obj().pkg() != pkg) return true;
            path.add(n);
            boolean ok = validType(n.underlying == null ? Universe.INVALID : n.underlying, path);
            path.remove(path.size() - 1);
            return ok;
        }
        if (t instanceof Array a) return validType(a.elem(), path);
        if (t instanceof Struct s) { for (Var f : s.fields()) if (!validType(f.type(), path)) return false; return true; }
        return true;
    }
    final IdentityHashMap<Named, Boolean> invalidReported = new IdentityHashMap<>();

    void funcDecl(Func f, DeclInfo di) {
        Decl.Func fd = di.fdecl;
        f.type = Universe.INVALID; // mark in progress
        Scope fscope = new Scope(di.fileScope, "function " + f.name(), fd);
        info.scopes.put(fd, fscope);
        FuncCtx ctx = new FuncCtx(fd, null, fscope);
        Scope save = scope; FuncCtx saveFn = fn;
        scope = fscope; fn = ctx;
        Var recv = null;
        if (fd.recv != null) {
            recv = recvVar(fd, f);
        }
        Signature sig = funcType(fd.type, recv, fscope, ctx);
        f.type = sig;
        scope = save; fn = saveFn;
        if (fd.body != null) {
            DeclInfo d = di;
            Runnable body = () -> funcBody(ctx, f.name(), sig, fd.body, d);
            if (lazyBodies) pendingBodies.put(f, body); else funcBodies.add(body);
        }
        if (fd.recv == null && f.name().equals("main") && pkg.name().equals("main") || f.name().equals("init") && fd.recv == null) {
            // signature checked in collectObjects
        }
    }
    final List<Runnable> funcBodies = new ArrayList<>();
    /** With lazyBodies: the body checks not run yet, by function (methods included). */
    final IdentityHashMap<Func, Runnable> pendingBodies = new IdentityHashMap<>();

    /**
     * With lazyBodies: checks f's body (and runs the checks it delays) if that has not happened
     * yet. The package is trusted to type-check, so an error here is an internal error.
     */
    void checkPendingBody(Func f) {
        Runnable body = pendingBodies.remove(f);
        if (body == null) return;
        int nerr = errors.size();
        lazyDepth++;
        try {
            body.run();
            if (lazyDepth == 1) { for (int i = 0; i < delayed.size(); i++) delayed.get(i).run(); delayed.clear(); }
        } catch (Bailout b) {
            if (errors.size() == nerr) error(f.pos(), "checking stopped");
        } finally {
            if (--lazyDepth == 0) delayed.clear();
        }
        if (errors.size() > nerr) {
            throw new IllegalStateException("glassgo: internal error: std package " + pkg.path() + " does not type-check: " + errors.get(nerr).format());
        }
    }

    Var recvVar(Decl.Func fd, Func f) {
        Field rf = fd.recv;
        Expr rt = rf.type;
        Type t = varType(rt);
        String name = rf.names.isEmpty() ? "" : rf.names.get(0).name;
        Var v = Var.param(name, t, pkg, rf.names.isEmpty() ? rf.pos : rf.names.get(0).pos);
        v.owner = fd;
        if (!rf.names.isEmpty()) { info.defs.put(rf.names.get(0), v); if (!name.equals("_")) scope.insert(v); }
        else info.implicits.put(rf, v);
        v.used = true;
        // validate receiver base type
        Type base = t;
        boolean ptr = false;
        if (base instanceof Pointer p) { base = p.elem(); ptr = true; }
        // errors at the receiver variable (types2 signature.go: check.errorf(recv, ...))
        Pos rp = v.pos();
        if (!Predicates.isInvalid(t)) {
            if (base instanceof Named n) {
                if (n.obj().pkg() != pkg) {
                    error(rp, "cannot define new methods on non-local type " + q(n));
                    return v;
                }
                String cause = null;
                if (n.underlying() instanceof Basic ub && ub.kind() == BasicKind.UnsafePointer) cause = "unsafe.Pointer";
                if (n.underlying() instanceof Pointer || n.underlying() instanceof Interface) cause = "pointer or interface type";
                if (cause != null) error(rp, "invalid receiver type " + q(n) + " (" + cause + ")");
            } else if (base instanceof Basic b) {
                error(rp, "cannot define new methods on non-local type " + q(b));
                return v;
            } else {
                error(rp, "invalid receiver type " + q(t));
            }
        }
        return v;
    }

    // =====================================================================================
    // Type expressions (go/types typexpr.go)
    // =====================================================================================

    Scope scope;
    FuncCtx fn;

    static final class FuncCtx {
        final Node decl; final FuncCtx outer; final Scope scope;
        Signature sig;
        final List<Var> locals = new ArrayList<>();
        final LinkedHashSet<Var> captured = new LinkedHashSet<>();
        final HashMap<String, Label> labels = new HashMap<>();
        FuncCtx(Node decl, FuncCtx outer, Scope scope) { this.decl = decl; this.outer = outer; this.scope = scope; }
    }

    Type typExpr(Expr e) {
        Type t = typInternal(e, null);
        info.types.put(e, new TypeAndValue(Mode.TYPEXPR, t, null));
        return t;
    }
    Type varType(Expr e) { return typExpr(e); }
    Type definedType(Expr e, Named def) {
        Type t = typInternal(e, def);
        info.types.put(e, new TypeAndValue(Mode.TYPEXPR, t, null));
        return t;
    }

    Type typInternal(Expr e, Named def) {
        if (e instanceof Expr.Ident || e instanceof Expr.Selector) {
            Operand x = new Operand();
            if (e instanceof Expr.Ident id) ident(x, id, def, true); else selector(x, (Expr.Selector) e, true);
            if (x.invalid()) return Universe.INVALID;
            if (x.mode != Mode.TYPEXPR) {
                errorAt(e, ExprString.of(e) + " is not a type");
                return Universe.INVALID;
            }
            if (x.typ == Universe.typ(BasicKind.Invalid)) return Universe.INVALID;
            return x.typ;
        }
        if (e instanceof Expr.Paren p) return definedType(p.x, def);
        if (e instanceof Expr.ArrayType a) {
            if (a.len == null) return new Slice(varType(a.elem));
            if (a.len instanceof Expr.Dots) {
                errorAt(a.len, "invalid use of [...] array (outside a composite literal)");
                varType(a.elem);
                return Universe.INVALID;
            }
            long n = arrayLength(a.len);
            Type el = varType(a.elem);
            return n < 0 ? Universe.INVALID : new Array(el, n);
        }
        if (e instanceof Expr.Star s) return new Pointer(typExpr(s.x));
        if (e instanceof Expr.FuncType ft) {
            Scope fs = new Scope(scope, "function type", null);
            Scope save = scope; scope = fs;
            Signature sig = funcType(ft, null, fs, null);
            scope = save;
            return sig;
        }
        if (e instanceof Expr.StructType st) return structType(st);
        if (e instanceof Expr.InterfaceType it) return interfaceType(it, def);
        if (e instanceof Expr.MapType mt) {
            Type k = varType(mt.key), v = varType(mt.value);
            Map m = new Map(k, v);
            delayed.add(() -> {
                if (!Predicates.isInvalid(k) && !Predicates.comparable(k)) {
                    errorAt(mt.key, "invalid map key type " + q(k));
                }
            });
            return m;
        }
        if (e instanceof Expr.ChanType ct) {
            Chan.Dir d = switch (ct.dir) { case BOTH -> Chan.Dir.SendRecv; case SEND -> Chan.Dir.SendOnly; case RECV -> Chan.Dir.RecvOnly; };
            return new Chan(d, varType(ct.value));
        }
        if (e instanceof Expr.Dots d) {
            errorAt(e, "invalid use of ...");
            return Universe.INVALID;
        }
        Operand x = new Operand();
        expr(x, e);
        if (!x.invalid()) errorAt(e, ExprString.of(e) + " is not a type");
        return Universe.INVALID;
    }

    long arrayLength(Expr e) {
        Operand x = new Operand();
        expr(x, e);
        if (x.invalid()) return -1;
        if (x.mode != Mode.CONSTANT) {
            if (x.mode != Mode.INVALID) errorAt(x, "array length " + ExprString.of(e) + " (" + (x.mode == Mode.VARIABLE ? "variable" : "value") + " of type " + q(x.typ) + ") must be constant");
            return -1;
        }
        if (Predicates.isUntyped(x.typ) || Predicates.isInteger(x.typ)) {
            ConstValue v = Constants.toInt(x.val);
            if (v.kind() == ConstValue.Kind.INT) {
                if (Predicates.isUntyped(x.typ)) updateExprType(e, Universe.INT);
                if (v.num.signum() >= 0 && v.num.bitLength() < 63) return v.num.longValue();
                errorAt(x, "invalid array length " + ExprString.of(e));
                return -1;
            }
        }
        errorAt(x, "array length " + str(x) + " must be integer");
        return -1;
    }

    Struct structType(Expr.StructType st) {
        List<Var> fields = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        HashMap<String, Var> seen = new HashMap<>();
        for (Field f : st.fields) {
            Type t = varType(f.type);
            String tag = f.tag == null ? null : Constants.fromLiteral(Expr.LitKind.STRING, f.tag.raw, f.tag.rawBytes).stringBytes();
            if (f.names.isEmpty()) {
                Expr te = f.type;
                if (te instanceof Expr.Star s) te = s.x;
                String name = te instanceof Expr.Selector sel ? sel.sel.name : te instanceof Expr.Ident id ? id.name : "?";
                Var v = Var.field(name, t, pkg, f.pos, true);
                addField(fields, tags, seen, v, tag, f.pos);
                Type et = t instanceof Pointer p ? p.elem() : t;
                if (!Predicates.isInvalid(t)) {
                    if (t instanceof Pointer && (et.underlying() instanceof Pointer || et.underlying() instanceof Interface)) {
                        errorAt(f.type, "embedded field type cannot be a pointer to an interface");
                    } else if (et.underlying() instanceof Pointer && et instanceof Named) {
                        errorAt(f.type, "embedded field type cannot be a pointer");
                    }
                }
                info.implicits.put(f, v);
            } else {
                for (Expr.Ident n : f.names) {
                    Var v = Var.field(n.name, t, pkg, n.pos, false);
                    info.defs.put(n, v);
                    addField(fields, tags, seen, v, tag, n.pos);
                }
            }
        }
        return new Struct(fields, tags);
    }

    void addField(List<Var> fields, List<String> tags, HashMap<String, Var> seen, Var v, String tag, Pos pos) {
        if (!v.name().equals("_")) {
            Var alt = seen.putIfAbsent(v.name(), v);
            if (alt != null) error(pos, v.name() + " redeclared\n\t" + fileRel() + ":" + alt.pos() + ": other declaration of " + v.name());
        }
        fields.add(v); tags.add(tag);
    }
    String fileRel() { return fileName.startsWith("/") || fileName.startsWith(".") ? fileName : "./" + fileName; }

    Interface interfaceType(Expr.InterfaceType it, Named def) {
        List<Func> methods = new ArrayList<>();
        List<Type> embeddeds = new ArrayList<>();
        Interface iface = new Interface(methods, embeddeds);
        if (def != null) def.underlying = iface;
        Type recvT = def != null ? def : iface;
        for (Field f : it.methods) {
            if (f.names.isEmpty()) {
                Type t = typExpr(f.type);
                if (!Predicates.isInvalid(t)) {
                    if (!(t.underlying() instanceof Interface)) {
                        errorAt(f.type, "interface contains type constraints");
                        continue;
                    }
                    iface.embeddeds().add(t);
                }
                continue;
            }
            Expr.Ident n = f.names.get(0);
            Scope fs = new Scope(scope, "method", null);
            Scope save = scope; scope = fs;
            Var recv = Var.param("", recvT, pkg, n.pos);
            Signature sig = funcType((Expr.FuncType) f.type, recv, fs, null);
            scope = save;
            Func m = new Func(n.name, sig, pkg, n.pos, null);
            info.defs.put(n, m);
            for (Func x : iface.explicitMethods()) if (x.name().equals(m.name())) { error(n.pos, "duplicate method " + m.name()); }
            iface.explicitMethods().add(m);
        }
        iface.resetAll();
        delayed.add(() -> {
            iface.resetAll();
            HashMap<String, Func> ms = new HashMap<>();
            for (Func m : iface.explicitMethods()) ms.put(m.name(), m);
            for (int i = 0; i < iface.embeddeds().size(); i++) {
                Type e = iface.embeddeds().get(i);
                if (e.underlying() instanceof Interface ei) for (Func m : ei.allMethods()) {
                    Func o = ms.putIfAbsent(m.name(), m);
                    if (o != null && o != m && !Predicates.identical(o.type(), m.type())) errorAt(it.methods.get(0), "duplicate method " + m.name());
                }
            }
        });
        return iface;
    }

    /** Declares params/results in fscope (when ctx != null, as locals of that function). */
    Signature funcType(Expr.FuncType ft, Var recv, Scope fscope, FuncCtx ctx) {
        List<Var> params = new ArrayList<>(), results = new ArrayList<>();
        boolean variadic = false;
        List<Runnable> declare = new ArrayList<>();
        for (int i = 0; i < ft.params.size(); i++) {
            Field f = ft.params.get(i);
            Expr te = f.type;
            Type t;
            if (te instanceof Expr.Dots d && d.elem != null) {
                if (i == ft.params.size() - 1 && f.names.size() <= 1) {
                    variadic = true;
                    Type el = varType(d.elem);
                    t = new Slice(el);
                    info.types.put(te, new TypeAndValue(Mode.TYPEXPR, t, null));
                } else {
                    errorAt(te, "can only use ... with final parameter in list");
                    t = varType(d.elem);
                }
            } else t = varType(te);
            collectParams(f, t, params, declare, ctx);
        }
        for (Field f : ft.results) {
            Type t = varType(f.type);
            collectParams(f, t, results, declare, ctx);
        }
        if (recv != null && ctx != null) ctx.locals.add(recv);
        for (Runnable r : declare) r.run();
        Signature sig = new Signature(recv, new Tuple(params), new Tuple(results), variadic);
        if (ctx != null) ctx.sig = sig;
        return sig;
    }

    void collectParams(Field f, Type t, List<Var> out, List<Runnable> declare, FuncCtx ctx) {
        if (f.names.isEmpty()) {
            Var v = Var.param("", t, pkg, f.pos);
            v.owner = ctx == null ? null : ctx.decl; v.used = true;
            out.add(v);
            info.implicits.put(f, v);
            if (ctx != null) ctx.locals.add(v);
            return;
        }
        for (Expr.Ident n : f.names) {
            Var v = Var.param(n.name, t, pkg, n.pos);
            v.owner = ctx == null ? null : ctx.decl; v.used = true;
            out.add(v);
            info.defs.put(n, v);
            if (ctx != null) ctx.locals.add(v);
            if (!n.name.equals("_")) declare.add(() -> {
                Obj alt = scope.insert(v);
                if (alt != null) error(n.pos, n.name + " redeclared in this block\n\t" + fileRel() + ":" + alt.pos() + ": other declaration of " + n.name);
            });
        }
    }

    void funcBody(FuncCtx ctx, String name, Signature sig, Stmt.Block body, DeclInfo di) {
        String saveFile = fileName; DeclInfo saveDecl = curDecl; FuncCtx saveFn = fn; Scope saveScope = scope; int saveIota = iota;
        if (di != null) { fileName = di.file.fileName; curDecl = di; }
        fn = ctx; scope = ctx.scope; iota = -1;
        try {
            stmtList(body.list, 0);
            labels(ctx, body);
            if (sig.results().len() > 0 && !isTerminating(body, "")) {
                error(body.rbrace, "missing return");
            }
            usage(ctx.scope);
            info.locals.put(ctx.decl, ctx.locals);
        } finally {
            fileName = saveFile; curDecl = saveDecl; fn = saveFn; scope = saveScope; iota = saveIota;
        }
    }

    void usage(Scope s) {
        List<Var> unused = new ArrayList<>();
        collectUnused(s, unused);
        for (Var v : unused) softError(v.pos(), v.name() + " declared but not used");
    }
    void collectUnused(Scope s, List<Var> out) {
        for (Obj o : s.elems.values()) if (o instanceof Var v && !v.used && !v.isParam && !v.name().equals("_")) out.add(v);
        for (Scope c : s.children) if (c.func == null || c.func == s.func) collectUnused(c, out);
    }

    // =====================================================================================
    // Expressions (go/types expr.go)
    // =====================================================================================

    Scope openScope(Node n, String comment) {
        Scope s = new Scope(scope, comment, fn == null ? null : fn.decl);
        info.scopes.put(n, s);
        scope = s;
        return s;
    }
    void closeScope() { scope = scope.parent(); }

    void use(Obj o) {
        if (o instanceof Var v) {
            if (v.owner != null && fn != null && v.owner != fn.decl) {
                for (FuncCtx c = fn; c != null && c.decl != v.owner; c = c.outer) if (c.decl instanceof Expr.FuncLit) c.captured.add(v);
            }
        }
        if (curDecl != null && o.pkg() == pkg && o.parent == pkg.scope() && (o instanceof Var || o instanceof Func)) curDecl.deps.add(o);
    }

    /** Go's addDeclDep for a method selected by a method value or expression: package-level
     *  initialization order follows the variables the method's body uses. */
    void addMethodDep(Func m) {
        if (curDecl != null && objMap.containsKey(m)) curDecl.deps.add(m);
    }

    void ident(Operand x, Expr.Ident e, Named def, boolean wantType) {
        x.mode = Mode.INVALID; x.expr = e; x.typ = Universe.INVALID;
        if (e.name.equals("_")) {
            error(e.pos, "cannot use _ as value");
            return;
        }
        Obj o = scope.lookupParent(e.name);
        if (o == null) {
            error(e.pos, "undefined: " + e.name);
            return;
        }
        info.uses.put(e, o);
        if (o.pkg() == pkg && o.parent == pkg.scope()) {
            objDecl(o);
        }
        if (o instanceof PkgName pn) {
            error(e.pos, "use of package " + pn.name() + " without selector");
            pn.used = true;
            return;
        }
        if (o instanceof Const c && c.name().equals("iota") && c.parent == Universe.SCOPE) {
            if (iota < 0) { error(e.pos, "cannot use iota outside constant declaration"); return; }
            x.mode = Mode.CONSTANT; x.typ = Universe.UNTYPED_INT; x.val = Constants.makeInt(iota);
            return;
        }
        if (o.pkg() != null && o.pkg() != pkg) markDotImportUsed(o);
        Type t = o.type();
        if (t == null) t = Universe.INVALID;
        if (o instanceof Const c) {
            x.mode = Mode.CONSTANT; x.val = c.val; x.typ = t;
            if (t == Universe.INVALID) x.mode = Mode.INVALID;
        } else if (o instanceof TypeName tn) {
            x.mode = Mode.TYPEXPR; x.typ = t;
            if (tn.name().equals("comparable") && tn.parent == Universe.SCOPE) { error(e.pos, "cannot use type comparable outside a type constraint: interface is (or embeds) comparable"); x.mode = Mode.INVALID; }
        } else if (o instanceof Var v) {
            if (v.pkg() == pkg) v.used = true;
            use(v);
            x.mode = Mode.VARIABLE; x.typ = t;
        } else if (o instanceof Func f) {
            use(f);
            x.mode = Mode.VALUE; x.typ = t;
        } else if (o instanceof Builtin b) {
            x.mode = Mode.BUILTIN; x.id = b.id(); x.typ = Universe.INVALID;
        } else if (o instanceof Nil) {
            x.mode = Mode.NILVALUE; x.typ = Universe.UNTYPED_NIL;
        }
        if (t == Universe.INVALID && x.mode != Mode.BUILTIN) x.mode = Mode.INVALID;
    }

    void markDotImportUsed(Obj o) {
        for (PkgName pn : dotImports.keySet()) if (pn.imported() == o.pkg()) pn.used = true;
    }

    /** Evaluates e (value or type); records its type; reports multi-value in single-value context. */
    void expr(Operand x, Expr e) {
        rawExpr(x, e, null, false);
        exclude(x, true, true);
        singleValue(x);
    }
    void exprOrType(Operand x, Expr e) {
        rawExpr(x, e, null, true);
        exclude(x, true, false);
        singleValue(x);
    }
    void multiExpr(Operand x, Expr e) {
        rawExpr(x, e, null, false);
        exclude(x, true, true);
    }
    void exprWithHint(Operand x, Expr e, Type hint) {
        rawExpr(x, e, hint, false);
        exclude(x, true, true);
        singleValue(x);
    }

    void exclude(Operand x, boolean novalue, boolean typexpr) {
        if (x.invalid()) return;
        String msg = null;
        if (novalue && x.mode == Mode.NOVALUE) msg = "%s used as value";
        else if (x.mode == Mode.BUILTIN && typexpr) msg = "%s must be called";
        else if (typexpr && x.mode == Mode.TYPEXPR) msg = "%s is not an expression";
        if (msg != null) {
            String s = x.mode == Mode.BUILTIN || x.mode == Mode.TYPEXPR ? ExprString.of(x.expr) : str(x);
            errorAt(x, String.format(msg, x.mode == Mode.NOVALUE ? ExprString.of(x.expr) + " (no value)" : s));
            x.invalidate();
        }
    }
    void singleValue(Operand x) {
        if (x.mode == Mode.VALUE && x.typ instanceof Tuple t) {
            errorAt(x, "multiple-value " + ExprString.of(x.expr) + " (value of type " + q(t) + ") in single-value context");
            x.invalidate();
        }
    }

    void rawExpr(Operand x, Expr e, Type hint, boolean allowGeneric) {
        exprInternal(x, e, hint);
        if (!x.invalid() || true) {
            x.expr = e;
            if (x.mode == Mode.COMMAOK) x.mode = Mode.VALUE; // recorded by caller contexts that accept comma-ok
            record(x);
        }
    }

    void invalidOp(Operand x, Node at, String msg) { errorAt(at, "invalid operation: " + msg); x.invalidate(); }

    void exprInternal(Operand x, Expr e, Type hint) {
        x.mode = Mode.INVALID; x.typ = Universe.INVALID; x.expr = e; x.val = null;
        if (e instanceof Expr.Ident id) { ident(x, id, null, false); return; }
        if (e instanceof Expr.BasicLit lit) {
            ConstValue v = Constants.fromLiteral(lit.kind, lit.raw, lit.rawBytes);
            if (v.kind() == ConstValue.Kind.UNKNOWN) { error(lit.pos, "malformed constant: " + lit.raw); return; }
            x.mode = Mode.CONSTANT; x.val = v;
            x.typ = switch (lit.kind) { case INT -> Universe.UNTYPED_INT; case FLOAT -> Universe.UNTYPED_FLOAT; case IMAG -> Universe.UNTYPED_COMPLEX; case CHAR -> Universe.UNTYPED_RUNE; case STRING -> Universe.UNTYPED_STRING; };
            if (lit.kind == Expr.LitKind.INT && v.kind() != ConstValue.Kind.UNKNOWN) {
                // literal too large
                BigInteger n = v.kind() == ConstValue.Kind.INT ? v.num : null;
                if (n != null && n.bitLength() > 512) { error(lit.pos, "constant overflow"); }
            }
            return;
        }
        if (e instanceof Expr.FuncLit fl) { funcLit(x, fl); return; }
        if (e instanceof Expr.CompositeLit cl) { compositeLit(x, cl, hint); return; }
        if (e instanceof Expr.Paren p) { rawExpr(x, p.x, null, false); x.expr = e; return; }
        if (e instanceof Expr.Selector s) { selector(x, s, false); return; }
        if (e instanceof Expr.Index ix) { indexExpr(x, ix); return; }
        if (e instanceof Expr.Slice sl) { sliceExpr(x, sl); return; }
        if (e instanceof Expr.TypeAssert ta) {
            expr(x, ta.x);
            if (x.invalid()) return;
            if (ta.type == null) { errorAt(ta, "use of .(type) outside type switch"); x.invalidate(); return; }
            if (!Predicates.isInterface(x.typ)) { invalidOp(x, ta.x, ExprString.of(ta.x) + " (" + modeStr(x) + " of type " + q(x.typ) + ") is not an interface"); return; }
            Type T = varType(ta.type);
            if (Predicates.isInvalid(T)) { x.invalidate(); return; }
            typeAssertion(e, x, (Interface) x.typ.underlying(), T, false);
            x.mode = Mode.COMMAOK; x.typ = T;
            return;
        }
        if (e instanceof Expr.Call c) { call(x, c); return; }
        if (e instanceof Expr.Star s) {
            exprOrType(x, s.x);
            if (x.invalid()) return;
            if (x.mode == Mode.TYPEXPR) { x.typ = new Pointer(x.typ); return; }
            if (x.isNil()) { invalidOp(x, s, "cannot indirect nil"); return; }
            if (!(x.typ.underlying() instanceof Pointer p)) { errorAt(x, "invalid operation: cannot indirect " + str(x)); x.invalidate(); return; }
            x.mode = Mode.VARIABLE; x.typ = p.elem();
            return;
        }
        if (e instanceof Expr.Unary u) { unary(x, u); return; }
        if (e instanceof Expr.Binary b) { binary(x, b, b.x, b.y, b.op, b.pos); return; }
        if (e instanceof Expr.KeyValue kv) { errorAt(kv, "no key:value expected"); return; }
        if (e instanceof Expr.ArrayType || e instanceof Expr.StructType || e instanceof Expr.FuncType || e instanceof Expr.InterfaceType
                || e instanceof Expr.MapType || e instanceof Expr.ChanType) {
            x.mode = Mode.TYPEXPR; x.typ = typExpr(e);
            return;
        }
        if (e instanceof Expr.Dots) { errorAt(e, "invalid use of ..."); return; }
        errorAt(e, "invalid expression");
    }

    String modeStr(Operand x) { return switch (x.mode) { case VARIABLE -> "variable"; case CONSTANT -> "constant"; case MAPINDEX -> "map index expression"; default -> "value"; }; }

    void funcLit(Operand x, Expr.FuncLit fl) {
        Scope fs = new Scope(scope, "function literal", fl);
        info.scopes.put(fl, fs);
        FuncCtx ctx = new FuncCtx(fl, fn, fs);
        Scope save = scope; FuncCtx saveFn = fn;
        scope = fs; fn = ctx;
        Signature sig = funcType(fl.type, null, fs, ctx);
        scope = save; fn = saveFn;
        // check body now (closures see current scope state)
        funcBody(ctx, "", sig, fl.body, null);
        List<Var> cap = new ArrayList<>(ctx.captured);
        info.captured.put(fl, cap);
        if (fn != null) for (Var v : cap) if (v.owner != fn.decl) { for (FuncCtx c = fn; c != null && c.decl != v.owner; c = c.outer) if (c.decl instanceof Expr.FuncLit) c.captured.add(v); }
        x.mode = Mode.VALUE; x.typ = sig;
    }

    void unary(Operand x, Expr.Unary u) {
        expr(x, u.x);
        if (x.invalid()) return;
        switch (u.op) {
            case AND -> {
                Expr inner = u.x;
                while (inner instanceof Expr.Paren p) inner = p.x;
                if (!(inner instanceof Expr.CompositeLit) && x.mode != Mode.VARIABLE) {
                    errorAt(x, "invalid operation: cannot take address of " + str(x)); x.invalidate(); return;
                }
                markAddrTaken(u.x);
                x.mode = Mode.VALUE; x.typ = new Pointer(x.typ);
                return;
            }
            case ARROW -> {
                if (!(x.typ.underlying() instanceof Chan ch)) { invalidOp(x, u, "cannot receive from non-channel " + str(x)); return; }
                if (ch.dir() == Chan.Dir.SendOnly) { invalidOp(x, u, "cannot receive from send-only channel " + str(x)); return; }
                x.mode = Mode.COMMAOK; x.typ = ch.elem();
                return;
            }
            default -> {}
        }
        if (!unaryOpOk(u.op, x.typ)) {
            errorAt(x, "invalid operation: operator " + u.op.text + " not defined on " + str(x)); x.invalidate();
            return;
        }
        if (x.mode == Mode.CONSTANT) {
            if (x.val.kind() == ConstValue.Kind.UNKNOWN) return;
            int prec = 0;
            if (Predicates.isUnsigned(x.typ)) prec = sizeBits((Basic) x.typ.underlying());
            x.val = Constants.unaryOp(u.op, x.val, prec);
            x.expr = u;
            overflow(x, u.pos);
            return;
        }
        x.mode = Mode.VALUE;
    }

    static int sizeBits(Basic b) {
        return switch (b.kind()) { case Uint8, Int8 -> 8; case Uint16, Int16 -> 16; case Uint32, Int32, Float32 -> 32; default -> 64; };
    }

    static boolean unaryOpOk(Op op, Type t) {
        return switch (op) {
            case ADD, SUB -> Predicates.isNumeric(t);
            case XOR -> Predicates.isInteger(t);
            case NOT -> Predicates.isBoolean(t);
            default -> false;
        };
    }

    void markAddrTaken(Expr e) {
        for (;;) {
            if (e instanceof Expr.Paren p) { e = p.x; continue; }
            if (e instanceof Expr.Selector s) {
                Selection sel = info.selections.get(s);
                if (sel != null && sel.kind() == Selection.Kind.FieldVal && !sel.indirect() && !(info.typeOf(s.x) != null && info.typeOf(s.x).underlying() instanceof Pointer)) { e = s.x; continue; }
                return;
            }
            if (e instanceof Expr.Index ix) {
                Type t = info.typeOf(ix.x);
                if (t != null && t.underlying() instanceof Array) { e = ix.x; continue; }
                return;
            }
            if (e instanceof Expr.Ident id) {
                Obj o = info.uses.get(id);
                if (o instanceof Var v) info.addressTaken.add(v);
            }
            return;
        }
    }

    void binary(Operand x, Expr e, Expr lhs, Expr rhs, Op op, Pos opPos) {
        Operand y = new Operand();
        expr(x, lhs);
        expr(y, rhs);
        if (x.invalid()) return;
        if (y.invalid()) { x.invalidate(); x.expr = y.expr; return; }
        if (op == Op.SHL || op == Op.SHR) { shift(x, y, e, op, opPos); return; }
        matchTypes(x, y);
        if (x.invalid()) return;
        if (isComparison(op)) { comparison(x, y, op, false, e); return; }
        if (!Predicates.identical(x.typ, y.typ)) {
            if (x.typ != Universe.INVALID && y.typ != Universe.INVALID) {
                if (e != null) errorAt(x, "invalid operation: " + ExprString.of(e) + " (mismatched types " + q(x.typ) + " and " + q(y.typ) + ")");
                else errorAt(x, "invalid operation: " + ExprString.of(lhs) + " " + op.text + "= " + ExprString.of(rhs) + " (mismatched types " + q(x.typ) + " and " + q(y.typ) + ")");
            }
            x.invalidate();
            return;
        }
        if (!binaryOpOk(op, x.typ)) {
            errorAt(x, "invalid operation: operator " + op.text + " not defined on " + str(x));
            x.invalidate();
            return;
        }
        if (op == Op.QUO || op == Op.REM) {
            if ((x.mode == Mode.CONSTANT || Predicates.isInteger(x.typ)) && y.mode == Mode.CONSTANT && Constants.sign(y.val) == 0) {
                errorAt(y, "invalid operation: division by zero");
                x.invalidate();
                return;
            }
        }
        if (x.mode == Mode.CONSTANT && y.mode == Mode.CONSTANT) {
            if (x.val.kind() == ConstValue.Kind.UNKNOWN || y.val.kind() == ConstValue.Kind.UNKNOWN) { x.val = ConstValue.UNKNOWN; return; }
            boolean intDiv = op == Op.QUO && Predicates.isInteger(x.typ);
            x.val = Constants.binaryOp(x.val, op, y.val, intDiv);
            x.expr = e;
            overflow(x, opPos);
            return;
        }
        x.mode = Mode.VALUE;
    }

    static boolean binaryOpOk(Op op, Type t) {
        return switch (op) {
            case ADD -> Predicates.isNumeric(t) || Predicates.isString(t);
            case SUB, MUL, QUO -> Predicates.isNumeric(t);
            case REM, AND, OR, XOR, AND_NOT -> Predicates.isInteger(t);
            case ANDAND, OROR -> Predicates.isBoolean(t);
            default -> false;
        };
    }

    static boolean allBasic(Type t) { return t.underlying() instanceof Basic; }

    void matchTypes(Operand x, Operand y) {
        boolean may;
        if (Predicates.isTyped(x.typ) && Predicates.isTyped(y.typ)) may = false;
        else if (allBasic(x.typ) != allBasic(y.typ)) may = false;
        else if (Predicates.isBoolean(x.typ) != Predicates.isBoolean(y.typ)) may = false;
        else if (Predicates.isString(x.typ) != Predicates.isString(y.typ)) may = false;
        else if (x.isNil()) may = Predicates.hasNil(y.typ);
        else if (y.isNil()) may = Predicates.hasNil(x.typ);
        else may = !(Predicates.isPointer(x.typ) || Predicates.isPointer(y.typ));
        if (may) {
            convertUntyped(x, y.typ);
            if (x.invalid()) return;
            convertUntyped(y, x.typ);
            if (y.invalid()) { x.invalidate(); }
        }
    }

    void comparison(Operand x, Operand y, Op op, boolean switchCase, Expr e) {
        Operand errOp = x;
        String cause = "";
        boolean ok = assignableTo(x, y.typ, null) || assignableTo(y, x.typ, null);
        error:
        {
            if (!ok) {
                errOp = y;
                cause = "mismatched types " + q(x.typ) + " and " + q(y.typ);
                break error;
            }
            if (op == Op.EQL || op == Op.NEQ) {
                if (x.isNil() || y.isNil()) {
                    Type typ = x.isNil() ? y.typ : x.typ;
                    if (!Predicates.hasNil(typ)) { errOp = y; break error; }
                } else if (!Predicates.comparable(x.typ)) {
                    errOp = x; cause = incomparableCause(x.typ); break error;
                } else if (!Predicates.comparable(y.typ)) {
                    errOp = y; cause = incomparableCause(y.typ); break error;
                }
            } else {
                if (!Predicates.isOrdered(x.typ)) { errOp = x; break error; }
                if (!Predicates.isOrdered(y.typ)) { errOp = y; break error; }
            }
            if (x.mode == Mode.CONSTANT && y.mode == Mode.CONSTANT) {
                if (x.val.kind() == ConstValue.Kind.UNKNOWN || y.val.kind() == ConstValue.Kind.UNKNOWN) x.val = ConstValue.UNKNOWN;
                else x.val = Constants.makeBool(Constants.compare(x.val, op, y.val));
            } else {
                x.mode = Mode.VALUE;
                if (x.expr != null) updateExprType(x.expr, Predicates.defaultType(x.typ));
                if (y.expr != null) updateExprType(y.expr, Predicates.defaultType(y.typ));
            }
            x.typ = Universe.UNTYPED_BOOL;
            return;
        }
        if (cause.isEmpty()) cause = "operator " + op.text + " not defined on " + kindString(errOp.typ);
        if (switchCase) errorAt(x, "invalid case " + ExprString.of(x.expr) + " in switch on " + ExprString.of(y.expr) + " (" + cause + ")");
        else errorAt(errOp, "invalid operation: " + ExprString.of(x.expr) + " " + op.text + " " + ExprString.of(y.expr) + " (" + cause + ")");
        x.invalidate();
    }

    String kindString(Type t) {
        Type u = t.underlying();
        if (u instanceof Array) return "array";
        if (u instanceof Slice) return "slice";
        if (u instanceof Struct) return "struct";
        if (u instanceof Pointer) return "pointer";
        if (u instanceof Signature) return "func";
        if (u instanceof Interface) return "interface";
        if (u instanceof Map) return "map";
        if (u instanceof Chan) return "chan";
        return q(t);
    }

    String incomparableCause(Type t) {
        Type u = t.underlying();
        if (u instanceof Slice || u instanceof Signature || u instanceof Map) return kindString(t) + " can only be compared to nil";
        if (u instanceof Struct s) {
            for (Var f : s.fields()) if (!Predicates.comparable(f.type())) return "struct containing " + q(f.type()) + " cannot be compared";
        }
        if (u instanceof Array a) return q(t) + " cannot be compared";
        return "";
    }

    void shift(Operand x, Operand y, Expr e, Op op, Pos opPos) {
        ConstValue xval = null;
        if (x.mode == Mode.CONSTANT) xval = Constants.toInt(x.val);
        if (Predicates.isInteger(x.typ) || Predicates.isUntyped(x.typ) && xval != null && xval.kind() == ConstValue.Kind.INT) {
        } else {
            errorAt(x, "invalid operation: shifted operand " + str(x) + " must be integer");
            x.invalidate();
            return;
        }
        ConstValue yval = null;
        if (y.mode == Mode.CONSTANT) {
            yval = Constants.toInt(y.val);
            if (yval.kind() == ConstValue.Kind.INT && yval.num.signum() < 0) {
                errorAt(y, "invalid operation: negative shift count " + str(y));
                x.invalidate();
                return;
            }
            if (Predicates.isUntyped(y.typ)) {
                representable(y, Universe.UINT);
                if (y.invalid()) { x.invalidate(); return; }
            }
        } else {
            if (Predicates.isInteger(y.typ)) {
            } else if (Predicates.isUntyped(y.typ)) {
                convertUntyped(y, Universe.UINT);
                if (y.invalid()) { x.invalidate(); return; }
            } else {
                errorAt(y, "invalid operation: shift count " + str(y) + " must be integer");
                x.invalidate();
                return;
            }
        }
        if (x.mode == Mode.CONSTANT) {
            if (y.mode == Mode.CONSTANT) {
                if (x.val.kind() == ConstValue.Kind.UNKNOWN || y.val.kind() == ConstValue.Kind.UNKNOWN) { x.val = ConstValue.UNKNOWN; if (!Predicates.isInteger(x.typ)) x.typ = Universe.UNTYPED_INT; return; }
                BigInteger s = yval.kind() == ConstValue.Kind.INT ? yval.num : null;
                if (s == null || s.compareTo(BigInteger.valueOf(1023 - 1 + 52)) > 0) {
                    errorAt(y, "invalid operation: invalid shift count " + str(y));
                    x.invalidate();
                    return;
                }
                if (!Predicates.isInteger(x.typ)) x.typ = Universe.UNTYPED_INT;
                x.val = Constants.shift(xval, op, s.longValue());
                x.expr = e;
                overflow(x, opPos);
                return;
            }
            if (Predicates.isUntyped(x.typ)) {
                x.mode = Mode.VALUE;
                return;
            }
        }
        if (!Predicates.isInteger(x.typ)) {
            errorAt(x, "invalid operation: shifted operand " + str(x) + " must be integer");
            x.invalidate();
            return;
        }
        x.mode = Mode.VALUE;
    }

    // =====================================================================================
    // Implicit conversion of untyped operands
    // =====================================================================================

    /** Returns {newType, newVal} or null with code in codeOut[0]. */
    Object[] implicitTypeAndValue(Operand x, Type target, int[] code) {
        if (x.invalid() || Predicates.isTyped(x.typ) || target == Universe.INVALID) return new Object[]{x.typ, null};
        if (Predicates.isUntyped(target)) {
            Type m = maxType(x.typ, target);
            if (m != null) return new Object[]{m, null};
            code[0] = INVALID_UNTYPED; return null;
        }
        Type u = target.underlying();
        if (u instanceof Basic b) {
            if (x.mode == Mode.CONSTANT) {
                ConstValue[] out = new ConstValue[1];
                int c = representation(x, b, out);
                if (c != OK) { code[0] = c; return null; }
                return new Object[]{target, out[0]};
            }
            switch (((Basic) x.typ).kind()) {
                case UntypedBool -> { if (!b.isBoolean()) { code[0] = INVALID_UNTYPED; return null; } }
                case UntypedInt, UntypedRune, UntypedFloat, UntypedComplex -> { if (!b.isNumeric()) { code[0] = INVALID_UNTYPED; return null; } }
                case UntypedString -> { if (!b.isString()) { code[0] = INVALID_UNTYPED; return null; } }
                case UntypedNil -> { if (!Predicates.hasNil(target)) { code[0] = INVALID_UNTYPED; return null; } return new Object[]{Universe.UNTYPED_NIL, null}; }
                default -> { code[0] = INVALID_UNTYPED; return null; }
            }
            return new Object[]{target, null};
        }
        if (u instanceof Interface it) {
            if (x.isNil()) return new Object[]{Universe.UNTYPED_NIL, null};
            if (!it.empty()) { code[0] = INVALID_UNTYPED; return null; }
            return new Object[]{Predicates.defaultType(x.typ), null};
        }
        if (u instanceof Pointer || u instanceof Signature || u instanceof Slice || u instanceof Map || u instanceof Chan) {
            if (!x.isNil()) { code[0] = INVALID_UNTYPED; return null; }
            return new Object[]{Universe.UNTYPED_NIL, null};
        }
        code[0] = INVALID_UNTYPED;
        return null;
    }

    static Type maxType(Type x, Type y) {
        if (Predicates.isNumeric(x) && Predicates.isNumeric(y)) {
            return ((Basic) x).kind().ordinal() > ((Basic) y).kind().ordinal() ? x : y;
        }
        if (Predicates.identical(x, y)) return x;
        return null;
    }

    void convertUntyped(Operand x, Type target) {
        int[] code = new int[1];
        Object[] r = implicitTypeAndValue(x, target, code);
        if (r == null) {
            invalidConversion(code[0], x, target.underlying() instanceof Basic ? target.underlying() : target);
            x.invalidate();
            return;
        }
        if (r[1] != null) x.val = (ConstValue) r[1];
        Type nt = (Type) r[0];
        if (nt != x.typ) {
            x.typ = nt;
            if (x.expr != null) updateExprType(x.expr, nt);
        }
        if (x.isNil() && x.expr != null && !Predicates.isUntyped(target)) {
            // record nil with its target type for codegen
            TypeAndValue tv = info.types.get(x.expr);
            if (tv != null) info.types.put(x.expr, new TypeAndValue(Mode.NILVALUE, target, null));
        }
    }

    // =====================================================================================
    // Assignability, assignments (go/types operand.go assignableTo, assignments.go)
    // =====================================================================================

    boolean assignableTo(Operand x, Type T, String[] reason) {
        if (x.invalid() || T == Universe.INVALID) return true;
        Type V = x.typ;
        if (Predicates.identical(V, T)) return true;
        Type Vu = V.underlying(), Tu = T.underlying();
        if (Predicates.isUntyped(V)) {
            if (Tu instanceof Basic tb) {
                if (x.isNil()) return tb.kind() == BasicKind.UnsafePointer;
                if (x.mode == Mode.CONSTANT) return representableConst(x.val, tb, null);
                if (((Basic) V).kind() == BasicKind.UntypedBool) return tb.isBoolean();
                return Predicates.isNumeric(V) && tb.isNumeric() || Predicates.isString(V) && tb.isString();
            }
            if (x.isNil()) return Predicates.hasNil(T);
            if (Tu instanceof Interface it) return it.empty();
            return false;
        }
        if (Predicates.identical(Vu, Tu) && (!Predicates.isNamed(V) || !Predicates.isNamed(T))) return true;
        if (Tu instanceof Interface ti) {
            Func[] alt = new Func[1];
            Func m = Lookup.missingMethod(V, ti, true, alt);
            if (m == null) return true;
            if (reason != null) reason[0] = q(V) + " does not implement " + q(T) + " " + missingMethodReason(V, T, m, alt[0]);
            return false;
        }
        if (Vu instanceof Interface && !(Tu instanceof Interface)) {
            if (reason != null) {
                Func[] alt = new Func[1];
                if (Tu != null && Lookup.missingMethod(T, (Interface) Vu, true, alt) == null) reason[0] = "need type assertion";
            }
            return false;
        }
        if (Vu instanceof Chan vc && Tu instanceof Chan tc && vc.dir() == Chan.Dir.SendRecv && Predicates.identical(vc.elem(), tc.elem())) {
            return !Predicates.isNamed(V) || !Predicates.isNamed(T);
        }
        return false;
    }

    String missingMethodReason(Type V, Type T, Func m, Func alt) {
        String mname = m.name() + " method";
        if (alt != null) {
            if (!m.name().equals(alt.name())) return "(missing " + mname + ")\n\t\thave " + funcString(alt) + "\n\t\twant " + funcString(m);
            if (Predicates.identical(m.type(), alt.type())) return "(" + mname + " has pointer receiver)";
            return "(wrong type for " + mname + ")\n\t\thave " + funcString(alt) + "\n\t\twant " + funcString(m);
        }
        if (V.underlying() instanceof Pointer p && p.elem().underlying() instanceof Interface) return "(type " + q(V) + " is pointer to interface, not interface)";
        return "(missing " + mname + ")";
    }
    String funcString(Func f) { StringBuilder sb = new StringBuilder(f.name()); TypeStrings.writeSignature(sb, f.signature(), this::qualifier); return sb.toString(); }

    void assignment(Operand x, Type T, String context) {
        singleValue(x);
        if (x.invalid()) return;
        switch (x.mode) {
            case CONSTANT, VARIABLE, MAPINDEX, VALUE, NILVALUE, COMMAOK -> {}
            default -> { errorAt(x, "cannot assign " + str(x) + " to " + q(T) + " in " + context); x.invalidate(); return; }
        }
        if (Predicates.isUntyped(x.typ)) {
            Type target = T;
            if (T == null || Predicates.isInterface(T)) {
                if (T == null && x.typ == Universe.UNTYPED_NIL) {
                    errorAt(x, "use of untyped nil in " + context);
                    x.invalidate();
                    return;
                }
                target = Predicates.defaultType(x.typ);
            }
            int[] code = new int[1];
            Object[] r = implicitTypeAndValue(x, target, code);
            if (r == null) {
                String msg = "cannot use " + str(x) + " as " + q(target) + " value in " + context;
                if (code[0] == TRUNCATED) msg += " (truncated)";
                else if (code[0] == OVERFLOW) msg += " (overflows)";
                errorAt(x, msg);
                x.invalidate();
                return;
            }
            if (r[1] != null) x.val = (ConstValue) r[1];
            Type nt = (Type) r[0];
            if (nt != x.typ) { x.typ = nt; if (x.expr != null) updateExprType(x.expr, nt); }
            if (x.isNil() && T != null && x.expr != null) info.types.put(x.expr, new TypeAndValue(Mode.NILVALUE, T, null));
        }
        if (T == null) return;
        String[] reason = new String[1];
        if (!assignableTo(x, T, reason)) {
            if (reason[0] != null) errorAt(x, "cannot use " + str(x) + " as type " + q(T) + " in " + context + ":\n\t" + reason[0]);
            else errorAt(x, "cannot use " + str(x) + " as type " + q(T) + " in " + context);
            x.invalidate();
        }
    }

    void initVar(Var lhs, Operand x, String context) {
        if (x.invalid() || x.typ == Universe.INVALID || lhs.type == Universe.INVALID) {
            if (lhs.type == null) lhs.type = Universe.INVALID;
            lhs.used = true;
            return;
        }
        int nerr = errors.size();
        initVar0(lhs, x, context);
        if (errors.size() > nerr) lhs.used = true;
    }

    void initVar0(Var lhs, Operand x, String context) {
        if (lhs.type == null) {
            Type typ = x.typ;
            if (Predicates.isUntyped(typ)) {
                if (typ == Universe.UNTYPED_NIL) { errorAt(x, "use of untyped nil in " + context); lhs.type = Universe.INVALID; return; }
                typ = Predicates.defaultType(typ);
            }
            lhs.type = typ;
        }
        assignment(x, lhs.type, context);
    }

    void assignError(List<Expr> rhs, int nvars, int nvals) {
        String vars = nvars + " variable" + (nvars == 1 ? "" : "s");
        String vals = nvals + " value" + (nvals == 1 ? "" : "s");
        Expr r0 = rhs.get(0);
        if (rhs.size() == 1) {
            Expr u = r0;
            while (u instanceof Expr.Paren p) u = p.x;
            if (u instanceof Expr.Call c) { errorAt(r0, "assignment mismatch: " + vars + " but " + ExprString.of(c.fun) + " returns " + vals); return; }
        }
        errorAt(r0, "assignment mismatch: " + vars + " but " + vals);
    }

    /** Evaluates rhs list; unpacks a single multi-valued call / comma-ok when allowed. */
    List<Operand> exprList(List<Expr> elist, boolean allowCommaOk) {
        List<Operand> out = new ArrayList<>();
        if (elist.size() == 1) {
            Operand x = new Operand();
            rawExpr(x, elist.get(0), null, false);
            Expr e0 = elist.get(0);
            exclude(x, true, true);
            if (x.typ instanceof Tuple t && x.mode == Mode.VALUE) {
                for (Var v : t.vars()) { Operand o = new Operand(); o.mode = Mode.VALUE; o.typ = v.type(); o.expr = e0; out.add(o); }
                return out;
            }
            if (allowCommaOk && isCommaOkExpr(e0, x)) {
                out.add(x);
                Operand ok = new Operand(); ok.mode = Mode.VALUE; ok.typ = Universe.UNTYPED_BOOL; ok.expr = e0;
                commaOkPending = e0;
                out.add(ok);
                return out;
            }
            out.add(x);
            return out;
        }
        for (Expr e : elist) { Operand x = new Operand(); expr(x, e); out.add(x); }
        return out;
    }
    Expr commaOkPending;

    boolean isCommaOkExpr(Expr e, Operand x) {
        if (x.invalid()) return false;
        Expr u = e;
        while (u instanceof Expr.Paren p) u = p.x;
        if (x.mode == Mode.MAPINDEX) return true;
        if (u instanceof Expr.TypeAssert ta && ta.type != null) return true;
        if (u instanceof Expr.Unary un && un.op == Op.ARROW) return true;
        return false;
    }

    void recordCommaOk(Expr e, Type okType) {
        // go/types records the comma-ok expression with a tuple (T, bool)
        TypeAndValue tv = info.types.get(e);
        if (tv == null) return;
        Var a = Var.param("", tv.type(), pkg, Pos.NONE), b = Var.param("", okType, pkg, Pos.NONE);
        Mode m = tv.mode() == Mode.MAPINDEX ? Mode.MAPINDEX : Mode.COMMAOK;
        info.types.put(e, new TypeAndValue(m, new Tuple(List.of(a, b)), null));
        Expr u = e;
        while (u instanceof Expr.Paren p) { u = p.x; TypeAndValue t2 = info.types.get(u); if (t2 != null) info.types.put(u, new TypeAndValue(m, new Tuple(List.of(a, b)), null)); }
    }

    void initVars(List<Var> lhs, List<Expr> rhsE, Stmt.Return ret, String context) {
        commaOkPending = null;
        List<Operand> rhs = exprList(rhsE, lhs.size() == 2 && ret == null);
        if (lhs.size() != rhs.size()) {
            for (Var v : lhs) { v.used = true; if (v.type == null) v.type = Universe.INVALID; }
            for (Operand o : rhs) if (o.invalid()) return;
            if (ret != null) {
                Node at = ret; String qual = "not enough";
                if (rhs.size() > lhs.size()) { at = rhs.get(lhs.size()).expr; qual = "too many"; }
                else if (!rhs.isEmpty()) at = rhs.get(rhs.size() - 1).expr;
                errorAt(at, qual + " return values\n\thave " + typesSummary(rhs.stream().map(o -> o.typ).toList(), false) + "\n\twant " + typesSummary(lhs.stream().map(v -> v.type()).toList(), false));
                return;
            }
            assignError(rhsE, lhs.size(), rhs.size());
            return;
        }
        String ctx = ret != null ? "return statement" : context;
        for (int i = 0; i < lhs.size(); i++) {
            Operand x = rhs.get(i);
            initVar(lhs.get(i), x, ctx);
        }
        if (commaOkPending != null && rhs.size() == 2) {
            recordCommaOk(commaOkPending, rhs.get(1).typ == Universe.UNTYPED_BOOL ? Universe.BOOL : rhs.get(1).typ);
        }
        commaOkPending = null;
    }

    String typesSummary(List<Type> list, boolean variadic) {
        List<String> res = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Type t = list.get(i);
            String s;
            if (t == null || t == Universe.INVALID) s = "<T>";
            else if (Predicates.isUntyped(t)) s = Predicates.isNumeric(t) ? "number" : ((Basic) t).name().replace("untyped ", "");
            else if (variadic && i == list.size() - 1 && t instanceof Slice sl) s = "..." + q(sl.elem());
            else s = q(t);
            res.add(s);
        }
        return "(" + String.join(", ", res) + ")";
    }

    /** Assignment to an lhs expression (not :=). Returns the lhs type or null. */
    Type assignVar(Expr lhs, Operand x) {
        Expr u = lhs;
        while (u instanceof Expr.Paren p) u = p.x;
        if (u instanceof Expr.Ident id && id.name.equals("_")) {
            info.defs.put(id, null);
            if (x.invalid()) return null;
            assignment(x, null, "assignment to _ identifier");
            return x.invalid() ? null : x.typ;
        }
        // don't count the lhs as a use
        Var v = null; boolean wasUsed = false;
        if (u instanceof Expr.Ident id) {
            Obj o = scope.lookupParent(id.name);
            if (o instanceof Var vv && vv.pkg() == pkg) { v = vv; wasUsed = vv.used; }
        }
        Operand z = new Operand();
        expr(z, lhs);
        if (v != null) v.used = wasUsed;
        if (z.invalid() || x.invalid()) return null;
        switch (z.mode) {
            case VARIABLE, MAPINDEX -> {}
            default -> {
                if (lhs instanceof Expr.Selector sel) {
                    Operand b = new Operand();
                    TypeAndValue tv = info.types.get(sel.x);
                    if (tv != null && tv.mode() == Mode.MAPINDEX) { errorAt(z, "cannot assign to struct field " + ExprString.of(lhs) + " in map"); return null; }
                }
                errorAt(z, "cannot assign to " + str(z));
                return null;
            }
        }
        assignment(x, z.typ, "assignment");
        return x.invalid() ? null : z.typ;
    }

    void assignVars(List<Expr> lhs, List<Expr> rhsE) {
        commaOkPending = null;
        List<Operand> rhs = exprList(rhsE, lhs.size() == 2);
        if (lhs.size() != rhs.size()) {
            for (Expr l : lhs) { Expr u = l; while (u instanceof Expr.Paren p) u = p.x; if (u instanceof Expr.Ident id && !id.name.equals("_")) { Obj o = scope.lookupParent(id.name); if (o != null) info.uses.put(id, o); } }
            for (Operand o : rhs) if (o.invalid()) return;
            assignError(rhsE, lhs.size(), rhs.size());
            return;
        }
        for (int i = 0; i < lhs.size(); i++) assignVar(lhs.get(i), rhs.get(i));
        if (commaOkPending != null && rhs.size() == 2) recordCommaOk(commaOkPending, Universe.BOOL);
        commaOkPending = null;
    }

    void shortVarDecl(Pos pos, List<Expr> lhs, List<Expr> rhs) {
        List<Var> lhsVars = new ArrayList<>();
        List<Var> newVars = new ArrayList<>();
        HashSet<String> seen = new HashSet<>();
        boolean bad = false;
        for (Expr l : lhs) {
            if (!(l instanceof Expr.Ident id)) {
                Operand tmp = new Operand(); expr(tmp, l);
                errorAt(l, "non-name " + ExprString.of(l) + " on left side of :=");
                bad = true;
                lhsVars.add(new Var("_", null, pkg, l.pos(), false, false));
                continue;
            }
            String name = id.name;
            if (!name.equals("_") && !seen.add(name)) {
                error(id.pos, name + " repeated on left side of :=");
                bad = true;
                lhsVars.add(new Var("_", null, pkg, id.pos, false, false));
                continue;
            }
            Obj alt = scope.lookup(name);
            if (alt != null && !name.equals("_")) {
                info.uses.put(id, alt);
                if (alt instanceof Var av) lhsVars.add(av);
                else { errorAt(l, "cannot assign to " + name); bad = true; lhsVars.add(new Var("_", null, pkg, id.pos, false, false)); }
                continue;
            }
            Var v = new Var(name, null, pkg, id.pos, false, false);
            v.owner = fn == null ? null : fn.decl;
            lhsVars.add(v); newVars.add(v);
            info.defs.put(id, v);
        }
        // init: for existing vars use assignment semantics
        List<Var> initLhs = new ArrayList<>();
        for (Var v : lhsVars) initLhs.add(v);
        HashMap<Var, Boolean> usedBefore = new HashMap<>();
        for (Var v : lhsVars) usedBefore.put(v, v.used);
        initVars(initLhs, rhs, null, "assignment");
        for (Var v : lhsVars) if (!newVars.contains(v)) v.used = usedBefore.get(v);
        for (Var v : newVars) { if (v.type == null || v.type == Universe.INVALID) { v.type = Universe.INVALID; v.used = true; } else v.used = false; }
        if (newVars.isEmpty() && !bad) {
            softError(pos, "no new variables on left side of :=");
        }
        // declare after rhs evaluation
        for (Var v : newVars) {
            if (fn != null) fn.locals.add(v);
            if (!v.name().equals("_")) scope.insert(v);
        }
    }

    // =====================================================================================
    // Calls, selectors, conversions, builtins (go/types call.go, conversions.go, builtins.go)
    // =====================================================================================

    /** Returns true if the call is a statement-kind (call or receive). */
    void call(Operand x, Expr.Call c) {
        rawExpr(x, c.fun, null, true);
        exclude(x, true, false);
        if (x.mode == Mode.BUILTIN && false) {}
        singleValue(x);
        if (x.invalid()) { for (Expr a : c.args) { Operand o = new Operand(); rawExpr(o, a, null, false); } x.expr = c; return; }
        if (x.mode == Mode.TYPEXPR) {
            Type T = x.typ;
            x.mode = Mode.INVALID;
            if (c.args.size() != 1) {
                if (c.args.isEmpty()) errorAt(c, "missing argument in conversion to " + q(T));
                else { for (Expr a : c.args) { Operand o = new Operand(); expr(o, a); } errorAt(c.args.get(c.args.size() - 1), "too many arguments in conversion to " + q(T)); }
                x.expr = c; return;
            }
            if (c.hasDots) { errorAt(c.args.get(0), "invalid use of ... in type conversion to " + q(T)); }
            exprWithHint(x, c.args.get(0), T);
            if (x.invalid()) return;
            conversion(x, T);
            x.expr = c;
            return;
        }
        if (x.mode == Mode.BUILTIN) {
            BuiltinId id = x.id;
            builtin(x, c, id);
            x.expr = c;
            return;
        }
        if (!(x.typ.underlying() instanceof Signature sig)) {
            invalidOp(x, x.expr, "cannot call non-function " + str(x));
            for (Expr a : c.args) { Operand o = new Operand(); rawExpr(o, a, null, false); }
            return;
        }
        List<Operand> args = new ArrayList<>();
        if (c.args.size() == 1) {
            Operand a = new Operand();
            rawExpr(a, c.args.get(0), null, false);
            exclude(a, true, true);
            if (a.mode == Mode.VALUE && a.typ instanceof Tuple t) {
                for (Var v : t.vars()) { Operand o = new Operand(); o.mode = Mode.VALUE; o.typ = v.type(); o.expr = c.args.get(0); args.add(o); }
                if (c.hasDots) { errorAt(c, "cannot use ... with " + t.len() + "-valued " + ExprString.of(c.args.get(0))); x.invalidate(); return; }
            } else args.add(a);
        } else for (Expr a : c.args) { Operand o = new Operand(); expr(o, a); args.add(o); }
        for (Operand a : args) if (a.invalid()) { resultOf(x, sig, c); return; }
        arguments(c, sig, args);
        resultOf(x, sig, c);
    }

    void resultOf(Operand x, Signature sig, Expr.Call c) {
        x.expr = c;
        switch (sig.results().len()) {
            case 0 -> { x.mode = Mode.NOVALUE; x.typ = Tuple.EMPTY; }
            case 1 -> { x.mode = Mode.VALUE; x.typ = sig.results().at(0).type(); }
            default -> { x.mode = Mode.VALUE; x.typ = sig.results(); }
        }
    }

    void arguments(Expr.Call c, Signature sig, List<Operand> args) {
        int nargs = args.size();
        List<Var> params = new ArrayList<>(sig.params().vars());
        int npars = params.size();
        boolean ddd = c.hasDots;
        if (sig.variadic()) {
            if (ddd) {
                if (c.args.size() == 1 && nargs > 1) { errorAt(c, "cannot use ... with " + nargs + "-valued " + ExprString.of(c.args.get(0))); return; }
            } else {
                Type last = params.get(npars - 1).type();
                Type el = ((Slice) last).elem();
                if (nargs >= npars - 1) {
                    params.remove(npars - 1);
                    while (params.size() < nargs) params.add(Var.param("", el, pkg, Pos.NONE));
                    npars = params.size();
                }
            }
        } else if (ddd) {
            errorAt(c, "cannot use ... in call to non-variadic " + ExprString.of(c.fun));
            return;
        }
        if (nargs != npars) {
            Node at = c; String qual = "not enough";
            if (nargs > npars) { at = args.get(npars).expr; qual = "too many"; }
            else if (nargs > 0) at = args.get(nargs - 1).expr;
            List<Type> want = sig.params().vars().stream().map(Var::type).toList();
            errorAt(at, qual + " arguments in call to " + ExprString.of(c.fun) + "\n\thave " + typesSummary(args.stream().map(o -> o.typ).toList(), false) + "\n\twant " + typesSummary(want, sig.variadic()));
            return;
        }
        String ctx = "argument to " + ExprString.of(c.fun);
        for (int i = 0; i < nargs; i++) assignment(args.get(i), params.get(i).type(), ctx);
    }

    void selector(Operand x, Expr.Selector e, boolean wantType) {
        String sel = e.sel.name;
        if (e.x instanceof Expr.Ident id) {
            Obj o = scope.lookupParent(id.name);
            if (o instanceof PkgName pn) {
                info.uses.put(id, pn);
                pn.used = true;
                Package ip = pn.imported();
                Obj exp = ip.scope().lookup(sel);
                x.expr = e;
                if (exp == null || !exp.exported()) {
                    if (exp == null) error(e.sel.pos, "undefined: " + pn.name() + "." + sel);
                    else error(e.sel.pos, "name " + sel + " not exported by package " + ip.name());
                    x.invalidate();
                    return;
                }
                info.uses.put(e.sel, exp);
                x.typ = exp.type();
                if (exp instanceof Const c) { x.mode = Mode.CONSTANT; x.val = c.val; }
                else if (exp instanceof TypeName) x.mode = Mode.TYPEXPR;
                else if (exp instanceof Var) x.mode = Mode.VARIABLE;
                else if (exp instanceof Func) x.mode = Mode.VALUE;
                else if (exp instanceof Builtin b) { x.mode = Mode.BUILTIN; x.id = b.id(); x.typ = Universe.INVALID; }
                return;
            }
        }
        exprOrType(x, e.x);
        if (x.invalid()) { x.expr = e; return; }
        if (x.mode == Mode.TYPEXPR && Predicates.isInterface(x.typ) && false) {}
        Lookup.Result r = Lookup.lookupFieldOrMethod(x.typ, x.mode == Mode.VARIABLE, pkg, sel);
        if (r.obj() == null) {
            if (r.ambiguous()) { error(e.sel.pos, "ambiguous selector " + ExprString.of(e.x) + "." + sel); x.invalidate(); x.expr = e; return; }
            String why;
            if (x.typ.underlying() instanceof Pointer p && p.elem().underlying() instanceof Interface) why = "type " + q(x.typ) + " is pointer to interface, not interface";
            else {
                why = "type " + q(x.typ) + " has no field or method " + sel;
                if (!sel.isEmpty()) {
                    String cc = Character.isUpperCase(sel.charAt(0)) ? Character.toLowerCase(sel.charAt(0)) + sel.substring(1) : Character.toUpperCase(sel.charAt(0)) + sel.substring(1);
                    if (Lookup.lookupFieldOrMethod(x.typ, x.mode == Mode.VARIABLE, pkg, cc).obj() != null) why += ", but does have " + cc;
                }
            }
            if (x.mode == Mode.TYPEXPR) error(e.sel.pos, ExprString.of(e.x) + "." + sel + " undefined (type " + q(x.typ) + " has no method " + sel + ")");
            else error(e.sel.pos, ExprString.of(e.x) + "." + sel + " undefined (" + why + ")");
            x.invalidate(); x.expr = e;
            return;
        }
        Obj obj = r.obj();
        info.uses.put(e.sel, obj);
        if (x.mode == Mode.TYPEXPR) {
            if (!(obj instanceof Func m)) {
                error(e.sel.pos, ExprString.of(e.x) + "." + sel + " undefined (type " + q(x.typ) + " has no method " + sel + ")");
                x.invalidate(); x.expr = e; return;
            }
            if (m.pointerRecv() && !(x.typ.underlying() instanceof Pointer) && !r.indirect() && !Predicates.isInterface(x.typ)) {
                error(e.sel.pos, "invalid method expression " + ExprString.of(e.x) + "." + sel + " (needs pointer receiver (*" + q(x.typ) + ")." + sel + ")");
                x.invalidate(); x.expr = e; return;
            }
            info.selections.put(e, new Selection(Selection.Kind.MethodExpr, x.typ, m, r.index(), r.indirect()));
            addMethodDep(m);
            x.mode = Mode.VALUE;
            x.typ = info.selections.get(e).type();
            x.expr = e;
            return;
        }
        if (obj instanceof Var f) {
            info.selections.put(e, new Selection(Selection.Kind.FieldVal, x.typ, f, r.index(), r.indirect()));
            if (!(x.mode == Mode.VARIABLE || r.indirect())) x.mode = Mode.VALUE;
            else x.mode = Mode.VARIABLE;
            x.typ = f.type();
        } else {
            Func m = (Func) obj;
            if (m.pointerRecv() && !r.indirect() && !(x.typ.underlying() instanceof Pointer) && !Predicates.isInterface(x.typ)) {
                if (x.mode != Mode.VARIABLE) {
                    error(e.sel.pos, "cannot call pointer method " + sel + " on " + q(x.typ));
                    x.invalidate(); x.expr = e; return;
                }
                markAddrTaken(e.x);
            }
            info.selections.put(e, new Selection(Selection.Kind.MethodVal, x.typ, m, r.index(), r.indirect()));
            addMethodDep(m);
            x.mode = Mode.VALUE;
            Signature s = m.signature();
            x.typ = new Signature(null, s.params(), s.results(), s.variadic());
        }
        x.expr = e;
    }

    void conversion(Operand x, Type T) {
        boolean constArg = x.mode == Mode.CONSTANT;
        boolean ok;
        String[] cause = new String[1];
        if (constArg && Predicates.isConstType(T)) {
            ConstValue[] out = new ConstValue[1];
            Basic tb = (Basic) T.underlying();
            if (representableConst(x.val, tb, out)) { ok = true; x.val = out[0]; }
            else if (Predicates.isInteger(x.typ) && tb.isString()) {
                ConstValue iv = Constants.toInt(x.val);
                int cp = 0xFFFD;
                if (iv.kind() == ConstValue.Kind.INT && iv.num.signum() >= 0 && iv.num.bitLength() <= 31) { int v = iv.num.intValue(); if (v <= 0x10FFFF && (v < 0xD800 || v > 0xDFFF)) cp = v; }
                StringBuilder sb = new StringBuilder();
                for (byte b : new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8)) sb.append((char) (b & 0xff));
                x.val = Constants.makeString(sb.toString());
                ok = true;
            } else ok = false;
        } else if (constArg && false) { ok = false; }
        else ok = convertibleTo(x, T, cause);
        if (!ok) {
            if (cause[0] != null) errorAt(x, "cannot convert " + str(x) + " to type " + q(T) + ":\n\t" + cause[0]);
            else errorAt(x, "cannot convert " + str(x) + " to type " + q(T));
            x.invalidate();
            return;
        }
        if (Predicates.isUntyped(x.typ)) {
            Type fin = T;
            if (Predicates.isInterface(T) || constArg && !Predicates.isConstType(T) || !Predicates.isTyped(T)) fin = Predicates.defaultType(x.typ);
            else if (x.mode == Mode.CONSTANT && Predicates.isInteger(x.typ) && Predicates.isString(T)) fin = Predicates.defaultType(x.typ);
            if (x.expr != null) updateExprType(x.expr, fin);
        }
        if (!(constArg && Predicates.isConstType(T))) x.mode = Mode.VALUE;
        x.typ = T;
    }

    boolean convertibleTo(Operand x, Type T, String[] cause) {
        if (assignableTo(x, T, null)) return true;
        Type V = x.typ, Vu = V.underlying(), Tu = T.underlying();
        if (Predicates.identical(Vu, Tu)) return true;
        if (V instanceof Pointer vp && T instanceof Pointer tp && Predicates.identical(vp.elem().underlying(), tp.elem().underlying())) return true;
        if (Predicates.isInteger(Vu) || Predicates.isFloat(Vu)) { if (Predicates.isInteger(Tu) || Predicates.isFloat(Tu)) return true; }
        if (Predicates.isComplex(Vu) && Predicates.isComplex(Tu)) return true;
        if ((Predicates.isInteger(Vu) || isBytesOrRunes(Vu)) && Predicates.isString(Tu)) return true;
        if (Predicates.isString(Vu) && isBytesOrRunes(Tu)) return true;
        if ((Predicates.isPointer(Vu) || Predicates.isInteger(Vu) && ((Basic) Vu).kind() == BasicKind.Uintptr) && Predicates.isUnsafePointer(Tu)) return true;
        if (Predicates.isUnsafePointer(Vu) && (Predicates.isPointer(Tu) || Predicates.isInteger(Tu) && ((Basic) Tu).kind() == BasicKind.Uintptr)) return true;
        if (Vu instanceof Slice s && Tu instanceof Pointer p && p.elem().underlying() instanceof Array a) {
            if (Predicates.identical(s.elem(), a.elem())) return true;
        }
        return false;
    }
    static boolean isBytesOrRunes(Type t) {
        if (t.underlying() instanceof Slice s && s.elem().underlying() instanceof Basic b) return b.kind() == BasicKind.Uint8 || b.kind() == BasicKind.Int32;
        return false;
    }

    void builtin(Operand x, Expr.Call c, BuiltinId id) {
        List<Operand> args = new ArrayList<>();
        String name = id.goName;
        // types2's exprList(call.ArgList): a single multi-valued call supplies all the arguments
        // (every builtin but make, new and unsafe.Offsetof); each operand's expression is the call
        boolean spread = false;
        if (id != BuiltinId.MAKE && id != BuiltinId.NEW && id != BuiltinId.OFFSETOF) {
            if (c.args.size() == 1) {
                Operand o = new Operand();
                multiExpr(o, c.args.get(0));
                if (o.mode == Mode.VALUE && o.typ instanceof Tuple t) {
                    spread = true;
                    for (Var v : t.vars()) { Operand e = new Operand(); e.mode = Mode.VALUE; e.typ = v.type(); e.expr = o.expr; args.add(e); }
                } else args.add(o);
            } else {
                for (Expr a : c.args) { Operand o = new Operand(); if (id == BuiltinId.APPEND && args.isEmpty()) exprWithHint(o, a, null); else expr(o, a); args.add(o); }
            }
            for (Operand o : args) if (o.invalid()) { x.invalidate(); return; }
        }
        int n = spread ? args.size() : c.args.size();
        if (spread && c.hasDots) {
            errorAt(c, "cannot use ... with " + n + "-valued " + ExprString.of(c.args.get(0)));
            x.invalidate();
            return;
        }
        if (spread && (n < 1 || n > 1) && switch (id) { case LEN, CAP, CLOSE, IMAG, REAL, PANIC, SIZEOF, ALIGNOF -> true; default -> false; }) {
            errorAt(c, "invalid operation: " + (n < 1 ? "not enough" : "too many") + " arguments for " + ExprString.of(c) + " (expected 1, found " + n + ")");
            x.invalidate();
            return;
        }
        if (spread && n != 2 && switch (id) { case COMPLEX, COPY, DELETE, ADD, SLICE -> true; default -> false; }) {
            errorAt(c, "invalid operation: " + (n < 2 ? "not enough" : "too many") + " arguments for " + ExprString.of(c) + " (expected 2, found " + n + ")");
            x.invalidate();
            return;
        }
        if (spread && id == BuiltinId.RECOVER) {
            errorAt(c, "invalid operation: too many arguments for " + ExprString.of(c) + " (expected 0, found " + n + ")");
            x.invalidate();
            return;
        }
        int min = switch (id) { case APPEND, LEN, CAP, CLOSE, IMAG, REAL, MAKE, NEW, PANIC, SIZEOF, ALIGNOF, OFFSETOF -> 1; case COMPLEX, COPY, DELETE, ADD, SLICE -> 2; default -> 0; };
        int max = switch (id) { case APPEND, PRINT, PRINTLN, MAKE -> Integer.MAX_VALUE; case RECOVER -> 0; default -> min; };
        if (n < min || n > max) {
            // types2: at the call, for too few and too many alike (make counts its own)
            String qual = n < min ? "not enough" : "too many";
            errorAt(c, "invalid operation: " + qual + " arguments for " + ExprString.of(c) + " (expected " + min + ", found " + n + ")");
            x.invalidate();
            return;
        }
        x.expr = c;
        switch (id) {
            case LEN, CAP -> {
                Operand a = args.get(0);
                Type t = a.typ.underlying();
                if (t instanceof Pointer p && p.elem().underlying() instanceof Array) t = p.elem().underlying();
                boolean ok = t instanceof Slice || t instanceof Array || t instanceof Chan || (id == BuiltinId.LEN && (t instanceof Map || Predicates.isString(t)));
                if (!ok) { invalidOp(x, a.expr, "invalid argument: " + str(a) + " for " + name); errors.set(errors.size() - 1, new TypeError(fileName, startPos(a.expr), "invalid argument: " + str(a) + " for " + name, false)); return; }
                if (a.mode == Mode.CONSTANT && Predicates.isString(t)) { x.mode = Mode.CONSTANT; x.val = Constants.makeInt(a.val.stringBytes().length()); }
                else if (t instanceof Array arr && !containsCallOrRecv(a.expr)) { x.mode = Mode.CONSTANT; x.val = Constants.makeInt(arr.len()); }
                else x.mode = Mode.VALUE;
                if (Predicates.isUntyped(a.typ)) updateExprType(a.expr, Predicates.defaultType(a.typ));
                x.typ = Universe.INT;
            }
            case APPEND -> {
                Operand s = args.get(0);
                if (!(s.typ.underlying() instanceof Slice sl)) {
                    if (s.isNil()) errorAt(s, "first argument to append must be a typed slice; found untyped nil");
                    else errorAt(s, "first argument to append must be a slice; have " + str(s));
                    x.invalidate(); return;
                }
                if (c.hasDots) {
                    if (n != 2) { errorAt(c, "can only use ... with final argument in list"); x.invalidate(); return; }
                    Operand a = args.get(1);
                    if (Predicates.isString(a.typ) && sl.elem().underlying() instanceof Basic b && b.kind() == BasicKind.Uint8) {
                        if (Predicates.isUntyped(a.typ)) updateExprType(a.expr, Universe.STRING);
                    } else assignment(a, s.typ, "argument to append");
                } else for (int i = 1; i < n; i++) assignment(args.get(i), sl.elem(), "argument to append");
                x.mode = Mode.VALUE; x.typ = s.typ;
            }
            case MAKE -> {
                Type T = varType(c.args.get(0));
                if (Predicates.isInvalid(T)) { x.invalidate(); for (int i = 1; i < n; i++) { Operand o = new Operand(); expr(o, c.args.get(i)); } return; }
                int mn;
                Type u = T.underlying();
                if (u instanceof Slice) mn = 2; else if (u instanceof Map || u instanceof Chan) mn = 1;
                else { errorAt(c.args.get(0), "invalid argument: cannot make " + ExprString.of(c.args.get(0)) + "; type must be slice, map, or channel"); x.invalidate(); return; }
                if (n < mn || n > mn + 1 || (mn == 1 && n > 2)) {
                    if (n < mn) errorAt(c, "invalid operation: " + ExprString.of(c) + " expects " + mn + " or " + (mn + 1) + " arguments; found " + n);
                    else errorAt(c, "invalid operation: " + ExprString.of(c) + " expects " + mn + " or " + (mn + 1) + " arguments; found " + n);
                    x.invalidate(); return;
                }
                List<ConstValue> sizes = new ArrayList<>();
                for (int i = 1; i < n; i++) {
                    Operand o = new Operand(); expr(o, c.args.get(i));
                    ConstValue v = index(o, c.args.get(i), -1, "size");
                    if (v != null) sizes.add(v);
                }
                if (sizes.size() == 2 && Constants.compare(sizes.get(0), Op.GTR, sizes.get(1))) {
                    errorAt(c.args.get(1), "invalid argument: length and capacity swapped");
                }
                x.mode = Mode.VALUE; x.typ = T;
            }
            case NEW -> {
                Type T = varType(c.args.get(0));
                if (Predicates.isInvalid(T)) { x.invalidate(); return; }
                x.mode = Mode.VALUE; x.typ = new Pointer(T);
            }
            case PANIC -> {
                assignment(args.get(0), Universe.ANY, "argument to panic");
                x.mode = Mode.NOVALUE; x.typ = Tuple.EMPTY;
            }
            case PRINT, PRINTLN -> {
                for (Operand a : args) assignment(a, null, "argument to " + name);
                x.mode = Mode.NOVALUE; x.typ = Tuple.EMPTY;
            }
            case RECOVER -> { x.mode = Mode.VALUE; x.typ = Universe.ANY; }
            case CLOSE -> {
                Operand a = args.get(0);
                if (!(a.typ.underlying() instanceof Chan ch)) { errorAt(a, "invalid operation: non-chan argument " + str(a) + " for close"); errors.set(errors.size() - 1, new TypeError(fileName, startPos(a.expr), "invalid operation: cannot close non-channel " + str(a), false)); x.invalidate(); return; }
                if (ch.dir() == Chan.Dir.RecvOnly) { errorAt(a, "invalid operation: cannot close receive-only channel " + str(a)); x.invalidate(); return; }
                x.mode = Mode.NOVALUE; x.typ = Tuple.EMPTY;
            }
            case DELETE -> {
                Operand m = args.get(0);
                if (!(m.typ.underlying() instanceof Map mt)) { errorAt(m, "invalid argument: " + str(m) + " is not a map"); x.invalidate(); return; }
                assignment(args.get(1), mt.key(), "argument to delete");
                x.mode = Mode.NOVALUE; x.typ = Tuple.EMPTY;
            }
            case COPY -> {
                Operand d = args.get(0), s = args.get(1);
                Type dt = d.typ.underlying(), st = s.typ.underlying();
                if (!(dt instanceof Slice ds)) { errorAt(d, "invalid argument: copy expects slice arguments; found " + str(d) + " and " + str(s)); x.invalidate(); return; }
                Type se = st instanceof Slice ss ? ss.elem() : Predicates.isString(st) ? Universe.BYTE : null;
                if (se == null) { errorAt(d, "invalid argument: copy expects slice arguments; found " + str(d) + " and " + str(s)); x.invalidate(); return; }
                if (!Predicates.identical(ds.elem(), se)) { errorAt(d, "invalid argument: arguments to copy " + str(d) + " and " + str(s) + " have different element types " + q(ds.elem()) + " and " + q(se)); x.invalidate(); return; }
                if (Predicates.isUntyped(s.typ)) updateExprType(s.expr, Universe.STRING);
                x.mode = Mode.VALUE; x.typ = Universe.INT;
            }
            case COMPLEX -> {
                Operand a = args.get(0), b = args.get(1);
                matchTypes(a, b);
                if (a.invalid()) { x.invalidate(); return; }
                Type t = a.typ;
                if (Predicates.isUntyped(t) && Predicates.isUntyped(b.typ)) {
                    if (a.mode == Mode.CONSTANT && b.mode == Mode.CONSTANT) {
                        x.mode = Mode.CONSTANT; x.val = Constants.makeComplex(Constants.toFloat(a.val), Constants.toFloat(b.val)); x.typ = Universe.UNTYPED_COMPLEX; return;
                    }
                    t = Universe.FLOAT64;
                }
                Type res = t.underlying() instanceof Basic bb && bb.kind() == BasicKind.Float32 ? Universe.COMPLEX64 : Universe.COMPLEX128;
                if (!Predicates.isFloat(t) && !Predicates.isUntyped(t)) { errorAt(a, "invalid operation: complex(" + ExprString.of(a.expr) + ", " + ExprString.of(b.expr) + ") (float32 or float64 arguments expected)"); x.invalidate(); return; }
                if (a.mode == Mode.CONSTANT && b.mode == Mode.CONSTANT) { x.mode = Mode.CONSTANT; x.val = Constants.makeComplex(Constants.toFloat(a.val), Constants.toFloat(b.val)); }
                else x.mode = Mode.VALUE;
                x.typ = res;
            }
            case REAL, IMAG -> {
                Operand a = args.get(0);
                Type t = a.typ;
                if (!Predicates.isComplex(t) && !(Predicates.isUntyped(t) && Predicates.isNumeric(t))) { errorAt(a, "invalid argument: argument has type " + q(t) + ", expected complex type"); x.invalidate(); return; }
                if (a.mode == Mode.CONSTANT) { x.mode = Mode.CONSTANT; ConstValue cv = Constants.toComplex(a.val); x.val = id == BuiltinId.REAL ? Constants.real(cv) : Constants.imag(cv); }
                else x.mode = Mode.VALUE;
                if (Predicates.isUntyped(t)) x.typ = Universe.UNTYPED_FLOAT;
                else x.typ = ((Basic) t.underlying()).kind() == BasicKind.Complex64 ? Universe.FLOAT32 : Universe.FLOAT64;
            }
            case SIZEOF, ALIGNOF -> {
                Operand a = args.get(0);
                assignment(a, null, "argument to unsafe." + name);
                x.mode = Mode.CONSTANT; x.val = Constants.makeInt(id == BuiltinId.SIZEOF ? Sizes.sizeof(a.typ) : Sizes.alignof(a.typ)); x.typ = Universe.UINTPTR;
            }
            case OFFSETOF -> {
                Expr arg = c.args.get(0);
                while (arg instanceof Expr.Paren p) arg = p.x;
                if (!(arg instanceof Expr.Selector sel)) { Operand o = new Operand(); expr(o, arg); errorAt(arg, "invalid argument: " + ExprString.of(arg) + " is not a selector expression"); x.invalidate(); return; }
                Operand o = new Operand(); expr(o, sel);
                if (o.invalid()) { x.invalidate(); return; }
                Selection s = info.selections.get(sel);
                long off = 0;
                if (s != null) {
                    Type t = info.typeOf(sel.x);
                    if (t.underlying() instanceof Pointer p0) t = p0.elem();
                    Type ft = t;
                    int[] ix = s.index();
                    for (int k = 0; k < ix.length - 1; k++) {
                        ft = ((Struct) ft.underlying()).field(ix[k]).type();
                        if (ft.underlying() instanceof Pointer) {
                            errorAt(sel.x, "invalid argument: field " + sel.sel.name + " is embedded via a pointer in " + q(t));
                            x.invalidate(); return;
                        }
                    }
                    for (int i : s.index()) {
                        if (t.underlying() instanceof Pointer p) t = p.elem();
                        Struct st = (Struct) t.underlying();
                        off += Sizes.offsetof(st, i);
                        t = st.field(i).type();
                    }
                }
                x.mode = Mode.CONSTANT; x.val = Constants.makeInt(off); x.typ = Universe.UINTPTR;
            }
            case ADD -> {
                assignment(args.get(0), Universe.UNSAFE_POINTER, "argument to unsafe.Add");
                Operand l = args.get(1); index(l, l.expr, -1, "length", true);
                x.mode = Mode.VALUE; x.typ = Universe.UNSAFE_POINTER;
            }
            case SLICE -> {
                Operand p = args.get(0);
                if (!(p.typ.underlying() instanceof Pointer pt)) { errorAt(p, "invalid argument: " + str(p) + " is not a pointer"); x.invalidate(); return; }
                Operand l = args.get(1); index(l, l.expr, -1, "length");
                x.mode = Mode.VALUE; x.typ = new Slice(pt.elem());
            }
        }
    }

    static boolean containsCallOrRecv(Expr e) {
        if (e == null) return false;
        if (e instanceof Expr.Call || e instanceof Expr.Unary u && u.op == Op.ARROW) return true;
        if (e instanceof Expr.Paren p) return containsCallOrRecv(p.x);
        if (e instanceof Expr.Selector s) return containsCallOrRecv(s.x);
        if (e instanceof Expr.Index i) return containsCallOrRecv(i.x) || containsCallOrRecv(i.index);
        if (e instanceof Expr.Star s) return containsCallOrRecv(s.x);
        if (e instanceof Expr.Unary u) return containsCallOrRecv(u.x);
        if (e instanceof Expr.Binary b) return containsCallOrRecv(b.x) || containsCallOrRecv(b.y);
        return false;
    }

    /** Checks an index/size operand; returns its constant value (or null). max &lt; 0: no upper bound. */
    ConstValue index(Operand x, Expr e, long max, String what) {
        return index(x, e, max, what, false);
    }

    /** As above; allowNegative for unsafe.Add's length (types2 isValidIndex). */
    ConstValue index(Operand x, Expr e, long max, String what, boolean allowNegative) {
        if (x.invalid()) return null;
        convertUntyped(x, Universe.INT);
        if (x.invalid()) return null;
        if (!Predicates.isInteger(x.typ)) { errorAt(x, "invalid argument: " + what + " " + str(x) + " must be integer"); return null; }
        if (x.mode == Mode.CONSTANT) {
            if (!allowNegative && Constants.sign(x.val) < 0) { errorAt(x, "invalid argument: " + what + " " + str(x) + " must not be negative"); return null; }
            if (max >= 0 && Constants.compare(x.val, Op.GEQ, Constants.makeInt(max))) {
                errorAt(x, "invalid argument: " + what + " " + str(x) + " out of bounds [0:" + max + "]");
                return null;
            }
            return x.val;
        }
        return null;
    }

    void indexExpr(Operand x, Expr.Index e) {
        exprOrType(x, e.x);
        if (x.invalid()) { Operand o = new Operand(); expr(o, e.index); x.expr = e; return; }
        if (x.mode == Mode.TYPEXPR) { errorAt(e.x, ExprString.of(e.x) + " is not a generic type"); x.invalidate(); return; }
        Type u = x.typ.underlying();
        boolean valid = false; long length = -1;
        if (Predicates.isString(u)) {
            valid = true;
            if (x.mode == Mode.CONSTANT) length = x.val.stringBytes().length();
            x.mode = Mode.VALUE; x.typ = Universe.BYTE;
        } else if (u instanceof Array a) {
            valid = true; length = a.len();
            if (x.mode != Mode.VARIABLE) x.mode = Mode.VALUE;
            x.typ = a.elem();
        } else if (u instanceof Pointer p && p.elem().underlying() instanceof Array a) {
            valid = true; length = a.len(); x.mode = Mode.VARIABLE; x.typ = a.elem();
        } else if (u instanceof Slice s) {
            valid = true; x.mode = Mode.VARIABLE; x.typ = s.elem();
        } else if (u instanceof Map m) {
            Operand k = new Operand(); expr(k, e.index);
            assignment(k, m.key(), "map index");
            x.mode = Mode.MAPINDEX; x.typ = m.elem(); x.expr = e;
            return;
        }
        if (!valid) {
            invalidOp(x, x.expr, "cannot index " + str(x));
            Operand o = new Operand(); expr(o, e.index);
            x.expr = e;
            return;
        }
        Operand ix = new Operand(); expr(ix, e.index);
        index(ix, e.index, length, "index");
        x.expr = e;
    }

    void sliceExpr(Operand x, Expr.Slice e) {
        expr(x, e.x);
        if (x.invalid()) { for (Expr i : new Expr[]{e.lo, e.hi, e.max}) if (i != null) { Operand o = new Operand(); expr(o, i); } x.expr = e; return; }
        Type u = x.typ.underlying();
        long length = -1; boolean valid = false;
        if (Predicates.isString(u)) {
            if (e.slice3) { invalidOp(x, e.max != null ? e.max : e, "3-index slice of string"); return; }
            valid = true;
            if (x.mode == Mode.CONSTANT) length = x.val.stringBytes().length();
            if (Predicates.isUntyped(x.typ)) x.typ = Universe.STRING;
            x.mode = Mode.VALUE;
        } else if (u instanceof Array a) {
            valid = true; length = a.len();
            if (x.mode != Mode.VARIABLE) { invalidOp(x, e, "cannot slice " + str(x) + " (value not addressable)"); return; }
            markAddrTaken(e.x);
            x.typ = new Slice(a.elem());
        } else if (u instanceof Pointer p && p.elem().underlying() instanceof Array a) {
            valid = true; length = a.len(); x.typ = new Slice(a.elem());
        } else if (u instanceof Slice) valid = true;
        if (!valid) { invalidOp(x, e, "cannot slice " + str(x)); return; }
        x.mode = Mode.VALUE;
        long[] ind = new long[]{-1, -1, -1};
        Expr[] parts = {e.lo, e.hi, e.max};
        for (int i = 0; i < 3; i++) {
            if (parts[i] == null) continue;
            Operand o = new Operand(); expr(o, parts[i]);
            ConstValue v = index(o, parts[i], length >= 0 ? length + 1 : -1, "index");
            if (v != null) ind[i] = v.num.longValue();
        }
        for (int i = 0; i < 3; i++) for (int j = i + 1; j < 3; j++) {
            if (ind[i] >= 0 && ind[j] >= 0 && ind[i] > ind[j]) { errorAt(parts[j], "invalid slice indices: " + ind[j] + " < " + ind[i]); }
        }
        x.expr = e;
    }

    void typeAssertion(Expr e, Operand x, Interface xt, Type T, boolean typeSwitch) {
        if (T.underlying() instanceof Interface) return;
        Func[] alt = new Func[1];
        Func m = Lookup.missingMethod(T, xt, false, alt);
        if (m == null) return;
        String cause = missingMethodReason(T, x.typ, m, alt[0]);
        if (typeSwitch) errorAt(e, "impossible type switch case: " + ExprString.of(e) + "\n\t" + str(x) + " cannot have dynamic type " + q(T) + " " + cause);
        else errorAt(e, "impossible type assertion: " + ExprString.of(e) + "\n\t" + q(T) + " does not implement " + q(x.typ) + " " + cause);
    }

    void compositeLit(Operand x, Expr.CompositeLit e, Type hint) {
        Type typ, base;
        if (e.type != null) {
            if (e.type instanceof Expr.ArrayType at && at.len instanceof Expr.Dots) {
                Type el = varType(at.elem);
                typ = new Array(el, -1);
                base = typ;
            } else { typ = typExpr(e.type); base = typ; }
        } else if (hint != null) {
            typ = hint; base = typ;
            if (base.underlying() instanceof Pointer p) base = p.elem();
        } else {
            errorAt(e, "invalid composite literal type: missing type");
            x.invalidate(); return;
        }
        Type u = base.underlying();
        if (u instanceof Struct st) {
            if (!e.elts.isEmpty() && e.elts.get(0) instanceof Expr.KeyValue) {
                boolean[] seen = new boolean[st.numFields()];
                for (Expr el : e.elts) {
                    if (!(el instanceof Expr.KeyValue kv)) { errorAt(el, "mixture of field:value and value elements in struct literal"); continue; }
                    if (!(kv.key instanceof Expr.Ident key)) { errorAt(kv.key, "invalid field name " + ExprString.of(kv.key) + " in struct literal"); Operand o = new Operand(); expr(o, kv.value); continue; }
                    int i = -1;
                    for (int k = 0; k < st.numFields(); k++) if (st.field(k).name().equals(key.name)) i = k;
                    if (i < 0) { errorAt(kv.key, "unknown field '" + key.name + "' in struct literal of type " + q(base)); Operand o = new Operand(); expr(o, kv.value); continue; }
                    Var f = st.field(i);
                    info.uses.put(key, f);
                    Operand o = new Operand(); exprWithHint(o, kv.value, f.type());
                    if (seen[i]) { errorAt(kv, "duplicate field name " + key.name + " in struct literal"); continue; }
                    seen[i] = true;
                    assignment(o, f.type(), "struct literal");
                }
            } else {
                int i = 0;
                for (Expr el : e.elts) {
                    Operand o = new Operand();
                    if (el instanceof Expr.KeyValue kv) { errorAt(kv, "mixture of field:value and value elements in struct literal"); expr(o, kv.value); continue; }
                    if (i >= st.numFields()) { expr(o, el); errorAt(o, "too many values in " + ExprString.of(e)); break; }
                    Var f = st.field(i);
                    exprWithHint(o, el, f.type());
                    assignment(o, f.type(), "struct literal");
                    i++;
                }
                if (i < st.numFields() && i > 0 && i == e.elts.size()) error(e.rbrace, "too few values in " + ExprString.of(e));
            }
        } else if (u instanceof Array a) {
            long n = indexedElts(e.elts, a.elem(), a.len());
            if (a.len() < 0) {
                Array na = new Array(a.elem(), n);
                typ = na;
                info.types.put(e.type, new TypeAndValue(Mode.TYPEXPR, na, null));
            }
        } else if (u instanceof Slice s) {
            indexedElts(e.elts, s.elem(), -1);
        } else if (u instanceof Map m) {
            for (Expr el : e.elts) {
                if (!(el instanceof Expr.KeyValue kv)) { errorAt(el, "missing key in map literal"); Operand o = new Operand(); expr(o, el); continue; }
                Operand k = new Operand(); exprWithHint(k, kv.key, m.key());
                assignment(k, m.key(), "map literal");
                Operand v = new Operand(); exprWithHint(v, kv.value, m.elem());
                assignment(v, m.elem(), "map literal");
            }
        } else {
            if (!Predicates.isInvalid(u)) errorAt(e, "invalid composite literal type " + q(typ));
            for (Expr el : e.elts) { Operand o = new Operand(); expr(o, el instanceof Expr.KeyValue kv ? kv.value : el); }
            x.invalidate(); return;
        }
        x.mode = Mode.VALUE; x.typ = typ;
    }

    long indexedElts(List<Expr> elts, Type elem, long length) {
        long index = 0, max = 0;
        HashSet<Long> seen = new HashSet<>();
        for (Expr e : elts) {
            Expr val = e;
            boolean bad = false;
            if (e instanceof Expr.KeyValue kv) {
                Operand k = new Operand(); expr(k, kv.key);
                ConstValue v = null;
                if (!k.invalid()) {
                    if (k.mode != Mode.CONSTANT) errorAt(kv.key, "index " + ExprString.of(kv.key) + " must be integer constant");
                    else v = index(k, kv.key, length, "index");
                }
                if (v != null) index = v.num.longValue();
                val = kv.value;
            } else if (length >= 0 && index >= length) {
                errorAt(e, "index " + index + " is out of bounds (>= " + length + ")");
                bad = true;
            }
            if (!bad && !seen.add(index)) errorAt(e, "duplicate index " + index + " in array or slice literal");
            index++;
            if (index > max) max = index;
            Operand o = new Operand(); exprWithHint(o, val, elem);
            assignment(o, elem, "array or slice literal");
        }
        return max;
    }

    // =====================================================================================
    // Statements (go/types stmt.go), labels, termination
    // =====================================================================================

    void stmtList(List<Stmt> list, int ctx) { for (Stmt s : list) stmt(s); }

    void declareLocal(Expr.Ident id, Obj o) {
        info.defs.put(id, o);
        if (o instanceof Var v) { v.owner = fn == null ? null : fn.decl; if (fn != null) fn.locals.add(v); }
        if (id.name.equals("_")) return;
        Obj alt = scope.insert(o);
        if (alt != null) error(id.pos, id.name + " redeclared in this block\n\t" + fileRel() + ":" + alt.pos() + ": other declaration of " + id.name);
    }

    void localDecl(Decl.Gen g) {
        Spec.Value last = null;
        for (Spec s : g.specs) {
            if (s instanceof Spec.Type ts) {
                TypeName tn = new TypeName(ts.name.name, null, pkg, ts.name.pos);
                declareLocal(ts.name, tn);
                DeclInfo di = new DeclInfo(); di.tspec = ts;
                typeDecl(tn, di);
            } else if (s instanceof Spec.Value v && g.kind == Decl.GenKind.CONST) {
                if (v.type != null || !v.values.isEmpty()) last = v;
                Spec.Value src = last == null ? v : last;
                checkConstArity(v, last);
                List<Const> cs = new ArrayList<>();
                for (int i = 0; i < v.names.size(); i++) {
                    Const c = new Const(v.names.get(i).name, null, pkg, v.names.get(i).pos, ConstValue.UNKNOWN);
                    DeclInfo di = new DeclInfo(); di.typ = src.type; di.iota = v.iota; di.init = i < src.values.size() ? src.values.get(i) : null;
                    int save = iota; constDecl(c, di); iota = save;
                    cs.add(c);
                }
                for (int i = 0; i < cs.size(); i++) declareLocal(v.names.get(i), cs.get(i));
            } else if (s instanceof Spec.Value v) {
                List<Var> lhs = new ArrayList<>();
                Type t = v.type != null ? varType(v.type) : null;
                for (Expr.Ident n : v.names) { Var x = new Var(n.name, t, pkg, n.pos, false, false); lhs.add(x); }
                if (!v.values.isEmpty()) {
                    if (v.values.size() == v.names.size()) {
                        for (int i = 0; i < lhs.size(); i++) { Operand x = new Operand(); expr(x, v.values.get(i)); initVar(lhs.get(i), x, "variable declaration"); }
                    } else initVars(lhs, v.values, null, "variable declaration");
                }
                for (Var x : lhs) { if (x.type == null) x.type = Universe.INVALID; }
                for (int i = 0; i < lhs.size(); i++) declareLocal(v.names.get(i), lhs.get(i));
            }
        }
    }

    void simpleStmt(Stmt s) { if (s != null) stmt(s); }

    void stmt(Stmt s) {
        if (s instanceof Stmt.Empty) return;
        if (s instanceof Stmt.DeclStmt d) { localDecl(d.decl); return; }
        if (s instanceof Stmt.Labeled l) { stmt(l.stmt); return; }
        if (s instanceof Stmt.ExprStmt es) {
            Operand x = new Operand();
            rawExpr(x, es.x, null, false);
            Expr u = es.x; while (u instanceof Expr.Paren p) u = p.x;
            String msg;
            switch (x.mode) {
                case INVALID -> { return; }
                case BUILTIN -> msg = "must be called";
                case TYPEXPR -> msg = "is not an expression";
                default -> {
                    if (u instanceof Expr.Call c) {
                        TypeAndValue ft = info.types.get(c.fun);
                        if (ft == null || ft.mode() != Mode.BUILTIN) return;
                        Obj b = c.fun instanceof Expr.Ident id ? info.uses.get(id) : c.fun instanceof Expr.Selector sl ? info.uses.get(sl.sel) : null;
                        if (b instanceof Builtin bb && switch (bb.id()) { case COPY, PANIC, PRINT, PRINTLN, RECOVER, CLOSE, DELETE -> true; default -> false; }) return;
                    }
                    if (u instanceof Expr.Unary un && un.op == Op.ARROW) return;
                    msg = "is not used";
                }
            }
            errorAt(x, str(x) + " " + msg);
            return;
        }
        if (s instanceof Stmt.Send st) {
            Operand ch = new Operand(), val = new Operand();
            expr(ch, st.chan); expr(val, st.value);
            if (ch.invalid() || val.invalid()) return;
            if (!(ch.typ.underlying() instanceof Chan c)) { errorAt(s, "invalid operation: cannot send to non-channel " + str(ch)); return; }
            if (c.dir() == Chan.Dir.RecvOnly) { errorAt(s, "invalid operation: cannot send to receive-only channel " + str(ch)); return; }
            assignment(val, c.elem(), "send");
            return;
        }
        if (s instanceof Stmt.IncDec id) {
            Operand x = new Operand(); expr(x, id.x);
            if (x.invalid()) return;
            if (!Predicates.isNumeric(x.typ)) { errorAt(id.x, "invalid operation: " + ExprString.of(id.x) + id.op.text + " (non-numeric type " + q(x.typ) + ")"); return; }
            Operand one = new Operand(); one.mode = Mode.CONSTANT; one.typ = Universe.UNTYPED_INT; one.val = Constants.makeInt(1);
            assignVar(id.x, x);
            return;
        }
        if (s instanceof Stmt.Assign a) {
            if (a.op == Op.DEFINE) { shortVarDecl(a.pos, a.lhs, a.rhs); return; }
            if (a.op == Op.ASSIGN) { assignVars(a.lhs, a.rhs); return; }
            Operand x = new Operand();
            binary(x, null, a.lhs.get(0), a.rhs.get(0), a.op, a.pos);
            if (x.invalid()) return;
            assignVar(a.lhs.get(0), x);
            return;
        }
        if (s instanceof Stmt.Go g) { suspendedCall("go", g.call); return; }
        if (s instanceof Stmt.Defer d) { suspendedCall("defer", d.call); return; }
        if (s instanceof Stmt.Return r) {
            Tuple res = fn.sig.results();
            if (r.results.isEmpty() && res.len() > 0 && !res.at(0).name().isEmpty()) {
                for (Var v : res.vars()) { Obj alt = scope.lookupParent(v.name()); if (alt != null && alt != v) error(r.pos, "result parameter " + v.name() + " not in scope at return\n\t" + fileRel() + ":" + alt.pos() + ": inner declaration of var " + v.name() + " " + q(v.type())); }
            } else if (!r.results.isEmpty() && res.len() == 0) {
                Operand x = new Operand(); expr(x, r.results.get(0));
                errorAt(r.results.get(0), "too many return values\n\thave " + typesSummary(r.results.stream().map(e -> { TypeAndValue tv = info.types.get(e); return tv == null ? null : tv.type(); }).toList(), false) + "\n\twant ()");
            } else {
                initVars(res.vars(), r.results, r, "return statement");
            }
            return;
        }
        if (s instanceof Stmt.Branch) return;
        if (s instanceof Stmt.Block b) { openScope(b, "block"); stmtList(b.list, 0); closeScope(); return; }
        if (s instanceof Stmt.If i) {
            openScope(i, "if");
            simpleStmt(i.init);
            Operand x = new Operand(); expr(x, i.cond);
            if (!x.invalid() && !Predicates.isBoolean(x.typ)) errorAt(i.cond, "non-boolean condition in if statement");
            stmt(i.then);
            if (i.els != null) stmt(i.els);
            closeScope();
            return;
        }
        if (s instanceof Stmt.For f) {
            openScope(f, "for");
            simpleStmt(f.init);
            if (f.cond != null) { Operand x = new Operand(); expr(x, f.cond); if (!x.invalid() && !Predicates.isBoolean(x.typ)) errorAt(f.cond, "non-boolean condition in for statement"); }
            simpleStmt(f.post);
            stmt(f.body);
            closeScope();
            return;
        }
        if (s instanceof Stmt.Range r) { rangeStmt(r); return; }
        if (s instanceof Stmt.Switch sw) {
            openScope(sw, "switch");
            simpleStmt(sw.init);
            Operand x = new Operand();
            if (sw.tag != null) { expr(x, sw.tag); assignment(x, null, "switch expression"); }
            else { x.mode = Mode.CONSTANT; x.typ = Universe.BOOL; x.val = ConstValue.TRUE; }
            List<Operand> seen = new ArrayList<>();
            for (CaseClause cc : sw.clauses) {
                if (cc.list != null) caseLoop: for (Expr e : cc.list) {
                    Operand y = new Operand(); expr(y, e);
                    if (x.invalid() || y.invalid()) continue;
                    Operand xx = x.copy();
                    if (sw.tag == null) xx.expr = null;
                    matchTypes(y, xx);
                    if (y.invalid() || xx.invalid()) continue;
                    Operand yy = y.copy();
                    comparison(yy, xx, Op.EQL, true, null);
                    if (yy.invalid() || y.mode != Mode.CONSTANT || y.val == null) continue;
                    // types2 caseValues: duplicate constant cases, only for integer, float and string values (goVal)
                    ConstValue.Kind k = y.val.kind();
                    if (k != ConstValue.Kind.INT && k != ConstValue.Kind.FLOAT && k != ConstValue.Kind.STRING) continue;
                    for (Operand o : seen) {
                        if (o.val.equalsValue(y.val) && Predicates.identical(o.typ, y.typ)) {
                            error(startPos(y.expr), "duplicate case " + str(y) + " in expression switch\n\t" + fileRel() + ":" + startPos(o.expr) + ": previous case");
                            continue caseLoop;
                        }
                    }
                    seen.add(y.copy());
                }
                openScope(cc, "case");
                stmtList(cc.body, 0);
                closeScope();
            }
            closeScope();
            return;
        }
        if (s instanceof Stmt.TypeSwitch ts) {
            openScope(ts, "type switch");
            simpleStmt(ts.init);
            Operand x = new Operand(); expr(x, ts.x);
            boolean ok = !x.invalid();
            if (ok && !Predicates.isInterface(x.typ)) { errorAt(ts.x, ExprString.of(ts.x) + " (" + modeStr(x) + " of type " + q(x.typ) + ") is not an interface"); ok = false; }
            if (ts.bind != null) info.defs.put(ts.bind, null);
            List<Var> vars = new ArrayList<>();
            List<Object[]> seenT = new ArrayList<>();
            for (CaseClause cc : ts.clauses) {
                Type T = null; int nT = 0;
                if (cc.list != null) for (Expr e : cc.list) {
                    nT++;
                    Type T0;
                    boolean isNil = e instanceof Expr.Ident id0 && id0.name.equals("nil") && scope.lookupParent("nil") == Universe.NIL;
                    if (isNil) T0 = null;
                    else { T0 = varType(e); if (Predicates.isInvalid(T0)) { T = T0; continue; } }
                    // types2 caseTypes: duplicate types (nil counts as a case "type")
                    boolean dup = false;
                    for (Object[] o : seenT) {
                        Type t = (Type) o[0];
                        if (T0 == null && t == null || T0 != null && t != null && Predicates.identical(T0, t)) {
                            error(startPos(e), "duplicate case " + (T0 == null ? "nil" : q(T0)) + " in type switch\n\t" + fileRel() + ":" + startPos((Expr) o[1]) + ": previous case");
                            dup = true; break;
                        }
                    }
                    if (dup) { T = T0; continue; }
                    seenT.add(new Object[]{T0, e});
                    if (isNil && e instanceof Expr.Ident id) { info.types.put(e, new TypeAndValue(Mode.NILVALUE, Universe.UNTYPED_NIL, null)); info.uses.put(id, Universe.NIL); T = null; continue; }
                    T = T0;
                    if (ok && !Predicates.isInvalid(T)) typeAssertion(e, x, (Interface) x.typ.underlying(), T, true);
                }
                openScope(cc, "case");
                if (ts.bind != null) {
                    Type vt = (nT != 1 || T == null) ? (ok ? x.typ : Universe.INVALID) : T;
                    Var v = new Var(ts.bind.name, vt, pkg, ts.bind.pos, false, false);
                    v.owner = fn.decl;
                    fn.locals.add(v);
                    scope.insert(v);
                    info.implicits.put(cc, v);
                    vars.add(v);
                }
                stmtList(cc.body, 0);
                closeScope();
            }
            if (ts.bind != null) {
                boolean used = false;
                for (Var v : vars) { used |= v.used; v.used = true; }
                if (!used && !ts.bind.name.equals("_")) softError(ts.bind.pos, ts.bind.name + " declared but not used");
            }
            closeScope();
            return;
        }
        if (s instanceof Stmt.Select sel) {
            for (CommClause cc : sel.clauses) {
                openScope(cc, "case");
                if (cc.comm != null) stmt(cc.comm);
                stmtList(cc.body, 0);
                closeScope();
            }
        }
    }

    void suspendedCall(String kw, Expr call) {
        Operand x = new Operand();
        Expr u = call; while (u instanceof Expr.Paren p) u = p.x;
        if (!(u instanceof Expr.Call)) { rawExpr(x, call, null, false); if (!x.invalid()) errorAt(call, "expression in " + kw + " must be function call"); return; }
        rawExpr(x, call, null, false);
        if (x.invalid()) return;
        Expr.Call c = (Expr.Call) u;
        TypeAndValue ft = info.types.get(c.fun);
        if (x.mode == Mode.TYPEXPR || ft != null && ft.mode() == Mode.TYPEXPR) { errorAt(call, kw + " requires function call, not conversion"); return; }
        if (ft != null && ft.mode() == Mode.BUILTIN) {
            Obj b = c.fun instanceof Expr.Ident id ? info.uses.get(id) : null;
            if (b instanceof Builtin bb && !switch (bb.id()) { case COPY, PANIC, PRINT, PRINTLN, RECOVER, CLOSE, DELETE -> true; default -> false; })
                errorAt(call, kw + " discards result of " + ExprString.of(call));
        }
    }

    void rangeStmt(Stmt.Range r) {
        openScope(r, "range");
        Operand x = new Operand(); expr(x, r.x);
        Type key = null, val = null;
        if (!x.invalid()) {
            Type u = x.typ.underlying();
            if (Predicates.isString(u)) { key = Universe.INT; val = Universe.RUNE; if (Predicates.isUntyped(x.typ)) updateExprType(r.x, Universe.STRING); }
            else if (u instanceof Array a) { key = Universe.INT; val = a.elem(); }
            else if (u instanceof Pointer p && p.elem().underlying() instanceof Array a) { key = Universe.INT; val = a.elem(); }
            else if (u instanceof Slice sl) { key = Universe.INT; val = sl.elem(); }
            else if (u instanceof Map m) { key = m.key(); val = m.elem(); }
            else if (u instanceof Chan c) {
                key = c.elem();
                if (c.dir() == Chan.Dir.SendOnly) errorAt(r.x, "invalid operation: range " + ExprString.of(r.x) + " receive from send-only channel " + str(x));
                if (r.value != null) errorAt(r.value, "range over " + str(x) + " permits only one iteration variable");
            } else { errorAt(r.x, "cannot range over " + str(x)); }
        }
        Expr[] lhs = {r.key, r.value};
        Type[] rhs = {key, val};
        if (r.op == Op.DEFINE) {
            List<Var> vars = new ArrayList<>(); List<Expr.Ident> ids = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                if (lhs[i] == null) continue;
                if (!(lhs[i] instanceof Expr.Ident id)) { errorAt(lhs[i], "non-name " + ExprString.of(lhs[i]) + " on left side of :="); continue; }
                Var v = new Var(id.name, rhs[i] == null ? Universe.INVALID : rhs[i], pkg, id.pos, false, false);
                vars.add(v); ids.add(id);
            }
            for (int i = 0; i < vars.size(); i++) declareLocal(ids.get(i), vars.get(i));
        } else if (r.op == Op.ASSIGN) {
            for (int i = 0; i < 2; i++) {
                if (lhs[i] == null || rhs[i] == null) continue;
                Operand o = new Operand(); o.mode = Mode.VALUE; o.typ = rhs[i]; o.expr = lhs[i];
                assignVar(lhs[i], o);
            }
        }
        stmt(r.body);
        closeScope();
    }

    void labels(FuncCtx ctx, Stmt.Block body) {
        HashMap<String, Stmt.Labeled> decl = new HashMap<>();
        HashSet<String> used = new HashSet<>();
        collectLabels(body, decl, used);
        List<Stmt.Labeled> ls = new ArrayList<>(decl.values());
        ls.sort(Comparator.comparing(l -> l.pos));
        for (Stmt.Labeled l : ls) info.defs.put(l.label, new Label(l.label.name, pkg, l.label.pos));
        // branch and label errors come from Go's parser (syntax.checkBranches), not types2
        for (glassgo.compiler.syntax.Branches.Error e : glassgo.compiler.syntax.Branches.check(fileRel(), body)) error(e.pos(), e.msg());
    }
    void collectLabels(Node n, HashMap<String, Stmt.Labeled> decl, HashSet<String> used) {
        if (n == null) return;
        if (n instanceof Stmt.Labeled l) {
            Stmt.Labeled alt = decl.putIfAbsent(l.label.name, l);
            collectLabels(l.stmt, decl, used);
        } else if (n instanceof Stmt.Branch b) { if (b.label != null) used.add(b.label.name); }
        else if (n instanceof Stmt.Block b) for (Stmt s : b.list) collectLabels(s, decl, used);
        else if (n instanceof Stmt.If i) { collectLabels(i.then, decl, used); collectLabels(i.els, decl, used); }
        else if (n instanceof Stmt.For f) collectLabels(f.body, decl, used);
        else if (n instanceof Stmt.Range r) collectLabels(r.body, decl, used);
        else if (n instanceof Stmt.Switch s) { for (CaseClause c : s.clauses) for (Stmt x : c.body) collectLabels(x, decl, used); }
        else if (n instanceof Stmt.TypeSwitch s) { for (CaseClause c : s.clauses) for (Stmt x : c.body) collectLabels(x, decl, used); }
        else if (n instanceof Stmt.Select s) { for (CommClause c : s.clauses) for (Stmt x : c.body) collectLabels(x, decl, used); }
    }

    boolean isTerminating(Stmt s, String label) {
        if (s == null) return false;
        if (s instanceof Stmt.Return) return true;
        if (s instanceof Stmt.Branch b) return b.kind == Stmt.BranchKind.GOTO || b.kind == Stmt.BranchKind.FALLTHROUGH;
        if (s instanceof Stmt.Labeled l) return isTerminating(l.stmt, l.label.name);
        if (s instanceof Stmt.ExprStmt es) {
            Expr u = es.x; while (u instanceof Expr.Paren p) u = p.x;
            if (u instanceof Expr.Call c && c.fun instanceof Expr.Ident id && info.uses.get(id) instanceof Builtin b && b.id() == BuiltinId.PANIC) return true;
            return false;
        }
        if (s instanceof Stmt.Block b) return !b.list.isEmpty() && isTerminating(b.list.get(b.list.size() - 1), "");
        if (s instanceof Stmt.If i) return i.els != null && isTerminating(i.then, "") && isTerminating(i.els, "");
        if (s instanceof Stmt.Switch sw) return clausesTerminate(sw.clauses, label);
        if (s instanceof Stmt.TypeSwitch sw) return clausesTerminate(sw.clauses, label);
        if (s instanceof Stmt.Select sel) {
            for (CommClause c : sel.clauses) { if (c.body.isEmpty() || !isTerminating(c.body.get(c.body.size() - 1), "") || hasBreakList(c.body, label, true)) return false; }
            return true;
        }
        if (s instanceof Stmt.For f) return f.cond == null && !hasBreak(f.body, label, true);
        return false;
    }
    boolean clausesTerminate(List<CaseClause> cs, String label) {
        boolean hasDefault = false;
        for (CaseClause c : cs) {
            if (c.isDefault()) hasDefault = true;
            if (c.body.isEmpty() || !isTerminating(c.body.get(c.body.size() - 1), "") || hasBreakList(c.body, label, true)) return false;
        }
        return hasDefault;
    }
    boolean hasBreakList(List<Stmt> l, String label, boolean implicit) { for (Stmt s : l) if (hasBreak(s, label, implicit)) return true; return false; }
    boolean hasBreak(Stmt s, String label, boolean implicit) {
        if (s instanceof Stmt.Branch b) return b.kind == Stmt.BranchKind.BREAK && (b.label == null ? implicit : b.label.name.equals(label));
        if (s instanceof Stmt.Labeled l) return hasBreak(l.stmt, label, implicit);
        if (s instanceof Stmt.Block b) return hasBreakList(b.list, label, implicit);
        if (s instanceof Stmt.If i) return hasBreak(i.then, label, implicit) || i.els != null && hasBreak(i.els, label, implicit);
        if (s instanceof Stmt.Switch sw) { if (label.isEmpty()) return false; for (CaseClause c : sw.clauses) if (hasBreakList(c.body, label, false)) return true; return false; }
        if (s instanceof Stmt.TypeSwitch sw) { if (label.isEmpty()) return false; for (CaseClause c : sw.clauses) if (hasBreakList(c.body, label, false)) return true; return false; }
        if (s instanceof Stmt.Select sw) { if (label.isEmpty()) return false; for (CommClause c : sw.clauses) if (hasBreakList(c.body, label, false)) return true; return false; }
        if (s instanceof Stmt.For f) return !label.isEmpty() && hasBreak(f.body, label, false);
        if (s instanceof Stmt.Range f) return !label.isEmpty() && hasBreak(f.body, label, false);
        return false;
    }

    // =====================================================================================
    // Driver
    // =====================================================================================

    List<TypeError> run(List<SourceFile> files) {
        try {
            collectObjects(files);
            packageObjects();
            for (int i = 0; i < funcBodies.size(); i++) funcBodies.get(i).run();
            for (int i = 0; i < delayed.size(); i++) delayed.get(i).run();
            if (lazyBodies) delayed.clear();
            // with lazy bodies, imports used only in bodies are not marked used yet
            if (!lazyBodies) for (PkgName pn : imports) if (!pn.used) {
                fileName = importFile.get(pn);
                String path = pn.imported().path();
                if (pn.name().equals(pn.imported().name()) || pn.name().equals(".")) softError(pn.pos(), "imported and not used: " + Constants.quote(path));
                else softError(pn.pos(), "imported and not used: " + Constants.quote(path) + " as " + pn.name());
            }
            initOrder();
            // the linker's complaint: go build reports it only for a package that compiled
            if (errors.isEmpty() && pkg.name().equals("main") && !std && !files.isEmpty() && !(pkg.scope().lookup("main") instanceof Func)) {
                positionless.add("runtime.main_main\u00b7f: function main is undeclared in the main package");
            }
        } catch (Bailout b) { }
        // cmd/compile's base.ErrorfAt: errors arrive in report order; a repeat of the previous
        // error's message on the same line is dropped; the 10th error stops compilation
        // ("too many errors" at its position) after FlushErrors printed the collected ones sorted
        // by position (stable).
        List<TypeError> taken = new ArrayList<>();
        TypeError last = null, tooMany = null;
        for (TypeError e : errors) {
            if (last != null && last.pos().line() == e.pos().line() && java.util.Objects.equals(last.file(), e.file()) && last.msg().equals(e.msg())) continue;
            last = e;
            taken.add(e);
            if (taken.size() >= 10) { tooMany = e; break; }
        }
        List<TypeError> out = new ArrayList<>(taken);
        Collections.sort(out);
        List<TypeError> res = new ArrayList<>();
        for (String m : positionless) res.add(new TypeError(null, Pos.NONE, m, false));
        TypeError prev = null;
        for (TypeError e : out) {
            if (prev != null && prev.pos().equals(e.pos()) && prev.msg().equals(e.msg())) continue;
            res.add(e);
            prev = e;
        }
        if (tooMany != null) res.add(new TypeError(tooMany.file(), tooMany.pos(), "too many errors", false));
        return res;
    }

    void initOrder() {
        // transitive var deps through funcs
        List<Var> vars = new ArrayList<>();
        for (Obj o : objList) if (o instanceof Var v) vars.add(v);
        IdentityHashMap<Var, Set<Var>> deps = new IdentityHashMap<>();
        for (Var v : vars) {
            Set<Var> d = Collections.newSetFromMap(new IdentityHashMap<>());
            Deque<Obj> work = new ArrayDeque<>();
            Set<Obj> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            DeclInfo di = objMap.get(v);
            if (di != null) work.addAll(di.deps);
            while (!work.isEmpty()) {
                Obj o = work.pop();
                if (!seen.add(o)) continue;
                if (o instanceof Var w) { d.add(w); }
                else if (o instanceof Func f) {
                    checkPendingBody(f); // its dependencies are those of its body
                    DeclInfo fd = objMap.get(f);
                    if (fd != null) work.addAll(fd.deps);
                }
            }
            deps.put(v, d);
        }
        Set<Var> done = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Expr> emitted = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Var> pending = new ArrayList<>(vars);
        while (!pending.isEmpty()) {
            Var pick = null;
            for (Var v : pending) {
                boolean ready = true;
                for (Var w : deps.get(v)) if (w != v && !done.contains(w) && !(objMap.get(w) != null && objMap.get(v) != null && objMap.get(w).init != null && objMap.get(w).init == objMap.get(v).init)) { ready = false; break; }
                if (deps.get(v).contains(v)) ready = false;
                if (ready) { pick = v; break; }
            }
            if (pick == null) {
                Var v = pending.get(0);
                DeclInfo di = objMap.get(v);
                fileName = di.file.fileName;
                errors.add(new TypeError(fileName, v.pos(), "initialization loop for " + v.name(), false));
                for (Var w : pending) done.add(w);
                break;
            }
            pending.remove(pick);
            done.add(pick);
            DeclInfo di = objMap.get(pick);
            if (di != null && di.init != null && emitted.add(di.init)) {
                Initializer in = inits.get(di.init);
                if (in != null) { pkg.initOrder.add(in); info.initOrder.add(in); }
            }
        }
        initOrderDone = true;
    }
}
