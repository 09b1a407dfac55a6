package glassgo.compiler.types;

import glassgo.compiler.syntax.Pos;

/** A type-checking error: position (Pos.NONE for position-less errors) and Go's message (may span lines). */
public record TypeError(String file, Pos pos, String msg, boolean soft) implements Comparable<TypeError> {
    @Override public int compareTo(TypeError o) {
        int c = String.valueOf(file).compareTo(String.valueOf(o.file));
        return c != 0 ? c : pos.compareTo(o.pos);
    }
    /** {@code ./x.go:L:C: msg} as go build prints it (file name as given, prefixed "./" if relative and bare). */
    public String format() {
        if (!pos.isKnown() || file == null) return msg;
        String f = file.startsWith("/") || file.startsWith("./") || file.startsWith("../") ? file : "./" + file;
        return f + ":" + pos.go() + ": " + msg;
    }
    @Override public String toString() { return format(); }
}
