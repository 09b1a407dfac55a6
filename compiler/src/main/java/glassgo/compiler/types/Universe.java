package glassgo.compiler.types;

import glassgo.compiler.syntax.Pos;
import java.util.EnumMap;

/** This file implements the universe scope: predeclared types, constants, nil, builtins, and package unsafe. */
public final class Universe {
    private Universe() {}

    public static final Scope SCOPE = new Scope(null, "universe", null);
    private static final EnumMap<BasicKind, Basic> TYP = new EnumMap<>(BasicKind.class);

    public static final Basic INVALID = basic(BasicKind.Invalid, 0, "invalid type");
    public static final Basic BOOL = basic(BasicKind.Bool, Basic.IS_BOOLEAN, "bool");
    public static final Basic INT = basic(BasicKind.Int, Basic.IS_INTEGER, "int");
    public static final Basic INT8 = basic(BasicKind.Int8, Basic.IS_INTEGER, "int8");
    public static final Basic INT16 = basic(BasicKind.Int16, Basic.IS_INTEGER, "int16");
    public static final Basic INT32 = basic(BasicKind.Int32, Basic.IS_INTEGER, "int32");
    public static final Basic INT64 = basic(BasicKind.Int64, Basic.IS_INTEGER, "int64");
    public static final Basic UINT = basic(BasicKind.Uint, Basic.IS_INTEGER | Basic.IS_UNSIGNED, "uint");
    public static final Basic UINT8 = basic(BasicKind.Uint8, Basic.IS_INTEGER | Basic.IS_UNSIGNED, "uint8");
    public static final Basic UINT16 = basic(BasicKind.Uint16, Basic.IS_INTEGER | Basic.IS_UNSIGNED, "uint16");
    public static final Basic UINT32 = basic(BasicKind.Uint32, Basic.IS_INTEGER | Basic.IS_UNSIGNED, "uint32");
    public static final Basic UINT64 = basic(BasicKind.Uint64, Basic.IS_INTEGER | Basic.IS_UNSIGNED, "uint64");
    public static final Basic UINTPTR = basic(BasicKind.Uintptr, Basic.IS_INTEGER | Basic.IS_UNSIGNED, "uintptr");
    public static final Basic FLOAT32 = basic(BasicKind.Float32, Basic.IS_FLOAT, "float32");
    public static final Basic FLOAT64 = basic(BasicKind.Float64, Basic.IS_FLOAT, "float64");
    public static final Basic COMPLEX64 = basic(BasicKind.Complex64, Basic.IS_COMPLEX, "complex64");
    public static final Basic COMPLEX128 = basic(BasicKind.Complex128, Basic.IS_COMPLEX, "complex128");
    public static final Basic STRING = basic(BasicKind.String, Basic.IS_STRING, "string");
    public static final Basic UNSAFE_POINTER = basic(BasicKind.UnsafePointer, 0, "unsafe.Pointer");
    public static final Basic UNTYPED_BOOL = basic(BasicKind.UntypedBool, Basic.IS_BOOLEAN | Basic.IS_UNTYPED, "untyped bool");
    public static final Basic UNTYPED_INT = basic(BasicKind.UntypedInt, Basic.IS_INTEGER | Basic.IS_UNTYPED, "untyped int");
    public static final Basic UNTYPED_RUNE = basic(BasicKind.UntypedRune, Basic.IS_INTEGER | Basic.IS_UNTYPED, "untyped rune");
    public static final Basic UNTYPED_FLOAT = basic(BasicKind.UntypedFloat, Basic.IS_FLOAT | Basic.IS_UNTYPED, "untyped float");
    public static final Basic UNTYPED_COMPLEX = basic(BasicKind.UntypedComplex, Basic.IS_COMPLEX | Basic.IS_UNTYPED, "untyped complex");
    public static final Basic UNTYPED_STRING = basic(BasicKind.UntypedString, Basic.IS_STRING | Basic.IS_UNTYPED, "untyped string");
    public static final Basic UNTYPED_NIL = basic(BasicKind.UntypedNil, Basic.IS_UNTYPED, "untyped nil");
    /** The {@code byte} and {@code rune} aliases: distinct Basic instances with kinds Uint8/Int32. */
    public static final Basic BYTE = new Basic(BasicKind.Uint8, Basic.IS_INTEGER | Basic.IS_UNSIGNED, "byte");
    public static final Basic RUNE = new Basic(BasicKind.Int32, Basic.IS_INTEGER, "rune");

    /** The predeclared {@code error} interface type. */
    public static final Named ERROR;
    /** {@code comparable} and {@code any}. */
    public static final Interface ANY = new Interface(java.util.List.of(), java.util.List.of());
    public static final Nil NIL;
    /** Package unsafe. */
    public static final Package UNSAFE;

    private static Basic basic(BasicKind k, int info, String name) { Basic b = new Basic(k, info, name); TYP.put(k, b); return b; }

    public static Basic typ(BasicKind k) { return TYP.get(k); }

    static {
        for (Basic b : TYP.values()) {
            if (b.isUntyped() || b.kind() == BasicKind.Invalid || b.kind() == BasicKind.UnsafePointer) continue;
            SCOPE.insert(new TypeName(b.name(), b, null, Pos.NONE));
        }
        SCOPE.insert(new TypeName("byte", BYTE, null, Pos.NONE));
        SCOPE.insert(new TypeName("rune", RUNE, null, Pos.NONE));
        TypeName anyTn = new TypeName("any", ANY, null, Pos.NONE);
        anyTn.alias = true;
        SCOPE.insert(anyTn);
        // error: interface{ Error() string }
        TypeName errTn = new TypeName("error", null, null, Pos.NONE);
        ERROR = new Named(errTn, null);
        Var res = Var.param("", STRING, null, Pos.NONE);
        Signature sig = new Signature(Var.param("", ERROR, null, Pos.NONE), Tuple.EMPTY, new Tuple(java.util.List.of(res)), false);
        Func errM = new Func("Error", sig, null, Pos.NONE, null);
        ERROR.setUnderlying(new Interface(java.util.List.of(errM), java.util.List.of()));
        SCOPE.insert(errTn);
        SCOPE.insert(new Const("true", UNTYPED_BOOL, null, Pos.NONE, ConstValue.TRUE));
        SCOPE.insert(new Const("false", UNTYPED_BOOL, null, Pos.NONE, ConstValue.FALSE));
        SCOPE.insert(new Const("iota", UNTYPED_INT, null, Pos.NONE, Constants.makeInt(0)));
        NIL = new Nil();
        SCOPE.insert(NIL);
        for (BuiltinId id : BuiltinId.values()) if (!id.isUnsafe()) SCOPE.insert(new Builtin(id, null));
        // comparable: an interface usable only as a constraint; we declare it so that uses report properly
        TypeName cmpTn = new TypeName("comparable", null, null, Pos.NONE);
        new Named(cmpTn, new Interface(java.util.List.of(), java.util.List.of()));
        SCOPE.insert(cmpTn);

        UNSAFE = new Package("unsafe", "unsafe");
        UNSAFE.scope().insert(new TypeName("Pointer", UNSAFE_POINTER, UNSAFE, Pos.NONE));
        for (BuiltinId id : BuiltinId.values()) if (id.isUnsafe()) UNSAFE.scope().insert(new Builtin(id, UNSAFE));
        UNSAFE.info = new Info();
    }
}
