package glassgo.compiler.types;

import glassgo.compiler.syntax.Pos;

/** A named language entity (go/types.Object): Var, Const, TypeName, Func, PkgName, Builtin, Label, Nil. */
public abstract class Obj {
    final String name;
    Type type;
    final Package pkg;
    final Pos pos;
    Scope parent;
    /** Declaration order key among package-level objects (for init order ties). */
    int order;

    Obj(String name, Type type, Package pkg, Pos pos) { this.name = name; this.type = type; this.pkg = pkg; this.pos = pos == null ? Pos.NONE : pos; }

    public String name() { return name; }
    /**
     * The object's type. A package-level constant or function of a std package checked lazily is
     * declared (checked) on first use, here: see the package documentation.
     */
    public Type type() {
        if (type == null && pkg != null && pkg.lazy != null) pkg.lazy.declareLazily(this);
        return type;
    }
    public Package pkg() { return pkg; }
    public Pos pos() { return pos; }
    /** The scope in which the object is declared (null for fields and methods). */
    public Scope parent() { return parent; }
    public boolean exported() { return !name.isEmpty() && Character.isUpperCase(name.codePointAt(0)); }
    @Override public String toString() { return getClass().getSimpleName().toLowerCase() + " " + name + (type != null ? " " + type : ""); }
}
