package glassgo.compiler.types;

import java.util.List;

/** This file implements type predicates: identity, comparability, default types, and helpers on basic kinds (go/types predicates.go). */
public final class Predicates {
    private Predicates() {}

    public static boolean isBasic(Type t, int flags) { return t != null && t.underlying() instanceof Basic b && (b.info() & flags) != 0; }
    public static boolean isBoolean(Type t) { return isBasic(t, Basic.IS_BOOLEAN); }
    public static boolean isInteger(Type t) { return isBasic(t, Basic.IS_INTEGER); }
    public static boolean isUnsigned(Type t) { return isBasic(t, Basic.IS_UNSIGNED); }
    public static boolean isFloat(Type t) { return isBasic(t, Basic.IS_FLOAT); }
    public static boolean isComplex(Type t) { return isBasic(t, Basic.IS_COMPLEX); }
    public static boolean isNumeric(Type t) { return isBasic(t, Basic.IS_NUMERIC); }
    public static boolean isString(Type t) { return isBasic(t, Basic.IS_STRING); }
    public static boolean isOrdered(Type t) { return isBasic(t, Basic.IS_ORDERED); }
    public static boolean isConstType(Type t) { return isBasic(t, Basic.IS_CONST_TYPE); }
    public static boolean isUntyped(Type t) { return t instanceof Basic b && b.isUntyped(); }
    public static boolean isTyped(Type t) { return !isUntyped(t); }
    public static boolean isInterface(Type t) { return t != null && t.underlying() instanceof Interface; }
    public static boolean isUnsafePointer(Type t) { return t != null && t.underlying() instanceof Basic b && b.kind() == BasicKind.UnsafePointer; }
    public static boolean isPointer(Type t) { return t != null && t.underlying() instanceof Pointer; }
    public static boolean isInvalid(Type t) { return t == null || t == Universe.INVALID; }
    public static boolean isNamed(Type t) { return t instanceof Named || t instanceof Basic; }

    public static boolean hasNil(Type t) {
        Type u = t.underlying();
        if (u instanceof Basic b) return b.kind() == BasicKind.UnsafePointer;
        return u instanceof Pointer || u instanceof Slice || u instanceof Map || u instanceof Chan || u instanceof Signature || u instanceof Interface;
    }

    /** The default type of an untyped type (go/types Default). */
    public static Type defaultType(Type t) {
        if (t instanceof Basic b) {
            switch (b.kind()) {
                case UntypedBool: return Universe.BOOL;
                case UntypedInt: return Universe.INT;
                case UntypedRune: return Universe.RUNE;
                case UntypedFloat: return Universe.FLOAT64;
                case UntypedComplex: return Universe.COMPLEX128;
                case UntypedString: return Universe.STRING;
                default: return t;
            }
        }
        return t;
    }

    public static boolean identical(Type x, Type y) {
        if (x == y) return true;
        if (x == null || y == null) return false;
        if (x instanceof Basic a && y instanceof Basic b) return a.kind() == b.kind();
        if (x instanceof Named || y instanceof Named) return false;
        if (x instanceof Pointer a && y instanceof Pointer b) return identical(a.elem(), b.elem());
        if (x instanceof Slice a && y instanceof Slice b) return identical(a.elem(), b.elem());
        if (x instanceof Array a && y instanceof Array b) return a.len() == b.len() && identical(a.elem(), b.elem());
        if (x instanceof Map a && y instanceof Map b) return identical(a.key(), b.key()) && identical(a.elem(), b.elem());
        if (x instanceof Chan a && y instanceof Chan b) return a.dir() == b.dir() && identical(a.elem(), b.elem());
        if (x instanceof Struct a && y instanceof Struct b) {
            if (a.numFields() != b.numFields()) return false;
            for (int i = 0; i < a.numFields(); i++) {
                Var f = a.field(i), g = b.field(i);
                if (f.embedded() != g.embedded() || !a.tag(i).equals(b.tag(i)) || !sameId(f, g) || !identical(f.type(), g.type())) return false;
            }
            return true;
        }
        if (x instanceof Tuple a && y instanceof Tuple b) return identicalTuples(a, b);
        if (x instanceof Signature a && y instanceof Signature b) {
            return a.variadic() == b.variadic() && identicalTuples(a.params(), b.params()) && identicalTuples(a.results(), b.results());
        }
        if (x instanceof Interface a && y instanceof Interface b) {
            List<Func> ma = a.allMethods(), mb = b.allMethods();
            if (ma.size() != mb.size()) return false;
            for (int i = 0; i < ma.size(); i++) {
                if (!sameId(ma.get(i), mb.get(i)) || !identical(ma.get(i).type(), mb.get(i).type())) return false;
            }
            return true;
        }
        return false;
    }

    static boolean sameId(Obj a, Obj b) {
        if (!a.name().equals(b.name())) return false;
        if (a.exported()) return true;
        return a.pkg() == b.pkg() || (a.pkg() != null && b.pkg() != null && a.pkg().path().equals(b.pkg().path()));
    }

    static boolean identicalTuples(Tuple a, Tuple b) {
        if (a.len() != b.len()) return false;
        for (int i = 0; i < a.len(); i++) if (!identical(a.at(i).type(), b.at(i).type())) return false;
        return true;
    }

    /** Values of t can be compared with == (spec "Comparison operators"). */
    public static boolean comparable(Type t) {
        return comparable(t, new java.util.IdentityHashMap<>());
    }
    private static boolean comparable(Type t, java.util.IdentityHashMap<Type, Boolean> seen) {
        if (seen.containsKey(t)) return true;
        seen.put(t, true);
        Type u = t.underlying();
        if (u instanceof Basic b) return b.kind() != BasicKind.UntypedNil;
        if (u instanceof Pointer || u instanceof Chan || u instanceof Interface) return true;
        if (u instanceof Struct s) {
            for (Var f : s.fields()) if (!comparable(f.type(), seen)) return false;
            return true;
        }
        if (u instanceof Array a) return comparable(a.elem(), seen);
        return false;
    }
}
