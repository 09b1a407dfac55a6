package glassgo.compiler.types;

/** A predeclared basic type (go/types.Basic). Canonical instances live in {@link Universe}. */
public final class Basic implements Type {
    public static final int IS_BOOLEAN = 1, IS_INTEGER = 2, IS_UNSIGNED = 4, IS_FLOAT = 8, IS_COMPLEX = 16,
            IS_STRING = 32, IS_UNTYPED = 64;
    public static final int IS_ORDERED = IS_INTEGER | IS_FLOAT | IS_STRING;
    public static final int IS_NUMERIC = IS_INTEGER | IS_FLOAT | IS_COMPLEX;
    public static final int IS_CONST_TYPE = IS_BOOLEAN | IS_NUMERIC | IS_STRING;

    private final BasicKind kind;
    private final int info;
    private final String name;

    Basic(BasicKind kind, int info, String name) { this.kind = kind; this.info = info; this.name = name; }

    public BasicKind kind() { return kind; }
    public int info() { return info; }
    public String name() { return name; }
    @Override public Type underlying() { return this; }
    @Override public String toString() { return name; }

    public boolean isInteger() { return (info & IS_INTEGER) != 0; }
    public boolean isUnsigned() { return (info & IS_UNSIGNED) != 0; }
    public boolean isFloat() { return (info & IS_FLOAT) != 0; }
    public boolean isComplex() { return (info & IS_COMPLEX) != 0; }
    public boolean isNumeric() { return (info & IS_NUMERIC) != 0; }
    public boolean isString() { return (info & IS_STRING) != 0; }
    public boolean isBoolean() { return (info & IS_BOOLEAN) != 0; }
    public boolean isUntyped() { return (info & IS_UNTYPED) != 0; }
    public boolean isOrdered() { return (info & IS_ORDERED) != 0; }
    public boolean isConstType() { return (info & IS_CONST_TYPE) != 0; }
}
