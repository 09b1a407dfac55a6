package glassgo.runtime.debug;

import java.io.PrintStream;
import java.util.List;

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
 * <tr><td>GLASSDEBUG=jit=0|1|2</td><td>the baseline JIT (vm.interp.Jit): off, on for hot
 *     functions (default), or for every function at its first call</td></tr>
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
    /** the baseline JIT: 0 off, 1 on (hot functions), 2 every function at its first call */
    public int jit = 1;

    /**
     * A switch: which table (GLASSDEBUG or GODEBUG) and its name; the field is read and written by
     * {@link #value}/{@link #assign} (switches on the name, not lambdas: this table is built at
     * every start-up, and linking ~50 lambda call sites cost measurable time there).
     */
    private record Var(boolean glass, String name) {
    }

    private static final List<Var> VARS = List.of(
            new Var(false, "allocfreetrace"),
            new Var(false, "clobberfree"),
            new Var(false, "cgocheck"),
            new Var(false, "efence"),
            new Var(false, "gccheckmark"),
            new Var(false, "gcpacertrace"),
            new Var(false, "gcshrinkstackoff"),
            new Var(false, "gcstoptheworld"),
            new Var(false, "gctrace"),
            new Var(false, "invalidptr"),
            new Var(false, "madvdontneed"),
            new Var(false, "sbrk"),
            new Var(false, "scavtrace"),
            new Var(false, "scheddetail"),
            new Var(false, "schedtrace"),
            new Var(false, "tracebackancestors"),
            new Var(false, "asyncpreemptoff"),
            new Var(false, "inittrace"),
            new Var(false, "harddecommit"),
            new Var(false, "adaptivestackstart"),
            new Var(true, "alloctrace"),
            new Var(true, "maptrace"),
            new Var(true, "gcstress"),
            new Var(true, "invariants"),
            new Var(true, "jit"));

    private int value(String name) {
        return switch (name) {
            case "allocfreetrace" -> allocfreetrace;
            case "clobberfree" -> clobberfree;
            case "cgocheck" -> cgocheck;
            case "efence" -> efence;
            case "gccheckmark" -> gccheckmark;
            case "gcpacertrace" -> gcpacertrace;
            case "gcshrinkstackoff" -> gcshrinkstackoff;
            case "gcstoptheworld" -> gcstoptheworld;
            case "gctrace" -> gctrace;
            case "invalidptr" -> invalidptr;
            case "madvdontneed" -> madvdontneed;
            case "sbrk" -> sbrk;
            case "scavtrace" -> scavtrace;
            case "scheddetail" -> scheddetail;
            case "schedtrace" -> schedtrace;
            case "tracebackancestors" -> tracebackancestors;
            case "asyncpreemptoff" -> asyncpreemptoff;
            case "inittrace" -> inittrace;
            case "harddecommit" -> harddecommit;
            case "adaptivestackstart" -> adaptivestackstart;
            case "alloctrace" -> alloctrace;
            case "maptrace" -> maptrace;
            case "gcstress" -> gcstress;
            case "invariants" -> invariants;
            case "jit" -> jit;
            default -> throw new IllegalArgumentException("unknown debug variable " + name);
        };
    }

    private void assign(String name, int v) {
        switch (name) {
            case "allocfreetrace" -> allocfreetrace = v;
            case "clobberfree" -> clobberfree = v;
            case "cgocheck" -> cgocheck = v;
            case "efence" -> efence = v;
            case "gccheckmark" -> gccheckmark = v;
            case "gcpacertrace" -> gcpacertrace = v;
            case "gcshrinkstackoff" -> gcshrinkstackoff = v;
            case "gcstoptheworld" -> gcstoptheworld = v;
            case "gctrace" -> gctrace = v;
            case "invalidptr" -> invalidptr = v;
            case "madvdontneed" -> madvdontneed = v;
            case "sbrk" -> sbrk = v;
            case "scavtrace" -> scavtrace = v;
            case "scheddetail" -> scheddetail = v;
            case "schedtrace" -> schedtrace = v;
            case "tracebackancestors" -> tracebackancestors = v;
            case "asyncpreemptoff" -> asyncpreemptoff = v;
            case "inittrace" -> inittrace = v;
            case "harddecommit" -> harddecommit = v;
            case "adaptivestackstart" -> adaptivestackstart = v;
            case "alloctrace" -> alloctrace = v;
            case "maptrace" -> maptrace = v;
            case "gcstress" -> gcstress = v;
            case "invariants" -> invariants = v;
            case "jit" -> jit = v;
            default -> throw new IllegalArgumentException("unknown debug variable " + name);
        }
    }

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
                        assign(v.name(), Integer.parseInt(value));
                    } catch (NumberFormatException ignored) {
                        // Go ignores values that are not integers
                    }
                }
            }
        }
    }

    /** Value of a switch by name (either table), or throws if unknown. */
    public int get(String name) {
        for (Var v : VARS) if (v.name().equals(name)) return value(name);
        throw new IllegalArgumentException("unknown debug variable " + name);
    }

    /** Where narration goes (stderr unless injected). */
    public PrintStream err() {
        return err;
    }
}
