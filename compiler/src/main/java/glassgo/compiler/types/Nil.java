package glassgo.compiler.types;

import glassgo.compiler.syntax.Pos;

/** The predeclared {@code nil}. */
public final class Nil extends Obj {
    Nil() { super("nil", Universe.UNTYPED_NIL, null, Pos.NONE); }
    @Override public String toString() { return "nil"; }
}
