package glassgo.compiler.types;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * This file implements field and method lookup (go/types lookup.go): breadth-first search through
 * embedded fields by depth, ambiguity detection, method sets, and interface satisfaction.
 */
public final class Lookup {
    private Lookup() {}

    /** Result of {@link #lookupFieldOrMethod}: obj null if not found; ambiguous if several at the shallowest depth. */
    public record Result(Obj obj, int[] index, boolean indirect, boolean ambiguous) {}

    public static Result lookupFieldOrMethod(Type T, boolean addressable, Package pkg, String name) {
        if (name.equals("_")) return new Result(null, null, false, false);
        // pointer to named: methods of *T and fields of T
        Type typ = T;
        boolean isPtr = false;
        if (T.underlying() instanceof Pointer p && !(T instanceof Named && false)) {
            if (T instanceof Named) {
                // named pointer types have no methods; fields via deref are allowed
                Result r = lookup(p.elem(), false, pkg, name);
                if (r.obj instanceof Func) return new Result(null, null, false, false);
                return r.obj != null ? new Result(r.obj, r.index, true, r.ambiguous) : r;
            }
            typ = p.elem(); isPtr = true;
        }
        Result r = lookup(typ, isPtr, pkg, name);
        return r;
    }

    private record Embedded(Type typ, int[] index, boolean indirect, boolean multiples) {}

    private static Result lookup(Type T, boolean indirect0, Package pkg, String name) {
        List<Embedded> current = new ArrayList<>();
        current.add(new Embedded(T, null, indirect0, false));
        IdentityHashMap<Named, Boolean> seen = new IdentityHashMap<>();
        while (!current.isEmpty()) {
            List<Embedded> next = new ArrayList<>();
            Obj found = null; int[] foundIndex = null; boolean foundIndirect = false; int count = 0;
            for (Embedded e : current) {
                Type typ = e.typ;
                if (typ instanceof Named n) {
                    if (seen.containsKey(n)) continue;
                    seen.put(n, true);
                    for (int i = 0; i < n.numMethods(); i++) {
                        Func m = n.method(i);
                        if (matches(m, pkg, name)) {
                            count += e.multiples ? 2 : 1;
                            found = m; foundIndex = concat(e.index, i); foundIndirect = e.indirect;
                            break;
                        }
                    }
                    typ = n.underlying();
                }
                if (typ instanceof Struct s) {
                    for (int i = 0; i < s.numFields(); i++) {
                        Var f = s.field(i);
                        if (matches(f, pkg, name)) {
                            count += e.multiples ? 2 : 1;
                            found = f; foundIndex = concat(e.index, i); foundIndirect = e.indirect;
                            continue;
                        }
                        if (found == null && f.embedded()) {
                            Type ft = f.type();
                            boolean ind = e.indirect;
                            if (ft instanceof Pointer p) { ft = p.elem(); ind = true; }
                            next.add(new Embedded(ft, concat(e.index, i), ind, e.multiples));
                        }
                    }
                } else if (typ instanceof Interface it) {
                    List<Func> all = it.allMethods();
                    for (int i = 0; i < all.size(); i++) {
                        if (matches(all.get(i), pkg, name)) {
                            count += e.multiples ? 2 : 1;
                            found = all.get(i); foundIndex = concat(e.index, i); foundIndirect = e.indirect;
                        }
                    }
                }
            }
            if (count > 1) return new Result(null, foundIndex, false, true);
            if (found != null) return new Result(found, foundIndex, foundIndirect, false);
            current = consolidate(next);
        }
        return new Result(null, null, false, false);
    }

    private static List<Embedded> consolidate(List<Embedded> list) {
        List<Embedded> out = new ArrayList<>();
        IdentityHashMap<Type, Integer> at = new IdentityHashMap<>();
        for (Embedded e : list) {
            Integer i = at.get(e.typ);
            if (i != null) { Embedded o = out.get(i); out.set(i, new Embedded(o.typ, o.index, o.indirect, true)); continue; }
            at.put(e.typ, out.size());
            out.add(e);
        }
        return out;
    }

    private static boolean matches(Obj o, Package pkg, String name) {
        if (!o.name().equals(name)) return false;
        if (o.exported()) return true;
        return o.pkg() == null || pkg == null || o.pkg() == pkg;
    }

    static int[] concat(int[] a, int i) {
        if (a == null) return new int[]{i};
        int[] r = java.util.Arrays.copyOf(a, a.length + 1);
        r[a.length] = i;
        return r;
    }

    /**
     * The method of interface T missing from V's method set, or null; {@code wrongType[0]} is set to
     * the found method with the same name but wrong type or a pointer receiver.
     */
    public static Func missingMethod(Type V, Interface T, boolean static_, Func[] alt) {
        if (T.allMethods().isEmpty()) return null;
        if (V.underlying() instanceof Interface vi) {
            for (Func m : T.allMethods()) {
                Func f = null;
                for (Func x : vi.allMethods()) if (x.name().equals(m.name())) f = x;
                if (f == null) { if (!static_) continue; return m; }
                if (!Predicates.identical(f.type(), m.type())) { alt[0] = f; return m; }
            }
            return null;
        }
        for (Func m : T.allMethods()) {
            Result r = lookupFieldOrMethod(V, false, m.pkg(), m.name());
            if (!(r.obj instanceof Func f)) {
                // look for a pointer-receiver method or a different-case name
                if (!(V instanceof Pointer) && !(V.underlying() instanceof Pointer)) {
                    Result r2 = lookupFieldOrMethod(new Pointer(V), false, m.pkg(), m.name());
                    if (r2.obj instanceof Func f2 && Predicates.identical(f2.type(), m.type())) { alt[0] = f2; return m; }
                }
                return m;
            }
            if (!Predicates.identical(f.type(), m.type())) { alt[0] = f; return m; }
            // method found on a value type through *T receiver requires addressable/pointer
            if (f.pointerRecv() && !(V.underlying() instanceof Pointer) && !r.indirect) {
                alt[0] = f; return m;
            }
        }
        return null;
    }
}
