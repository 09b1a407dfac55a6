package glassgo.compiler.syntax;

/**
 * Every AST node. {@link #pos()} follows the conventions of Go's own compiler
 * ({@code cmd/compile/internal/syntax}), because error messages and {@code -m} diagnostics report
 * these positions: a binary expression is at its operator, a call at its {@code (}, a selector at
 * its {@code .}, an index or slice expression at its {@code [}, a composite literal at its
 * {@code {}, an assignment at its operator, a statement at its keyword. Each node's Javadoc says
 * where its pos is. Nodes have identity semantics: the checker keys its side tables by identity.
 */
public sealed interface Node permits Expr, Stmt, Decl, Spec, Field, CaseClause, CommClause, SourceFile {
    Pos pos();
}
