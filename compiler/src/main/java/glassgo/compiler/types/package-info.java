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
 * <li>Checker — entry point; StdImporter — loads glassgo/std/&lt;path&gt;/*.go resources;
 *     StdAstCache — their parsed ASTs on disk (below).</li>
 * </ul>
 * Beyond go/types, Info carries locals per function, captured variables per FuncLit, and the
 * address-taken variable set for codegen/escape analysis.
 *
 * <h2>Start-up: std packages are cached and checked lazily</h2>
 * A run imports a dozen std packages (fmt alone pulls ~250 KB of Go source); parsing and checking
 * all of it in a cold JVM was most of glassgo's start-up time. Two measures, both invisible in
 * what a program does:
 * <ul>
 * <li>{@link glassgo.compiler.types.StdAstCache} keeps the parsed ASTs on disk in
 *     {@code AstCodec}'s binary form, keyed by everything a parse depends on (the jars' identity,
 *     or for classes directories a checksum of the sources and parser classes); a stale or broken
 *     entry is never used. Positions are kept exactly, so std file:line in tracebacks and
 *     messages are unchanged.</li>
 * <li>{@link glassgo.compiler.types.StdImporter} checks std packages lazily
 *     ({@code Checker.checkLazily}): types, method signatures and variables are declared as usual,
 *     but a function body is checked only when {@link glassgo.compiler.types.Package#checkBody}
 *     asks for it (codegen does so just before it compiles the function), and constants, plain
 *     functions (their signatures) and variables initialised by an array or struct literal of
 *     constants ({@code Check.staticInitType}: math's tables) are declared on first use, by
 *     {@link glassgo.compiler.types.Obj#type()} when another package or codegen asks.
 *     Such a variable's storage is laid out from its type ({@code Var.storageType}) whether or
 *     not it is declared; it is initialised only if it is declared, and if that happens after
 *     the package's init order was fixed, first in the package's initialisation
 *     ({@link glassgo.compiler.types.Package#lateInits}): it depends on nothing and has no effect
 *     but its value (it allocates nothing), so where it runs, or that it does not run when
 *     nothing can read it, is unobservable. Invariants: (1) init order stays exact, because
 *     {@code Check.initOrder} checks the body of every function it reaches from a package-level
 *     variable's dependencies before it reads that function's dependencies; (2) Info entries of a
 *     body exist before anything reads them: only codegen of that very function reads them
 *     (escape analysis runs on package main only, whose bodies are checked eagerly); closures
 *     are checked with their enclosing body; (3) std is trusted to type-check (an error found in
 *     a lazily checked body is an internal error), and {@code StdPackagesTest} checks every std
 *     body eagerly so a broken std source fails the build; (4) the "imported and not used" check
 *     is skipped for lazily checked packages (uses inside unchecked bodies are not seen).</li>
 * </ul>
 */
package glassgo.compiler.types;
