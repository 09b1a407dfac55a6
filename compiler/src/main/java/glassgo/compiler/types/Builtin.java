package glassgo.compiler.types;

import glassgo.compiler.syntax.Pos;

/** A predeclared function object ({@code len}, {@code unsafe.Sizeof} …). */
public final class Builtin extends Obj {
    final BuiltinId id;
    Builtin(BuiltinId id, Package pkg) { super(id.goName, Universe.INVALID, pkg, Pos.NONE); this.id = id; }
    public BuiltinId id() { return id; }
    @Override public String toString() { return "builtin " + name; }
}
