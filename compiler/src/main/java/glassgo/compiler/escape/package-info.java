/**
 * Escape analysis: a port of Go 1.19's {@code cmd/compile/internal/escape} over glassgo's typed
 * AST, deciding which variables and allocations must live on the heap ({@link
 * glassgo.compiler.escape.Escapes}, obeyed by codegen) and printing the exact
 * {@code go build -gcflags='-m -l'} diagnostics.
 *
 * <h2>Structure (names as in Go)</h2>
 * <ul>
 * <li>{@link glassgo.compiler.escape.EscapeAnalysis} — {@code escape.Funcs}: builds one
 *     {@code Fn} per declared function and function literal, orders them like
 *     {@code ir.VisitFuncsBottomUp} (Tarjan's strongly connected components of the reference
 *     graph, in declaration order; closures join their enclosing function's batch; the package
 *     init function holding global initialisers comes last) and runs a {@code Batch} per
 *     component. {@code StaticValue} (a never-reassigned local initialised with a func literal
 *     or function) makes calls through such locals static.</li>
 * <li>{@code Batch} — escape.go/solve.go: {@code initFunc}, {@code flowClosure} (capture by value
 *     iff never address-taken, never reassigned and ≤ 128 bytes), {@code HeapAllocReason}
 *     (> 10 MiB variables, > 64 KiB implicit allocations, non-constant {@code make} sizes),
 *     {@code walkAll}/{@code walkOne} (LIFO work list, Bellman-Ford-like minimal dereference
 *     counts over incoming edges), {@code outlives}, {@code finish} and {@code paramTag}.</li>
 * <li>{@code Escape} — stmt.go/expr.go/call.go/assign.go: the graph builder. A {@code Hole} is
 *     "evaluate into this location with k dereferences"; {@code addr}/{@code deref}/{@code spill}/
 *     {@code teeHole}/{@code later} are Go's. Go's IR node kinds are recognised on the AST: the
 *     implicit nodes Go's typechecker inserts (OCONVIFACE at assignments, arguments, returns,
 *     sends and literal elements; the {@code ... argument} slice of variadic calls; a method
 *     receiver's implicit {@code &x}/{@code *p}; dereferences through embedded pointers;
 *     {@code OSLICEARR}'s address-of; go/defer wrapper closures with their argument temporaries)
 *     are modelled where Go would have them.</li>
 * <li>{@code Location}, {@code Hole}, {@code Leaks} (parameter tags: heap and result
 *     dereference counts), {@code Note} (-m=2 explanations), {@code IrFmt} (ir/fmt.go's
 *     expression and type printing), {@code StdTags} (tags of imported std functions taken from
 *     real Go, because glassgo's std bodies are substitutes).</li>
 * </ul>
 *
 * <h2>Invariants</h2>
 * <ul>
 * <li>Edge weights (derefs) are ≥ -1; -1 means the address flows. A location whose address
 *     reaches one that outlives it escapes; escaping is monotone and the solver re-enqueues a
 *     location whenever it newly escapes or stops being transient, so {@code walkAll} reaches a
 *     fixed point.</li>
 * <li>A value whose type has no pointers never carries a flow (its hole is the blank location
 *     unless its address is being taken).</li>
 * <li>Anything the analysis has not seen is treated as escaping: {@link
 *     glassgo.compiler.escape.Escapes} answers "heap" for unknown sites, imported functions
 *     without a tag leak their parameters to the heap — the safe direction.</li>
 * <li>Diagnostics are produced in Go's generation order (with {@code -m} Go flushes every line
 *     at once, so nothing is sorted): per batch, -m=2 explanations as the solver finds them,
 *     then parameter tags of every function of the batch, then one line per location in
 *     creation order (declared variables first, then allocation sites in walk order).</li>
 * </ul>
 *
 * <p>glassgo does not inline, so only Go's {@code -m -l} output is reproduced; the CLI refuses
 * {@code -m} without {@code -l}.
 */
package glassgo.compiler.escape;
