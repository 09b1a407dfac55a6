package glassgo.compiler.types;

/** The predeclared functions and unsafe's functions. */
public enum BuiltinId {
    APPEND("append"), CAP("cap"), CLOSE("close"), COMPLEX("complex"), COPY("copy"), DELETE("delete"),
    IMAG("imag"), LEN("len"), MAKE("make"), NEW("new"), PANIC("panic"), PRINT("print"), PRINTLN("println"),
    REAL("real"), RECOVER("recover"),
    SIZEOF("Sizeof"), ALIGNOF("Alignof"), OFFSETOF("Offsetof"), ADD("Add"), SLICE("Slice");

    public final String goName;
    BuiltinId(String n) { goName = n; }
    public boolean isUnsafe() { return ordinal() >= SIZEOF.ordinal(); }
}
