package glassgo.vm.interp;

/**
 * A Go panic in flight through Java code: carries the panic value as an interface (type word,
 * data word). Thrown by runtime helpers; caught by the interpreter loop, which starts Go's panic
 * sequence (deferred calls, recover). No Java stack trace is ever shown to the user.
 */
public final class GoPanic extends RuntimeException {
    public final long typ, data;
    /** true when the panic comes from a memory fault (prints Go's SIGSEGV line). */
    public final boolean fault;

    public GoPanic(long typ, long data, boolean fault) {
        super(null, null, false, false);
        this.typ = typ; this.data = data; this.fault = fault;
    }
}
