package glassgo.compiler.types;

import glassgo.compiler.syntax.Pos;

/** A type name: a defined type (type is a {@link Named}), an alias, or a predeclared type. */
public final class TypeName extends Obj {
    boolean alias;
    public TypeName(String name, Type type, Package pkg, Pos pos) { super(name, type, pkg, pos); }
    public boolean isAlias() { return alias; }
    @Override public String toString() { return "type " + name; }
}
