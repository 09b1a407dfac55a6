package glassgo.compiler.types;

import java.util.List;
import java.util.function.Function;

/** go/types' typestring.go: the textual form of types, with a package qualifier. */
public final class TypeStrings {
    private TypeStrings() {}

    /** Qualifier that prefixes every package-level named type with its package path (go/types default). */
    public static final Function<Package, String> PATH = p -> p.path();

    public static String of(Type t) { return t.typeString(PATH); }

    public static void write(StringBuilder sb, Type t, Function<Package, String> q) {
        if (t == null) { sb.append("<nil>"); return; }
        if (t instanceof Basic b) {
            if (b.kind() == BasicKind.UnsafePointer && q != null) {
                sb.append("unsafe.Pointer"); return;
            }
            sb.append(b.name());
        } else if (t instanceof Pointer p) {
            sb.append('*'); write(sb, p.elem(), q);
        } else if (t instanceof Slice s) {
            sb.append("[]"); write(sb, s.elem(), q);
        } else if (t instanceof Array a) {
            sb.append('[').append(a.len()).append(']'); write(sb, a.elem(), q);
        } else if (t instanceof Map m) {
            sb.append("map["); write(sb, m.key(), q); sb.append(']'); write(sb, m.elem(), q);
        } else if (t instanceof Chan c) {
            boolean paren = false;
            switch (c.dir()) {
                case SendRecv -> { sb.append("chan "); paren = c.elem() instanceof Chan cc && cc.dir() == Chan.Dir.RecvOnly; }
                case SendOnly -> sb.append("chan<- ");
                case RecvOnly -> sb.append("<-chan ");
            }
            if (paren) sb.append('(');
            write(sb, c.elem(), q);
            if (paren) sb.append(')');
        } else if (t instanceof Struct s) {
            sb.append("struct{");
            for (int i = 0; i < s.numFields(); i++) {
                if (i > 0) sb.append("; ");
                Var f = s.field(i);
                if (!f.embedded()) sb.append(f.name()).append(' ');
                write(sb, f.type(), q);
                String tag = s.tag(i);
                if (!tag.isEmpty()) sb.append(' ').append(Constants.quote(tag));
            }
            sb.append('}');
        } else if (t instanceof Tuple tu) {
            writeTuple(sb, tu, false, q);
        } else if (t instanceof Signature s) {
            sb.append("func"); writeSignature(sb, s, q);
        } else if (t == Universe.ANY) {
            sb.append("any"); // types2: the universe's any prints as "any"
        } else if (t instanceof Interface it) {
            sb.append("interface{");
            boolean first = true;
            for (Func m : it.explicitMethods()) {
                if (!first) sb.append("; ");
                first = false;
                sb.append(m.name()); writeSignature(sb, (Signature) m.type(), q);
            }
            for (Type e : it.embeddeds()) {
                if (!first) sb.append("; ");
                first = false;
                write(sb, e, q);
            }
            sb.append('}');
        } else if (t instanceof Named n) {
            TypeName o = n.obj();
            if (o.pkg() != null && q != null) {
                String pfx = q.apply(o.pkg());
                if (pfx != null && !pfx.isEmpty()) sb.append(pfx).append('.');
            }
            sb.append(o.name());
        } else {
            sb.append(t);
        }
    }

    static void writeTuple(StringBuilder sb, Tuple t, boolean variadic, Function<Package, String> q) {
        sb.append('(');
        List<Var> vs = t.vars();
        for (int i = 0; i < vs.size(); i++) {
            if (i > 0) sb.append(", ");
            Var v = vs.get(i);
            if (!v.name().isEmpty()) sb.append(v.name()).append(' ');
            Type ty = v.type();
            if (variadic && i == vs.size() - 1) {
                sb.append("...");
                if (ty instanceof Slice s) ty = s.elem();
            }
            write(sb, ty, q);
        }
        sb.append(')');
    }

    public static void writeSignature(StringBuilder sb, Signature s, Function<Package, String> q) {
        writeTuple(sb, s.params(), s.variadic(), q);
        int n = s.results().len();
        if (n == 0) return;
        sb.append(' ');
        if (n == 1 && s.results().at(0).name().isEmpty()) { write(sb, s.results().at(0).type(), q); return; }
        writeTuple(sb, s.results(), false, q);
    }
}
