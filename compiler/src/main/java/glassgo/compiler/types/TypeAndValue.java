package glassgo.compiler.types;

/** go/types.TypeAndValue: the mode, final type and (for constants) value of an expression. */
public record TypeAndValue(Mode mode, Type type, ConstValue value) {
    public boolean isVoid() { return mode == Mode.NOVALUE; }
    public boolean isType() { return mode == Mode.TYPEXPR; }
    public boolean isBuiltin() { return mode == Mode.BUILTIN; }
    public boolean isValue() { return switch (mode) { case CONSTANT, VARIABLE, MAPINDEX, VALUE, NILVALUE, COMMAOK -> true; default -> false; }; }
    public boolean isNil() { return mode == Mode.NILVALUE || (mode == Mode.VALUE && type == Universe.UNTYPED_NIL); }
    public boolean addressable() { return mode == Mode.VARIABLE; }
    public boolean assignable() { return mode == Mode.VARIABLE || mode == Mode.MAPINDEX; }
    /** The expression is a comma-ok form (map index, type assertion, receive) used in a 2-value context. */
    public boolean hasOk() { return mode == Mode.COMMAOK || mode == Mode.MAPINDEX; }
}
