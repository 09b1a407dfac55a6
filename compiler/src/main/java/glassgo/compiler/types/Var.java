package glassgo.compiler.types;

import glassgo.compiler.syntax.Pos;

/** A variable: package-level, local, parameter/result, receiver, or struct field. */
public final class Var extends Obj {
    final boolean isField, embedded;
    boolean isParam;
    boolean used;
    /** The function (Decl.Func or Expr.FuncLit) declaring this local/param; null for package-level vars and fields. */
    glassgo.compiler.syntax.Node owner;

    public Var(String name, Type type, Package pkg, Pos pos, boolean isField, boolean embedded) {
        super(name, type, pkg, pos); this.isField = isField; this.embedded = embedded;
    }
    public static Var field(String name, Type type, Package pkg, Pos pos, boolean embedded) { return new Var(name, type, pkg, pos, true, embedded); }
    public static Var param(String name, Type type, Package pkg, Pos pos) { Var v = new Var(name, type, pkg, pos, false, false); v.isParam = true; return v; }

    public boolean isField() { return isField; }
    public boolean embedded() { return embedded; }
    public boolean anonymous() { return embedded; }
    /** A function parameter, result, or receiver. */
    public boolean isParam() { return isParam; }
    /** Declared at package level. */
    public boolean isGlobal() { return !isField && owner == null && parent != null && pkg != null && parent == pkg.scope(); }
    /** The Decl.Func / Expr.FuncLit that declares this local variable or parameter (null for globals and fields). */
    public glassgo.compiler.syntax.Node owner() { return owner; }
    void setType(Type t) { this.type = t; }
    /** A std package-level variable declared on use: its type, known before its initialiser is checked. */
    Type layoutType;
    /**
     * The type that decides the variable's storage: {@link #type()}, except that a std variable
     * whose initialiser is checked only if the program uses it (see the package documentation)
     * is not declared by asking.
     */
    public Type storageType() { return type == null && layoutType != null ? layoutType : type(); }
    @Override public String toString() { return (isField ? "field " : "var ") + name + " " + type; }
}
