package glassgo.compiler.codegen;

import glassgo.compiler.types.*;
import glassgo.compiler.types.Map;
import glassgo.runtime.types.FieldSpec;
import glassgo.runtime.types.Kind;
import glassgo.runtime.types.RType;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * Maps checker types to runtime type descriptors (the one source of layout truth) and to their
 * register representation: how many 64-bit words a value occupies in registers, and whether it
 * is an in-memory aggregate (struct/array: the register holds its address).
 */
final class TypeMap {
    private final IdentityHashMap<Type, RType> cache = new IdentityHashMap<>();
    /** Unnamed types' descriptors by identity spelling (MethodKeys.typeKey). */
    private final java.util.HashMap<String, RType> byIdentity = new java.util.HashMap<>();
    private final MethodKeys keys;

    TypeMap(MethodKeys keys) { this.keys = keys; }

    /**
     * The runtime (reflect) spelling of a type, as {@code %T} and runtime panics print it:
     * package-qualified names, no parameter names, {@code interface {}}, {@code struct { main.T; X int "tag" }}.
     */
    static String name(Type t) {
        StringBuilder sb = new StringBuilder();
        name(sb, t);
        return sb.toString();
    }

    private static void name(StringBuilder sb, Type t) {
        // byte and rune are aliases: reflect spells them uint8 and int32 (and they are one runtime type)
        if (t == Universe.BYTE) { sb.append("uint8"); return; }
        if (t == Universe.RUNE) { sb.append("int32"); return; }
        if (t instanceof Named || t instanceof Basic) { sb.append(t.typeString(p -> p == null ? "" : p.name())); return; }
        if (t instanceof Pointer p) { sb.append('*'); name(sb, p.elem()); return; }
        if (t instanceof Slice s) { sb.append("[]"); name(sb, s.elem()); return; }
        if (t instanceof Array a) { sb.append('[').append(a.len()).append(']'); name(sb, a.elem()); return; }
        if (t instanceof Map m) { sb.append("map["); name(sb, m.key()); sb.append(']'); name(sb, m.elem()); return; }
        if (t instanceof Chan c) {
            switch (c.dir()) {
                case SendOnly -> sb.append("chan<- ");
                case RecvOnly -> sb.append("<-chan ");
                default -> sb.append(c.elem() instanceof Chan ce && ce.dir() == Chan.Dir.RecvOnly ? "chan (" : "chan ");
            }
            name(sb, c.elem());
            if (c.dir() == Chan.Dir.SendRecv && c.elem() instanceof Chan ce && ce.dir() == Chan.Dir.RecvOnly) sb.append(')');
            return;
        }
        if (t instanceof Signature sig) { sb.append("func"); signature(sb, sig); return; }
        if (t instanceof Interface it) {
            List<Func> ms = it.allMethods();
            if (ms.isEmpty()) { sb.append("interface {}"); return; }
            List<Func> sorted = new ArrayList<>(ms);
            sorted.sort(java.util.Comparator.comparing(Func::name));
            sb.append("interface { ");
            for (int i = 0; i < sorted.size(); i++) {
                if (i > 0) sb.append("; ");
                Func m = sorted.get(i);
                if (!Character.isUpperCase(m.name().codePointAt(0)) && m.pkg() != null) sb.append(m.pkg().path()).append('.');
                sb.append(m.name());
                signature(sb, m.signature());
            }
            sb.append(" }");
            return;
        }
        if (t instanceof Struct st) {
            if (st.numFields() == 0) { sb.append("struct {}"); return; }
            sb.append("struct { ");
            for (int i = 0; i < st.numFields(); i++) {
                if (i > 0) sb.append("; ");
                Var f = st.field(i);
                if (!f.embedded()) sb.append(f.name()).append(' ');
                name(sb, f.type());
                if (!st.tag(i).isEmpty()) sb.append(' ').append(Constants.quote(st.tag(i))); // strconv.Quote, as reflect
            }
            sb.append(" }");
            return;
        }
        if (t instanceof Tuple tu) { tuple(sb, tu.vars()); return; }
        sb.append(t.typeString(p -> p == null ? "" : p.name()));
    }

    private static void signature(StringBuilder sb, Signature sig) {
        List<Var> ps = sig.params().vars();
        sb.append('(');
        for (int i = 0; i < ps.size(); i++) {
            if (i > 0) sb.append(", ");
            if (sig.variadic() && i == ps.size() - 1) { sb.append("..."); name(sb, ((Slice) ps.get(i).type()).elem()); }
            else name(sb, ps.get(i).type());
        }
        sb.append(')');
        List<Var> rs = sig.results().vars();
        if (rs.isEmpty()) return;
        sb.append(' ');
        if (rs.size() == 1) { name(sb, rs.get(0).type()); return; }
        tuple(sb, rs);
    }

    private static void tuple(StringBuilder sb, List<Var> vs) {
        sb.append('(');
        for (int i = 0; i < vs.size(); i++) { if (i > 0) sb.append(", "); name(sb, vs.get(i).type()); }
        sb.append(')');
    }

    /** Nesting depth of rtype calls, and pointer element types whose build was deferred. */
    private int depth;
    private boolean draining;
    private final java.util.ArrayDeque<Type> deferredElems = new java.util.ArrayDeque<>();
    private final IdentityHashMap<Type, RType> deferredPh = new IdentityHashMap<>();

    RType rtype(Type t) {
        RType r = cache.get(t);
        if (r != null) return r;
        depth++;
        try {
            return rtype0(t);
        } finally {
            depth--;
            if (depth == 0 && !draining) drainDeferred();
        }
    }

    /**
     * Builds the named types that pointers met during a nested build point to. A pointer's
     * layout does not depend on its element, and building the element at once could need a
     * struct by value that is itself still being built (type Element struct{ list *List };
     * type List struct{ root Element }: Element -> *List -> List -> Element), which would lay
     * List out with the placeholder's size.
     */
    private void drainDeferred() {
        draining = true;
        try {
            while (!deferredElems.isEmpty()) {
                Type el = deferredElems.pop();
                RType real = rtype(el);
                fixups(deferredPh.remove(el), real);
            }
        } finally {
            draining = false;
        }
    }

    private RType rtype0(Type t) {
        RType r;
        if (t instanceof Basic b && b == Universe.typ(BasicKind.UnsafePointer)) { r = RType.unsafePointer(); cache.put(t, r); return r; }
        if (t == Universe.BYTE || t == Universe.RUNE) { r = rtype(Universe.typ(((Basic) t).kind())); cache.put(t, r); return r; }
        String n = name(t);
        // structurally identical unnamed types share one descriptor (Go's type identity)
        String key = t instanceof Named ? null : keys.typeKey(t);
        if (key != null) { RType prev = byIdentity.get(key); if (prev != null) { cache.put(t, prev); return prev; } }
        r = build(t, n);
        // a recursive type can have met itself during its own build (*T inside T's struct): one descriptor
        if (key != null) { RType prev = byIdentity.get(key); if (prev != null) r = prev; }
        cache.put(t, r);
        if (key != null) byIdentity.putIfAbsent(key, r);
        return r;
    }

    private RType build(Type t, String n) {
        if (t instanceof Named nt) {
            Type u = nt.underlying();
            if (u instanceof Struct st) {
                // placeholder for recursion through pointers
                RType ph = RType.basic(Kind.INT, n);
                cache.put(t, ph);
                RType s = structType(st, n);
                cache.put(t, s);
                fixups(ph, s);
                return s;
            }
            if (u instanceof Basic) return basic((Basic) u, n);
            if (u instanceof Interface it) return RType.iface(n, it.numMethods() == 0 && isEmptyIface(it));
            RType ph = RType.basic(Kind.INT, n);
            cache.put(t, ph);
            RType x = build(u, n).named(n);
            cache.put(t, x);
            fixups(ph, x);
            return x;
        }
        if (t instanceof Basic b) return basic(b, n);
        if (t instanceof Pointer p) {
            Type el = p.elem();
            if (depth > 1 && el instanceof Named && !cache.containsKey(el)) {
                RType ph = deferredPh.get(el);
                if (ph == null) {
                    ph = RType.basic(Kind.INT, name(el));
                    deferredPh.put(el, ph);
                    deferredElems.add(el);
                }
                return RType.pointer(ph);
            }
            return RType.pointer(rtype(el));
        }
        if (t instanceof Slice s) return RType.slice(rtype(s.elem()));
        if (t instanceof Array a) return RType.array(rtype(a.elem()), a.len());
        if (t instanceof Map m) return RType.map(rtype(m.key()), rtype(m.elem()));
        if (t instanceof Chan c) return RType.chan(rtype(c.elem()), switch (c.dir()) { case SendOnly -> RType.SEND_DIR; case RecvOnly -> RType.RECV_DIR; default -> RType.BOTH_DIR; });
        if (t instanceof Signature) return RType.func(n);
        if (t instanceof Interface it) return RType.iface(n, isEmptyIface(it));
        if (t instanceof Struct st) return structType(st, n);
        throw new CodegenException(null, "type " + n + " is not supported by glassgo");
    }

    private void fixups(RType placeholder, RType real) {
        for (RType r : cache.values()) {
            if (r.elem == placeholder) r.elem = real;
            if (r.key == placeholder) r.key = real;
        }
    }

    private static boolean isEmptyIface(Interface it) { return it.allMethods().isEmpty(); }

    private RType structType(Struct st, String name) {
        List<FieldSpec> fs = new ArrayList<>();
        for (int i = 0; i < st.numFields(); i++) {
            Var f = st.field(i);
            fs.add(new FieldSpec(f.name(), rtype(f.type()), f.embedded()));
        }
        return RType.struct(name, fs);
    }

    private static RType basic(Basic b, String n) {
        Kind k = switch (b.kind()) {
            case Bool, UntypedBool -> Kind.BOOL;
            case Int, UntypedInt -> Kind.INT;
            case Int8 -> Kind.INT8; case Int16 -> Kind.INT16; case Int32, UntypedRune -> Kind.INT32; case Int64 -> Kind.INT64;
            case Uint -> Kind.UINT; case Uint8 -> Kind.UINT8; case Uint16 -> Kind.UINT16; case Uint32 -> Kind.UINT32; case Uint64 -> Kind.UINT64;
            case Uintptr -> Kind.UINTPTR; case Float32 -> Kind.FLOAT32; case Float64, UntypedFloat -> Kind.FLOAT64;
            case Complex64 -> Kind.COMPLEX64; case Complex128, UntypedComplex -> Kind.COMPLEX128;
            case String, UntypedString -> Kind.STRING; case UnsafePointer -> Kind.UNSAFE_POINTER;
            default -> throw new CodegenException(null, "no runtime type for " + b);
        };
        String nm = switch (b.kind()) { case UntypedBool -> "bool"; case UntypedInt -> "int"; case UntypedRune -> "int32"; case UntypedFloat -> "float64"; case UntypedComplex -> "complex128"; case UntypedString -> "string"; default -> n; };
        return RType.basic(k, nm);
    }

    /** Number of register words a value of type t occupies. */
    static int words(Type t) {
        Type u = t.underlying();
        if (u instanceof Basic b) {
            if (b.isString()) return 2;
            if (b.isComplex()) return 2;
            return 1;
        }
        if (u instanceof Slice) return 3;
        if (u instanceof Interface) return 2;
        return 1;
    }

    /** Struct and array values live in memory; registers hold their address. */
    static boolean aggregate(Type t) {
        Type u = t.underlying();
        return u instanceof Struct || u instanceof Array;
    }

    /** Registers of this type hold pointers (for the frame pointer maps). */
    static boolean[] ptrWords(Type t) {
        Type u = t.underlying();
        if (aggregate(t)) return new boolean[]{true};
        if (u instanceof Basic b) {
            if (b.isString()) return new boolean[]{true, false};
            if (b.kind() == BasicKind.UnsafePointer) return new boolean[]{true};
            return b.isComplex() ? new boolean[]{false, false} : new boolean[]{false};
        }
        if (u instanceof Slice) return new boolean[]{true, false, false};
        if (u instanceof Interface) return new boolean[]{true, true};
        return new boolean[]{true};
    }
}
