package glassgo.compiler.types;

import glassgo.compiler.syntax.Expr;
import glassgo.compiler.syntax.Node;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * go/types.Info: side tables keyed by AST node identity, plus what codegen needs beyond go/types
 * (locals per function, captured variables per closure, address-taken variables).
 */
public final class Info {
    /** Every checked expression (including type expressions and identifiers), with its final type: untyped constants are recorded with the type they were converted to (default type or context type). */
    public final IdentityHashMap<Expr, TypeAndValue> types = new IdentityHashMap<>();
    /** Identifiers that declare an object (and the package name; {@code _} declarations map to their Var/Const too; a type switch binding ident maps to null as in go/types). */
    public final IdentityHashMap<Expr.Ident, Obj> defs = new IdentityHashMap<>();
    /** Identifiers that denote an object. */
    public final IdentityHashMap<Expr.Ident, Obj> uses = new IdentityHashMap<>();
    /** Implicit objects: Spec.Import without rename → PkgName; CaseClause of a type switch with binding → its Var; anonymous parameter Field → Var. */
    public final IdentityHashMap<Node, Obj> implicits = new IdentityHashMap<>();
    /** Selector expressions denoting fields/methods (not qualified identifiers pkg.Name). */
    public final IdentityHashMap<Expr.Selector, Selection> selections = new IdentityHashMap<>();
    /** Scopes of: SourceFile, Decl.Func / Expr.FuncLit (function scope incl. params), Block, If/For/Range/Switch/TypeSwitch (implicit scopes), CaseClause, CommClause. */
    public final IdentityHashMap<Node, Scope> scopes = new IdentityHashMap<>();
    /** Package-level initialization order (same list as Package.initOrder()). */
    public final List<Initializer> initOrder = new ArrayList<>();
    /** For each Decl.Func / Expr.FuncLit: its params, results (named or not; receiver first) and all local variables declared in its body (not those of nested FuncLits), in declaration order. */
    public final IdentityHashMap<Node, List<Var>> locals = new IdentityHashMap<>();
    /** For each Expr.FuncLit: the variables of enclosing functions it references (directly or through nested literals), in first-reference order. */
    public final IdentityHashMap<Expr.FuncLit, List<Var>> captured = new IdentityHashMap<>();
    /** Variables whose address is taken: {@code &x}, {@code &x.f}, {@code x.m()} with pointer receiver on addressable x, slicing an addressable array x[:] (identity set). */
    public final Set<Var> addressTaken = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Func objects for every Decl.Func (including methods and init functions, which are not in any scope). */
    public final IdentityHashMap<Node, Func> funcs = new IdentityHashMap<>();

    public TypeAndValue typeAndValue(Expr e) { return types.get(e); }
    public Type typeOf(Expr e) {
        TypeAndValue tv = types.get(e);
        if (tv != null) return tv.type();
        if (e instanceof Expr.Ident id) {
            Obj o = objectOf(id);
            if (o != null) return o.type();
        }
        return null;
    }
    public Obj objectOf(Expr.Ident id) { Obj o = defs.get(id); return o != null ? o : uses.get(id); }
}
