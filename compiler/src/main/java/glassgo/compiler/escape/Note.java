package glassgo.compiler.escape;

import glassgo.compiler.syntax.Pos;

/**
 * An explanation step for {@code -m=2} ({@code from <where> (<why>) at <pos>}). The node is
 * printed when the flow is explained, after the walk, so that it shows the temporaries the
 * typechecker would already have introduced (Go prints its rewritten IR).
 */
record Note(Note next, Object node, Pos pos, String why) {
    /** Creates notes (only when -m=2 asks for explanations). */
    interface Maker { Note make(Note next, Object where, String why); }
}
