package glassgo.compiler.codegen;

import glassgo.compiler.types.*;
import glassgo.compiler.types.Map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * Type identity spellings ({@link #typeKey}: equal exactly when the types are identical; TypeMap
 * gives identical unnamed types one runtime descriptor by it) and method keys: the identity of a method in method sets and interfaces (spec: Method sets;
 * runtime/iface.go matches an itab entry by name and type). A key is the method's name
 * (package-path qualified when unexported) and, after one space, the type of the method
 * without its receiver, spelled so that two spellings are equal exactly when the types are
 * identical: predeclared types by kind ({@code byte} is {@code uint8}), defined types by package
 * path and name (a second, distinct defined type with the same spelling, e.g. a local type,
 * gets a {@code ·N} suffix), unexported field and method names qualified by package path.
 * E.g. {@code String func() string}, {@code Format func(fmt.State, int32)},
 * {@code main.m func(...interface {}) (int, error)}.
 */
final class MethodKeys {
    private final IdentityHashMap<Func, String> keys = new IdentityHashMap<>();
    private final IdentityHashMap<Named, String> named = new IdentityHashMap<>();
    private final HashMap<String, Integer> spellings = new HashMap<>();

    /** A spelling of t that equals another's exactly when the two types are identical. */
    String typeKey(Type t) {
        StringBuilder sb = new StringBuilder();
        type(sb, t);
        return sb.toString();
    }

    /** The key of method (or interface method) m. */
    String key(Func m) {
        String k = keys.get(m);
        if (k != null) return k;
        StringBuilder sb = new StringBuilder();
        qualified(sb, m.name(), m.pkg());
        sb.append(' ');
        type(sb, m.signature());
        k = sb.toString();
        keys.put(m, k);
        return k;
    }

    private static void qualified(StringBuilder sb, String name, glassgo.compiler.types.Package pkg) {
        if (!Character.isUpperCase(name.codePointAt(0)) && pkg != null) sb.append(pkg.path()).append('.');
        sb.append(name);
    }

    private void type(StringBuilder sb, Type t) {
        if (t instanceof Named n) { sb.append(named(n)); return; }
        if (t instanceof Basic b) {
            sb.append(b.kind() == BasicKind.UnsafePointer ? "unsafe.Pointer" : Universe.typ(b.kind()).name());
            return;
        }
        if (t instanceof Pointer p) { sb.append('*'); type(sb, p.elem()); return; }
        if (t instanceof Slice s) { sb.append("[]"); type(sb, s.elem()); return; }
        if (t instanceof Array a) { sb.append('[').append(a.len()).append(']'); type(sb, a.elem()); return; }
        if (t instanceof Map m) { sb.append("map["); type(sb, m.key()); sb.append(']'); type(sb, m.elem()); return; }
        if (t instanceof Chan c) {
            sb.append(switch (c.dir()) { case SendOnly -> "chan<- ("; case RecvOnly -> "<-chan ("; default -> "chan ("; });
            type(sb, c.elem());
            sb.append(')');
            return;
        }
        if (t instanceof Signature s) {
            sb.append("func(");
            List<Var> ps = s.params().vars();
            for (int i = 0; i < ps.size(); i++) {
                if (i > 0) sb.append(", ");
                if (s.variadic() && i == ps.size() - 1) sb.append("...");
                type(sb, ps.get(i).type());
            }
            sb.append(')');
            List<Var> rs = s.results().vars();
            if (rs.size() == 1) { sb.append(' '); type(sb, rs.get(0).type()); }
            else if (rs.size() > 1) {
                sb.append(" (");
                for (int i = 0; i < rs.size(); i++) { if (i > 0) sb.append(", "); type(sb, rs.get(i).type()); }
                sb.append(')');
            }
            return;
        }
        if (t instanceof Interface it) {
            List<Func> ms = new ArrayList<>(it.allMethods());
            ms.sort(Comparator.comparing(Func::name));
            sb.append("interface {");
            for (int i = 0; i < ms.size(); i++) {
                sb.append(i > 0 ? "; " : " ");
                qualified(sb, ms.get(i).name(), ms.get(i).pkg());
                sb.append(' ');
                type(sb, ms.get(i).signature());
            }
            sb.append(ms.isEmpty() ? "}" : " }");
            return;
        }
        if (t instanceof Struct st) {
            sb.append("struct {");
            for (int i = 0; i < st.numFields(); i++) {
                Var f = st.field(i);
                sb.append(i > 0 ? "; " : " ");
                if (f.embedded()) sb.append("embedded ");
                qualified(sb, f.name(), f.pkg());
                sb.append(' ');
                type(sb, f.type());
                if (!st.tag(i).isEmpty()) sb.append(' ').append(Constants.quote(st.tag(i)));
            }
            sb.append(st.numFields() == 0 ? "}" : " }");
            return;
        }
        throw new CodegenException(null, "method key: unexpected type " + t);
    }

    private String named(Named n) {
        String s = named.get(n);
        if (s != null) return s;
        TypeName o = n.obj();
        s = (o.pkg() == null ? "" : o.pkg().path() + ".") + o.name();
        int seen = spellings.merge(s, 1, Integer::sum);
        if (seen > 1) s += "·" + seen;
        named.put(n, s);
        return s;
    }
}
