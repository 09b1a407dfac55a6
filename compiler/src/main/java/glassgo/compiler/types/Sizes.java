package glassgo.compiler.types;

/** linux/amd64 sizes and alignments (go/types StdSizes{WordSize: 8, MaxAlign: 8}). */
public final class Sizes {
    private Sizes() {}
    public static long alignof(Type t) {
        Type u = t.underlying();
        if (u instanceof Array a) return alignof(a.elem());
        if (u instanceof Struct s) { long m = 1; for (Var f : s.fields()) m = Math.max(m, alignof(f.type())); return m; }
        if (u instanceof Slice || u instanceof Interface) return 8;
        if (u instanceof Basic b && (b.isString())) return 8;
        long a = sizeof(t);
        if (a < 1) return 1;
        if (u instanceof Basic b && b.isComplex()) a /= 2;
        return Math.min(a, 8);
    }
    public static long sizeof(Type t) {
        Type u = t.underlying();
        if (u instanceof Basic b) {
            return switch (b.kind()) {
                case Bool, Int8, Uint8 -> 1; case Int16, Uint16 -> 2; case Int32, Uint32, Float32 -> 4;
                case Complex64 -> 8; case Complex128 -> 16; case String, UntypedString -> 16; default -> 8;
            };
        }
        if (u instanceof Array a) { if (a.len() == 0) return 0; long es = sizeof(a.elem()); long al = alignof(a.elem()); return align(es, al) * (a.len() - 1) + es; }
        if (u instanceof Slice) return 24;
        if (u instanceof Interface) return 16;
        if (u instanceof Struct s) {
            if (s.numFields() == 0) return 0;
            long off = 0;
            for (Var f : s.fields()) { off = align(off, alignof(f.type())); off += sizeof(f.type()); }
            long z = off;
            if (sizeof(s.field(s.numFields() - 1).type()) == 0 && z > 0) z++;
            return align(z, alignof(t));
        }
        return 8;
    }
    public static long offsetof(Struct s, int i) {
        long off = 0;
        for (int k = 0; k <= i; k++) { Var f = s.field(k); off = align(off, alignof(f.type())); if (k == i) return off; off += sizeof(f.type()); }
        return off;
    }
    static long align(long x, long a) { return (x + a - 1) / a * a; }
}
