package glassgo.compiler.escape;

import java.util.Arrays;

/**
 * A parameter's escape tag (Go's {@code leaks}, leaks.go): element 0 is the minimal number of
 * dereferences with which the parameter's value reaches the heap, element 1+i the minimal
 * dereferences with which it reaches result i (i &lt; {@link #NUM_RESULTS}); -1 means "no flow".
 */
public final class Leaks {
    /** Go's numEscResults: flows to results beyond the 7th are recorded as heap flows. */
    public static final int NUM_RESULTS = 7;

    private final int[] l = new int[1 + NUM_RESULTS];

    public Leaks() { Arrays.fill(l, -1); }

    /** A tag where the parameter leaks to the heap with {@code derefs} dereferences. */
    public static Leaks heap(int derefs) { Leaks x = new Leaks(); x.addHeap(derefs); return x; }

    public boolean empty() { for (int v : l) if (v >= 0) return false; return true; }
    public int heap() { return l[0]; }
    public int result(int i) { return l[1 + i]; }
    public void addHeap(int derefs) { add(0, derefs); }
    public void addResult(int i, int derefs) { add(1 + i, derefs); }

    private void add(int i, int derefs) {
        if (derefs > 254) derefs = 254; // Go stores derefs+1 in a uint8
        if (l[i] < 0 || derefs < l[i]) l[i] = derefs;
    }

    /** Drops result flows made redundant by an equal-or-shallower heap flow (leaks.Optimize). */
    public void optimize() {
        int x = heap();
        if (x >= 0) for (int i = 0; i < NUM_RESULTS; i++) if (result(i) >= x) l[1 + i] = -1;
    }

    public Leaks copy() { Leaks c = new Leaks(); System.arraycopy(l, 0, c.l, 0, l.length); return c; }

    @Override public String toString() {
        StringBuilder sb = new StringBuilder("leaks{heap=" + heap());
        for (int i = 0; i < NUM_RESULTS; i++) if (result(i) >= 0) sb.append(" r").append(i).append('=').append(result(i));
        return sb.append('}').toString();
    }
}
