package glassgo.compiler.types;

import glassgo.compiler.syntax.Pos;

/** A statement label. */
public final class Label extends Obj {
    boolean used;
    public Label(String name, Package pkg, Pos pos) { super(name, Universe.INVALID, pkg, pos); }
    @Override public String toString() { return "label " + name; }
}
