package glassgo.compiler.escape;

import glassgo.compiler.syntax.Node;

/**
 * An allocation site as codegen sees it: the AST node plus what is allocated there.
 * {@code ALLOC}: the node's own allocation ({@code new}, {@code make}, {@code &T{}}, slice/map
 * literals, func literals, method values, string concatenation, string/slice conversions,
 * explicit conversions to interfaces). {@code BOX}: the implicit conversion of the node (an
 * expression) to an interface. {@code VARIADIC}: the implicit {@code ...} slice of the call node.
 */
public record Site(Kind kind, Node node) {
    public enum Kind { ALLOC, BOX, VARIADIC }

    @Override public boolean equals(Object o) { return o instanceof Site s && s.kind == kind && s.node == node; }
    @Override public int hashCode() { return kind.hashCode() * 31 + System.identityHashCode(node); }
}
