package glassgo.compiler.types;

import glassgo.compiler.syntax.Pos;

/** A declared constant. {@link #val()} is exact (untyped constants keep arbitrary precision). */
public final class Const extends Obj {
    ConstValue val;
    public Const(String name, Type type, Package pkg, Pos pos, ConstValue val) { super(name, type, pkg, pos); this.val = val; }
    public ConstValue val() { if (type == null) type(); return val; }
    @Override public String toString() { return "const " + name + " " + type + " = " + val; }
}
