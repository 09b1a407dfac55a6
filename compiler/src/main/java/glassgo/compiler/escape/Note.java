package glassgo.compiler.escape;

import glassgo.compiler.syntax.Pos;

/** An explanation step for {@code -m=2} ({@code from <where> (<why>) at <pos>}). */
record Note(Note next, String where, Pos pos, String why) {
    /** Creates notes (only when -m=2 asks for explanations). */
    interface Maker { Note make(Note next, Object where, String why); }
}
