package glassgo.runtime.maps;

/**
 * Go's {@code fatal(...)} from map.go: an unrecoverable error (deferred calls do not run, exit
 * status 2), printed as {@code fatal error: <goMessage>}. Raised when the {@code hashWriting} flag
 * shows two goroutines using a map without synchronisation: {@code concurrent map writes},
 * {@code concurrent map read and map write}, {@code concurrent map iteration and map write}.
 */
public final class MapFatal extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public static final String CONCURRENT_WRITES = "concurrent map writes";
    public static final String CONCURRENT_READ_WRITE = "concurrent map read and map write";
    public static final String CONCURRENT_ITER_WRITE = "concurrent map iteration and map write";

    /** The text after {@code fatal error: }. */
    public final String goMessage;

    public MapFatal(String goMessage) {
        super("fatal error: " + goMessage, null, false, false);
        this.goMessage = goMessage;
    }

    /** The line Go prints (as {@link glassgo.runtime.debug.Throw#goLine()}). */
    public String goLine() {
        return "fatal error: " + goMessage;
    }
}
