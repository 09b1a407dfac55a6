package glassgo.runtime.maps;

import java.io.PrintStream;

/**
 * Map narration switch ({@code GLASSDEBUG=maptrace=1}); the VM builds one and hands it to
 * {@link HMap}. When enabled, {@link HMap} prints to {@link #out} (stderr by default):
 * <pre>
 * map: grow 0xc000012000 B=0-&gt;1 doubling count=8 noverflow=0 buckets 0xc000014000 (288 bytes)
 * map: evacuate 0xc000012000 bucket 0 (B=0-&gt;1): 8 entries, x=3 y=5, nevacuate=1/1
 * map: oldbuckets 0xc000012000 dropped (144 bytes at 0xc000013000), growth complete
 * </pre>
 * <ul>
 * <li>{@code grow}: map (hmap) address, {@code B=OLD->NEW}, {@code doubling} or
 *     {@code same-size}, {@code count} = entries before the insert that triggered it,
 *     {@code noverflow} before the reset, the new bucket array and its allocation size.</li>
 * <li>{@code evacuate}: one line per old bucket actually evacuated (a bucket already evacuated is
 *     silent): live entries moved from the bucket and its overflow chain, how many went to X
 *     (same index) and Y (index + old bucket count; always 0 in a same-size grow, where the
 *     header reads {@code (B=N same-size)}), and the {@code nevacuate} mark after the step.</li>
 * <li>{@code oldbuckets ... dropped}: {@code h.oldbuckets = nil} (the old array becomes garbage;
 *     the GC frees it later), with the old array's allocation size and address; ends with
 *     {@code growth complete}, or {@code by mapclear} when a clear discarded an unfinished growth.</li>
 * </ul>
 */
public final class MapTrace {
    public static final MapTrace OFF = new MapTrace(false, System.err);

    public final boolean enabled;
    public final PrintStream out;

    public MapTrace(boolean enabled, PrintStream out) {
        this.enabled = enabled;
        this.out = out;
    }

    /** Parses a GLASSDEBUG value such as {@code maptrace=1,gctrace=1}; output to stderr. */
    public static MapTrace fromGlassDebug(String glassdebug) {
        if (glassdebug != null) {
            for (String kv : glassdebug.split(",")) {
                String s = kv.trim();
                if (s.startsWith("maptrace=")) {
                    String v = s.substring("maptrace=".length());
                    return new MapTrace(!v.isEmpty() && !v.equals("0"), System.err);
                }
            }
        }
        return OFF;
    }

    /** From the {@code GLASSDEBUG} environment variable. */
    public static MapTrace fromEnv() {
        return fromGlassDebug(System.getenv("GLASSDEBUG"));
    }

    static String hex(long addr) {
        return "0x" + Long.toHexString(addr);
    }
}
