package glassgo.compiler.syntax;

/** Operators, with Go's spelling and binary precedence (0 for unary-only / assignment-only). */
public enum Op {
    OROR("||", 1), ANDAND("&&", 2),
    EQL("==", 3), NEQ("!=", 3), LSS("<", 3), LEQ("<=", 3), GTR(">", 3), GEQ(">=", 3),
    ADD("+", 4), SUB("-", 4), OR("|", 4), XOR("^", 4),
    MUL("*", 5), QUO("/", 5), REM("%", 5), SHL("<<", 5), SHR(">>", 5), AND("&", 5), AND_NOT("&^", 5),
    NOT("!", 0), ARROW("<-", 0), TILDE("~", 0),
    /** plain assignment {@code =} and short variable declaration {@code :=} (AssignStmt only). */
    ASSIGN("=", 0), DEFINE(":=", 0),
    INC("++", 0), DEC("--", 0);

    public final String text;
    public final int prec;

    Op(String text, int prec) { this.text = text; this.prec = prec; }

    @Override public String toString() { return text; }
}
