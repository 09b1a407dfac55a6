package glassgo.runtime.debug;

import java.io.PrintStream;
import java.util.List;
import java.util.function.ObjIntConsumer;
import java.util.function.ToIntFunction;

/**
 * Debug switches, parsed from one table like Go's runtime1.go {@code dbgvars}: Go's own
 * {@code GODEBUG} names (same defaults, same meaning where glassgo implements them) plus glassgo's
 * narration switches in {@code GLASSDEBUG}. Both strings are {@code name=value,name=value}; unknown
 * names and non-integer values are ignored, as Go does.
 *
 * <p>Narration goes to {@link #err()} (stderr by default, injectable), never to stdout.
 *
 * <table>
 * <caption>implemented switches</caption>
 * <tr><td>GODEBUG=allocfreetrace=1</td><td>one {@code tracealloc(p, size, type)} line per
 *     heap allocation that is not a tiny sub-allocation (Go follows it with a goroutine traceback;
 *     glassgo prints the first line only)</td></tr>
 * <tr><td>GODEBUG=clobberfree=1</td><td>sweep fills freed slots with 0xdeadbeef</td></tr>
 * <tr><td>GLASSDEBUG=alloctrace=1</td><td>one line per allocation: address, request, size class,
 *     span, and the path taken (tiny, mcache, refill from mcentral, new span from mheap, large)</td></tr>
 * <tr><td>GLASSDEBUG=maptrace=1</td><td>map growth narration: {@code map: grow}, one line per
 *     evacuated old bucket, {@code oldbuckets ... dropped} (format in maps.MapTrace)</td></tr>
 * </table>
 * The other fields are parsed so that the rest of the runtime (GC, scheduler) can consult them.
 */
public final class Debug {
    // GODEBUG (Go 1.19 dbgvars, same defaults)
    public int allocfreetrace, clobberfree, cgocheck = 1, efence, gccheckmark, gcpacertrace, gcshrinkstackoff,
            gcstoptheworld, gctrace, invalidptr = 1, madvdontneed = 1, sbrk, scavtrace, scheddetail, schedtrace,
            tracebackancestors, asyncpreemptoff, inittrace, harddecommit, adaptivestackstart = 1;
    // GLASSDEBUG (glassgo narration and checking)
    public int alloctrace, maptrace, gcstress, invariants;

    private record Var(boolean glass, String name, ToIntFunction<Debug> get, ObjIntConsumer<Debug> set) {
    }

    private static final List<Var> VARS = List.of(
            new Var(false, "allocfreetrace", d -> d.allocfreetrace, (d, v) -> d.allocfreetrace = v),
            new Var(false, "clobberfree", d -> d.clobberfree, (d, v) -> d.clobberfree = v),
            new Var(false, "cgocheck", d -> d.cgocheck, (d, v) -> d.cgocheck = v),
            new Var(false, "efence", d -> d.efence, (d, v) -> d.efence = v),
            new Var(false, "gccheckmark", d -> d.gccheckmark, (d, v) -> d.gccheckmark = v),
            new Var(false, "gcpacertrace", d -> d.gcpacertrace, (d, v) -> d.gcpacertrace = v),
            new Var(false, "gcshrinkstackoff", d -> d.gcshrinkstackoff, (d, v) -> d.gcshrinkstackoff = v),
            new Var(false, "gcstoptheworld", d -> d.gcstoptheworld, (d, v) -> d.gcstoptheworld = v),
            new Var(false, "gctrace", d -> d.gctrace, (d, v) -> d.gctrace = v),
            new Var(false, "invalidptr", d -> d.invalidptr, (d, v) -> d.invalidptr = v),
            new Var(false, "madvdontneed", d -> d.madvdontneed, (d, v) -> d.madvdontneed = v),
            new Var(false, "sbrk", d -> d.sbrk, (d, v) -> d.sbrk = v),
            new Var(false, "scavtrace", d -> d.scavtrace, (d, v) -> d.scavtrace = v),
            new Var(false, "scheddetail", d -> d.scheddetail, (d, v) -> d.scheddetail = v),
            new Var(false, "schedtrace", d -> d.schedtrace, (d, v) -> d.schedtrace = v),
            new Var(false, "tracebackancestors", d -> d.tracebackancestors, (d, v) -> d.tracebackancestors = v),
            new Var(false, "asyncpreemptoff", d -> d.asyncpreemptoff, (d, v) -> d.asyncpreemptoff = v),
            new Var(false, "inittrace", d -> d.inittrace, (d, v) -> d.inittrace = v),
            new Var(false, "harddecommit", d -> d.harddecommit, (d, v) -> d.harddecommit = v),
            new Var(false, "adaptivestackstart", d -> d.adaptivestackstart, (d, v) -> d.adaptivestackstart = v),
            new Var(true, "alloctrace", d -> d.alloctrace, (d, v) -> d.alloctrace = v),
            new Var(true, "maptrace", d -> d.maptrace, (d, v) -> d.maptrace = v),
            new Var(true, "gcstress", d -> d.gcstress, (d, v) -> d.gcstress = v),
            new Var(true, "invariants", d -> d.invariants, (d, v) -> d.invariants = v));

    private final PrintStream err;

    /** @param godebug GODEBUG value or null; @param glassdebug GLASSDEBUG value or null; @param err narration stream */
    public Debug(String godebug, String glassdebug, PrintStream err) {
        this.err = err == null ? System.err : err;
        parse(godebug, false);
        parse(glassdebug, true);
    }

    /** Defaults only (no switches set), narration to System.err. */
    public Debug() {
        this(null, null, System.err);
    }

    /** From the process environment (GODEBUG, GLASSDEBUG), narration to System.err. */
    public static Debug fromEnvironment() {
        return new Debug(System.getenv("GODEBUG"), System.getenv("GLASSDEBUG"), System.err);
    }

    private void parse(String s, boolean glass) {
        if (s == null || s.isEmpty()) return;
        for (String field : s.split(",")) {
            int eq = field.indexOf('=');
            if (eq < 0) continue;
            String key = field.substring(0, eq), value = field.substring(eq + 1);
            for (Var v : VARS) {
                if (v.glass() == glass && v.name().equals(key)) {
                    try {
                        v.set().accept(this, Integer.parseInt(value));
                    } catch (NumberFormatException ignored) {
                        // Go ignores values that are not integers
                    }
                }
            }
        }
    }

    /** Value of a switch by name (either table), or throws if unknown. */
    public int get(String name) {
        for (Var v : VARS) if (v.name().equals(name)) return v.get().applyAsInt(this);
        throw new IllegalArgumentException("unknown debug variable " + name);
    }

    /** Where narration goes (stderr unless injected). */
    public PrintStream err() {
        return err;
    }
}
