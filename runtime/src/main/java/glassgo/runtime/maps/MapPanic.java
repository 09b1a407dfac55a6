package glassgo.runtime.maps;

/**
 * A recoverable Go panic raised by a map operation. The only one Go's map.go raises itself is
 * {@code panic(plainError("assignment to entry in nil map"))}: a plainError, so it prints without
 * the {@code "runtime error: "} prefix but is still a {@code runtime.Error}. (Hashing or comparing
 * an unhashable dynamic type raises {@link glassgo.runtime.RuntimeErrorException} from
 * {@code Alg}, which map operations let pass through unchanged.)
 */
public final class MapPanic extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Go's error text, e.g. {@code assignment to entry in nil map}. */
    public final String goMessage;
    /** True for Go's plainError: {@code Error()} is the bare message, no {@code runtime error: } prefix. */
    public final boolean plainError;

    public MapPanic(String goMessage, boolean plainError) {
        super(plainError ? goMessage : "runtime error: " + goMessage, null, false, false);
        this.goMessage = goMessage;
        this.plainError = plainError;
    }

    /** What Go's {@code Error()} returns. */
    public String goError() {
        return plainError ? goMessage : "runtime error: " + goMessage;
    }

    static MapPanic nilMapAssign() {
        return new MapPanic("assignment to entry in nil map", true);
    }
}
