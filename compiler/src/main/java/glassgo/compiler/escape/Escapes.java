package glassgo.compiler.escape;

import glassgo.compiler.syntax.Expr;
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
 * <p>Sites: {@link #escapes(Node)} is asked with the node that allocates: {@code new(T)} /
 * {@code make(...)} / conversions {@code T(x)} (the Call), {@code &T{...}} (the Unary {@code &}),
 * an elided {@code {...}} of pointer element type inside a literal (that CompositeLit), slice and
 * map literals (the CompositeLit), func literals (the FuncLit), method values {@code x.M} (the
 * Selector), string concatenation (the outermost Binary {@code +}), an explicit conversion to an
 * interface (the Call), and the implicit closure of {@code go}/{@code defer} (the Go/Defer
 * statement). Implicit interface conversions are asked with {@link #boxEscapes(Expr)}, the
 * implicit {@code ...} slice of a variadic call with {@link #variadicEscapes(Expr.Call)}.
 * Anything the analysis did not see answers "escapes" (heap), which is always safe.
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

    /** true if the box of the implicit interface conversion of {@code converted} must be on the heap. */
    default boolean boxEscapes(Expr converted) { return true; }

    /** true if the implicit {@code ...} slice of variadic call {@code call} must be on the heap. */
    default boolean variadicEscapes(Expr.Call call) { return true; }

    /**
     * true if closures capture v by value (small, never reassigned, address never taken); false
     * means by reference (the closure holds v's address — v is then on the heap iff
     * {@link #movedToHeap}).
     */
    default boolean capturedByValue(Var v) { return false; }

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
