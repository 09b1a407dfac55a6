package glassgo.compiler.codegen;

import glassgo.compiler.syntax.Pos;

/** A construct the code generator does not support (reported Go-style with its position), or an internal fault. */
public final class CodegenException extends RuntimeException {
    public final Pos pos;
    public CodegenException(Pos pos, String msg) { super(msg); this.pos = pos; }
}
