package glassgo.compiler.codegen;

import glassgo.compiler.code.Op;
import glassgo.compiler.syntax.Expr;
import glassgo.compiler.types.*;
import glassgo.compiler.types.Map;

/** Code for Go's predeclared functions (len, cap, append, make, new, copy, delete, panic, recover, print, println, complex, real, imag) and unsafe's (Sizeof, Alignof, Offsetof, Add, Slice). */
final class Builtins {
    private Builtins() {}

    static int call(FuncGen g, Expr.Call c, Builtin b) {
        c = g.spreadBuiltinArgs(c);
        Info info = g.info;
        Emitter e = g.e;
        switch (b.id()) {
            case LEN: case CAP: {
                Expr a = c.args.get(0);
                Type t = info.typeOf(a).underlying();
                if (t instanceof Pointer p) t = p.elem().underlying();
                int r = g.allocW(1);
                if (t instanceof Array at) { e.emit(Op.LDI, r, (int) at.len()); return r; }
                int v = g.expr(a);
                if (t instanceof Map) { e.emit(Op.MAPLEN, r, v); return r; }
                if (t instanceof Chan) throw new CodegenException(c.pos, "channels are not supported by glassgo yet");
                e.emit(Op.MOV, r, v + (b.id() == BuiltinId.LEN ? 1 : 2));
                return r;
            }
            case NEW: {
                Type t = info.typeOf(c.args.get(0));
                return g.newObj(t, c);
            }
            case MAKE: {
                Type t = info.typeOf(c.args.get(0));
                Type u = t.underlying();
                if (u instanceof Slice sl) {
                    int stack = g.stackMake(c, sl);
                    if (stack >= 0) return stack;
                    int len = g.convert(g.expr(c.args.get(1)), info.typeOf(c.args.get(1)), Universe.INT);
                    int cap = c.args.size() > 2 ? g.convert(g.expr(c.args.get(2)), info.typeOf(c.args.get(2)), Universe.INT) : len;
                    int r = g.allocW(3); g.ptr(r);
                    e.emit(Op.MKSLICE, r, len, cap, g.tidx(sl.elem()));
                    return r;
                }
                if (u instanceof Map) {
                    int hint;
                    if (c.args.size() > 1) hint = g.expr(c.args.get(1)); else { hint = g.allocW(1); e.emit(Op.LDI, hint, 0); }
                    TypeAndValue htv = c.args.size() > 1 ? info.typeAndValue(c.args.get(1)) : null;
                    Long constHint = c.args.size() == 1 ? Long.valueOf(0) : htv != null && htv.value() != null ? Long.valueOf(htv.value().int64Val()) : null;
                    return g.makeMap((Map) u, hint, constHint, c);
                }
                throw new CodegenException(c.pos, "channels are not supported by glassgo yet");
            }
            case APPEND: {
                Expr s = c.args.get(0);
                Type st = info.typeOf(s);
                Slice sl = (Slice) st.underlying();
                Type et = sl.elem();
                long es = g.cg.types.rtype(et).size;
                int src = g.expr(s);
                if (c.hasDots) {
                    Expr t = c.args.get(1);
                    int tv = g.expr(t);
                    int n = g.allocW(1);
                    e.emit(Op.MOV, n, tv + 1);
                    int r = g.allocW(3); g.ptr(r);
                    e.emit(Op.GROW, r, src, n, g.tidx(et));
                    // copy t's elements after len
                    int dst = g.allocW(3); g.ptr(dst);
                    int lo = g.allocW(1); e.emit(Op.MOV, lo, r + 1);
                    int hi = g.allocW(1); e.emit(Op.ADD, hi, r + 1, n);
                    e.emit(Op.MOV, dst, r); e.emit(Op.MOV, dst + 1, hi); e.emit(Op.MOV, dst + 2, r + 2);
                    int sub = g.allocW(3); g.ptr(sub);
                    e.emit(Op.SLICE, sub, dst, lo, -1, -1, 0, (int) es);
                    int cnt = g.allocW(1);
                    e.emit(Op.COPY, cnt, sub, tv, (int) es);
                    e.emit(Op.MOV, r + 1, hi);
                    return r;
                }
                int k = c.args.size() - 1;
                int[] vals = new int[k];
                for (int i = 0; i < k; i++) { Expr a = c.args.get(1 + i); vals[i] = g.exprTo(a, et); }
                int n = g.allocW(1);
                e.emit(Op.LDI, n, k);
                int r = g.allocW(3); g.ptr(r);
                e.emit(Op.GROW, r, src, n, g.tidx(et));
                int p = g.allocW(1); g.ptr(p);
                e.emit(Op.MULI, p, r + 1, (int) es);
                e.emit(Op.ADD, p, p, r);
                for (int i = 0; i < k; i++) g.st(p, i * es, vals[i], et);
                e.emit(Op.ADDI, r + 1, r + 1, k);
                return r;
            }
            case COPY: {
                Expr d = c.args.get(0), s = c.args.get(1);
                Type et = ((Slice) info.typeOf(d).underlying()).elem();
                int dv = g.expr(d), sv = g.expr(s);
                int r = g.allocW(1);
                e.emit(Op.COPY, r, dv, sv, (int) g.cg.types.rtype(et).size);
                return r;
            }
            case DELETE: {
                Map mt = (Map) info.typeOf(c.args.get(0)).underlying();
                int m = g.expr(c.args.get(0));
                Expr key = c.args.get(1);
                int v = g.exprTo(key, mt.key());
                int ka;
                if (TypeMap.aggregate(mt.key())) ka = v;
                else { ka = g.frameTmp(mt.key()); g.st(ka, 0, v, mt.key()); }
                e.emit(Op.MAPDEL, m, g.tidx(mt), ka);
                return m;
            }
            case PANIC: {
                Expr a = c.args.get(0);
                int v = g.exprTo(a, Universe.ANY);
                e.emit(Op.PANIC, v);
                return v;
            }
            case RECOVER: {
                int r = g.allocW(2); g.ptr(r); g.ptr(r + 1);
                e.emit(Op.RECOVER, r);
                return r;
            }
            case PRINT: case PRINTLN: {
                boolean ln = b.id() == BuiltinId.PRINTLN;
                for (int i = 0; i < c.args.size(); i++) {
                    if (ln && i > 0) g.cg.callNative(g, "builtin.printsp", -1, null);
                    Expr a = c.args.get(i);
                    Type t = info.typeOf(a);
                    Type u = t.underlying();
                    int v = g.expr(a);
                    String fn;
                    if (u instanceof Basic bb) {
                        if (bb.isBoolean()) fn = "builtin.printbool";
                        else if (bb.isString()) fn = "builtin.printstring";
                        else if (bb.isFloat()) { fn = "builtin.printfloat"; if (bb.isUntyped()) v = g.convert(v, t, Universe.FLOAT64); }
                        else if (bb.isComplex()) fn = "builtin.printcomplex";
                        else if (bb.isUnsigned()) fn = "builtin.printuint";
                        else if (bb.kind() == BasicKind.UnsafePointer) fn = "builtin.printpointer";
                        else if (bb.kind() == BasicKind.UntypedNil) fn = "builtin.printpointer";
                        else fn = "builtin.printint";
                    } else if (u instanceof Interface) fn = "builtin.printiface";
                    else if (u instanceof Slice) fn = "builtin.printslice";
                    else fn = "builtin.printpointer";
                    g.cg.callNative(g, fn, v, t);
                }
                if (ln) g.cg.callNative(g, "builtin.printnl", -1, null);
                return g.allocW(1);
            }
            case COMPLEX: {
                int re = g.expr(c.args.get(0)), im = g.expr(c.args.get(1));
                int r = g.allocW(2);
                e.emit(Op.MOV, r, re); e.emit(Op.MOV, r + 1, im);
                return r;
            }
            case REAL: case IMAG: {
                int v = g.expr(c.args.get(0));
                int r = g.allocW(1);
                e.emit(Op.MOV, r, v + (b.id() == BuiltinId.REAL ? 0 : 1));
                return r;
            }
            case SIZEOF: case ALIGNOF: case OFFSETOF: {
                TypeAndValue tv = info.typeAndValue(c);
                return g.constant(tv.value(), tv.type());
            }
            case ADD: {
                // unsafe.Add(ptr, len): ptr + len, len converted to int (no checks, as in Go)
                Expr l = c.args.get(1);
                int p = g.expr(c.args.get(0));
                int n = g.convert(g.expr(l), info.typeOf(l), Universe.INT);
                int r = g.allocW(1); g.ptr(r);
                e.emit(Op.ADD, r, p, n);
                return r;
            }
            case SLICE: {
                // unsafe.Slice(ptr, len): Go's open-coded checks (walk/builtin.go walkUnsafeSlice) in
                // the native builtin.unsafeslice(ptr, len, elemsize), then the header {ptr, len, len}.
                Expr l = c.args.get(1);
                Type et = ((Pointer) info.typeOf(c.args.get(0)).underlying()).elem();
                int p = g.expr(c.args.get(0));
                int n = g.convert(g.expr(l), info.typeOf(l), Universe.INT);
                int base = g.top();
                int a = g.allocW(3);
                int sz = g.constant(Constants.makeInt(g.cg.types.rtype(et).size), Universe.UINTPTR);
                e.emit(Op.MOV, a, p); e.emit(Op.MOV, a + 1, n); e.emit(Op.MOV, a + 2, sz);
                e.emit(Op.NATIVE, g.cg.nativeIndex("builtin.unsafeslice"), base);
                g.setTop(base);
                int r = g.allocW(3); g.ptr(r);
                e.emit(Op.MOV, r, p); e.emit(Op.MOV, r + 1, n); e.emit(Op.MOV, r + 2, n);
                return r;
            }
            default:
                throw new CodegenException(c.pos, "builtin " + b.name() + " is not supported by glassgo yet");
        }
    }
}
