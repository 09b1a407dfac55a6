package glassgo.compiler.types;

import glassgo.compiler.syntax.Pos;

/** An imported package name in a file scope. */
public final class PkgName extends Obj {
    final Package imported;
    boolean used;
    public PkgName(String name, Package pkg, Pos pos, Package imported) { super(name, Universe.INVALID, pkg, pos); this.imported = imported; }
    public Package imported() { return imported; }
    @Override public String toString() { return "package " + name + " (\"" + imported.path() + "\")"; }
}
