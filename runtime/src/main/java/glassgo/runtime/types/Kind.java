package glassgo.runtime.types;

/** Mirrors reflect.Kind (same order as Go's, starting at BOOL = 1; INVALID = 0). */
public enum Kind {
    INVALID, BOOL, INT, INT8, INT16, INT32, INT64, UINT, UINT8, UINT16, UINT32, UINT64, UINTPTR,
    FLOAT32, FLOAT64, COMPLEX64, COMPLEX128, ARRAY, CHAN, FUNC, INTERFACE, MAP, POINTER, SLICE,
    STRING, STRUCT, UNSAFE_POINTER;

    private static final Kind[] VALUES = values();

    /** reflect.Kind number (BOOL = 1 ... UNSAFE_POINTER = 26). */
    public int goKind() {
        return ordinal();
    }

    public static Kind of(int goKind) {
        return VALUES[goKind];
    }

    /** reflect's lower-case name: "int", "ptr", "unsafe.Pointer", ... (Kind.String()). */
    public String goName() {
        switch (this) {
            case POINTER: return "ptr";
            case UNSAFE_POINTER: return "unsafe.Pointer";
            default: return name().toLowerCase();
        }
    }
}
