package glassgo.compiler.types;

/** Operand modes (go/types' operand modes as recorded in TypeAndValue). */
public enum Mode { INVALID, NOVALUE, BUILTIN, TYPEXPR, CONSTANT, VARIABLE, MAPINDEX, VALUE, NILVALUE, COMMAOK }
