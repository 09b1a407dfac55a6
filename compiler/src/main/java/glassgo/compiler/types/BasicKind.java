package glassgo.compiler.types;

/** go/types.BasicKind. */
public enum BasicKind {
    Invalid, Bool, Int, Int8, Int16, Int32, Int64, Uint, Uint8, Uint16, Uint32, Uint64, Uintptr,
    Float32, Float64, Complex64, Complex128, String, UnsafePointer,
    UntypedBool, UntypedInt, UntypedRune, UntypedFloat, UntypedComplex, UntypedString, UntypedNil;
}
