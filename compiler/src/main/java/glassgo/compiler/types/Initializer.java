package glassgo.compiler.types;

import glassgo.compiler.syntax.Expr;
import java.util.List;

/** One package-level initialization {@code lhs = rhs} (go/types.Initializer); lhs has 1 Var or, for {@code a, b = f()}, several. */
public record Initializer(List<Var> lhs, Expr rhs) {}
