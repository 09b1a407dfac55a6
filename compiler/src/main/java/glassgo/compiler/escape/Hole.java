package glassgo.compiler.escape;

/**
 * "Evaluate an expression into {@code dst} with {@code derefs} dereferences" (graph.go's
 * {@code hole}). derefs is never below -1 (-1 = the address flows).
 */
record Hole(Location dst, int derefs, Note notes, boolean addrtaken) {
    Hole shift(int delta) {
        int d = derefs + delta;
        if (d < -1) throw new IllegalStateException("derefs underflow: " + d);
        return new Hole(dst, d, notes, delta < 0);
    }
    Hole note(Note.Maker m, Object where, String why) { return m == null ? this : new Hole(dst, derefs, m.make(notes, where, why), addrtaken); }
    Hole withDst(Location l) { return new Hole(l, derefs, notes, addrtaken); }
}
