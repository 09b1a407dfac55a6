package glassgo.compiler.types;

import glassgo.compiler.syntax.Decl;
import glassgo.compiler.syntax.Pos;

/** A declared function, method, or interface method. {@link #type()} is its {@link Signature}. */
public final class Func extends Obj {
    /** The declaration for package-level funcs and methods; null for interface methods and imported natives' absent bodies are still Decl.Funcs. */
    final Decl.Func decl;
    public Func(String name, Signature sig, Package pkg, Pos pos, Decl.Func decl) { super(name, sig, pkg, pos); this.decl = decl; }
    public Decl.Func decl() { return decl; }
    public Signature signature() { return (Signature) type(); }
    /** Has a pointer receiver. */
    public boolean pointerRecv() { Signature s = signature(); return s != null && s.recv() != null && s.recv().type() instanceof Pointer; }
    /** "pkg.Name" or "pkg.(*T).Name"/"pkg.T.Name" as Go's runtime prints function names. */
    public String fullName() {
        Signature s = signature();
        String p = pkg == null ? "" : pkg.path() + ".";
        if (s != null && s.recv() != null) {
            Type r = s.recv().type();
            if (r instanceof Pointer pt && pt.elem() instanceof Named n) return p + "(*" + n.obj().name() + ")." + name;
            if (r instanceof Named n) return p + n.obj().name() + "." + name;
            return p + TypeStrings.of(r) + "." + name;
        }
        return p + name;
    }
    void setSig(Signature s) { this.type = s; }
    @Override public String toString() { return "func " + fullName(); }
}
