/**
 * glassgo.compiler.types — a go/types-style type checker over glassgo's AST.
 *
 * <p>Mirrors go/types' API (Type/Basic/Named/…, Obj/Var/Const/TypeName/Func/…, Scope, Package,
 * Info with IdentityHashMap side tables) and cmd/compile/internal/types2's error wording and
 * positions (types2 runs with CompilerErrorMessages, so e.g. "imported and not used: \"os\"",
 * "undefined: x"; errors are reported at syntax.StartPos of the node, sorted, max 10).
 *
 * <p>Files, one concern each, as go/types:
 * <ul>
 * <li>Universe — predeclared types, constants, nil, builtins, package unsafe.</li>
 * <li>Scope, Package, Obj and subclasses — objects and scopes.</li>
 * <li>Type and its classes, TypeStrings — types and their go/types string forms.</li>
 * <li>ConstValue, Constants — exact constant arithmetic (go/constant): BigInteger ints, exact
 *     rationals for floats (integral values normalize to ints, as go/constant), rounding only on
 *     conversion to float32/float64.</li>
 * <li>Predicates — identity, comparability, default types. Lookup — field/method lookup by
 *     embedding depth, ambiguity, interface satisfaction. Sizes — amd64 sizes for unsafe.</li>
 * <li>Check — the walker: resolver (package objects, imports), decls (lazy objDecl with cycle
 *     detection, invalid recursive types), typexpr, exprs (untyped operands, updateExprType so
 *     Info.types holds final types), calls/conversions/builtins, assignments, stmts, labels,
 *     termination ("missing return"), init order. Kept in one class because the sections share
 *     walker state; section banners name the go/types file they follow.</li>
 * <li>ExprString — syntax.String short form used in messages.</li>
 * <li>Checker — entry point; StdImporter — loads glassgo/std/&lt;path&gt;/*.go resources.</li>
 * </ul>
 * Beyond go/types, Info carries locals per function, captured variables per FuncLit, and the
 * address-taken variable set for codegen/escape analysis.
 */
package glassgo.compiler.types;
