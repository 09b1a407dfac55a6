package glassgo.compiler.escape;

import glassgo.compiler.syntax.Node;
import glassgo.compiler.syntax.Pos;
import glassgo.compiler.types.Type;
import glassgo.compiler.types.Var;

import java.util.ArrayList;
import java.util.List;

/**
 * An abstract storage location (graph.go's {@code location}): a variable, an allocating
 * expression, a temporary, the heap or the blank (discard) location. {@link #edges} are the
 * <em>incoming</em> assignment edges {@code this = src} with their dereference weights.
 */
final class Location {
    enum Kind { AUTO, PARAM, RESULT, EXPR, TEMP, HEAP, BLANK }

    final Kind kind;
    /** Represented variable (AUTO/PARAM/RESULT) or null. */
    final Var var;
    /** Allocation-site key for EXPR locations (see {@link Site}); null otherwise. */
    final Site site;
    /** What Go's ir fmt prints for the node ("x", "&T{...}", "... argument"). */
    String desc;
    /** When set, desc is Go's printing of this node at report time. */
    glassgo.compiler.syntax.Expr lazyNode;
    final Pos pos;
    /** Type of the node (for HeapAllocReason); may be null. */
    final Type type;
    /** Enclosing function; null for heap/blank. */
    final Fn curfn;
    final List<Edge> edges = new ArrayList<>();
    int loopDepth;
    /** 1 + index for result parameters, 0 otherwise. */
    int resultIndex;

    // Solver state.
    int derefs;
    int walkgen;
    Location dst;
    int dstEdgeIdx;
    boolean queued;
    boolean escapes;
    boolean transient_;
    final Leaks paramEsc = new Leaks();

    boolean captured, reassigned, addrtaken;
    /** A closure variable decided by flowClosure to be captured by value. */
    boolean byval;
    /** Extra reason to force heap allocation (HeapAllocReason), computed when created. */
    String heapReason = "";
    /** The go/defer wrapper closure: never reported. */
    boolean goDeferWrapper;

    Location(Kind kind, Var var, Site site, String desc, Pos pos, Type type, Fn curfn, int loopDepth, boolean transient_) {
        this.kind = kind; this.var = var; this.site = site; this.desc = desc; this.pos = pos; this.type = type;
        this.curfn = curfn; this.loopDepth = loopDepth; this.transient_ = transient_;
    }

    boolean isName() { return kind == Kind.AUTO || kind == Kind.PARAM || kind == Kind.RESULT; }

    Hole asHole() { return new Hole(this, 0, null, false); }

    /** Records that parameter {@code this} flows to {@code sink} with derefs (location.leakTo). */
    void leakTo(Location sink, int derefs) {
        if (!sink.escapes && sink.kind == Kind.RESULT && sink.curfn == curfn) {
            int ri = sink.resultIndex - 1;
            if (ri < Leaks.NUM_RESULTS) { paramEsc.addResult(ri, derefs); return; }
        }
        paramEsc.addHeap(derefs);
    }

    @Override public String toString() { return kind + ":" + desc + "@" + pos; }

    /** An incoming edge: {@code owner = (derefs) src}. */
    record Edge(Location src, int derefs, Note notes) {}
}
