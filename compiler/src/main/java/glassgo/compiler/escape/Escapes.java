package glassgo.compiler.escape;

import glassgo.compiler.syntax.Node;
import glassgo.compiler.types.Var;

/**
 * The result of escape analysis that codegen obeys: for each local variable whether it is
 * "moved to heap", and for each allocation site (new(T), &T{...}, slice/map literals, make,
 * func literals that capture, []byte/[]rune/string conversions, interface conversions that box,
 * method values, variadic argument slices) whether the allocation escapes. A non-escaping
 * variable or allocation lives in the goroutine's flat-memory stack frame; an escaping one goes
 * through mallocgc.
 *
 * <p>Invariant: a pointer to a stack location is never stored anywhere the analysis cannot see
 * (heap, globals, another goroutine) — only this goroutine's registers and stack hold it, which
 * is what lets stack growth adjust every such pointer.
 */
public interface Escapes {
    /** true if local variable v must live on the heap ("moved to heap: v"). */
    boolean movedToHeap(Var v);

    /** true if the allocation made by the expression at {@code site} must be on the heap. */
    boolean escapes(Node site);

    /**
     * What glassgo did before escape analysis existed: every address-taken or captured variable
     * and every allocation goes to the heap. Used only where no analysis result is available.
     */
    static Escapes everythingEscapes(java.util.function.Predicate<Var> addressTakenOrCaptured) {
        return new Escapes() {
            @Override public boolean movedToHeap(Var v) { return addressTakenOrCaptured.test(v); }
            @Override public boolean escapes(Node site) { return true; }
        };
    }
}
