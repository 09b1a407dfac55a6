package glassgo.compiler.escape;

import glassgo.compiler.syntax.Expr;
import glassgo.compiler.syntax.Node;
import glassgo.compiler.syntax.Stmt;
import glassgo.compiler.types.Func;
import glassgo.compiler.types.Signature;
import glassgo.compiler.types.Var;

import java.util.ArrayList;
import java.util.List;

/** One function being analysed: a declared function/method or a function literal (ir.Func). */
final class Fn {
    static final int UNKNOWN = 0, PLANNED = 1, STARTED = 2, TAGGED = 3;

    /** Decl.Func, Expr.FuncLit, or null for the package init function. */
    final Node decl;
    final Func obj;
    final Signature sig;
    final Fn outer;
    /** Go's name: f, (*T).M, T.M, f.func1, f.func1.1, init. */
    final String name;
    final String file;
    final Stmt.Block body;
    /** Receiver (if any), params, results, locals in declaration order (fn.Dcl). */
    final List<Var> dcl = new ArrayList<>();
    /** Receiver first, then parameters (RecvsParams order); unnamed ones included. */
    final List<Var> params = new ArrayList<>();
    final List<Var> results = new ArrayList<>();
    /** For function literals: captured variables (ClosureVars). */
    final List<Var> closureVars = new ArrayList<>();
    final List<Fn> closures = new ArrayList<>();
    /** Positions of closure variables that differ from their variable's (go/defer wrapper temporaries). */
    final java.util.IdentityHashMap<Var, glassgo.compiler.syntax.Pos> cvPos = new java.util.IdentityHashMap<>();
    int closureCount;
    /** Autotmps the typechecker created so far (RewriteNonNameCall / RewriteMultiValueCall). */
    int tmpCount;
    int esc = UNKNOWN;
    boolean closureCalled;
    /** Tags computed by finish: receiver+params order, null entries for scalars. */
    Leaks[] tags;

    Fn(Node decl, Func obj, Signature sig, Fn outer, String name, String file, Stmt.Block body) {
        this.decl = decl; this.obj = obj; this.sig = sig; this.outer = outer; this.name = name; this.file = file; this.body = body;
    }

    boolean isClosure() { return decl instanceof Expr.FuncLit; }

    /**
     * Entries of Go's fn.Dcl among {@link #dcl} declared before pos (all when pos is null): a
     * blank local ({@code _ := ...}, {@code for _, v := range}) is ir.BlankNode, not declared;
     * blank parameters and results are.
     */
    int dclCount(glassgo.compiler.syntax.Pos pos) {
        int n = 0;
        for (Var v : dcl) {
            if (pos != null && v.pos().compareTo(pos) >= 0) continue;
            if (v.name().equals("_") && !params.contains(v) && !results.contains(v)) continue;
            n++;
        }
        return n;
    }

    /** containsClosure(f, c): c is a closure nested (at any depth) inside f. */
    static boolean containsClosure(Fn f, Fn c) {
        if (f == c) return false;
        for (Fn o = c.outer; o != null; o = o.outer) if (o == f) return true;
        return false;
    }

    @Override public String toString() { return name; }
}
