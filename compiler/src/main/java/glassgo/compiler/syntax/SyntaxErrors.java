package glassgo.compiler.syntax;

import glassgo.grammar.GoLexer;
import glassgo.grammar.GoParser;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * Turns the first ANTLR syntax error into a {@link SyntaxError} worded as Go's parser words it
 * ({@code cmd/compile/internal/syntax/parser.go}: {@code syntaxErrorAt}, {@code want},
 * {@code list}, {@code header}, {@code fileOrNil}, {@code stmtList}).
 *
 * <p>Go names the offending token as {@code tokstring} does: names by their text, literals as
 * {@code literal 42}, inserted semicolons as {@code newline} or {@code EOF}, written ones as
 * {@code semicolon}, {@code ,} as {@code comma}. The "expecting" part is derived from the rule
 * ANTLR was in and the tokens it expected, mapped to the message Go's hand-written parser
 * gives in the corresponding place.
 */
final class SyntaxErrors extends BaseErrorListener {

    static final SyntaxErrors INSTANCE = new SyntaxErrors();

    @Override
    public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int charPositionInLine,
                            String antlrMessage, RecognitionException e) {
        GoParser p = (GoParser) recognizer;
        Token tok = (Token) offendingSymbol;
        String msg;
        try {
            msg = message(p, tok, e);
        } catch (RuntimeException bug) { // the heuristics must never hide the error itself
            msg = "syntax error: unexpected " + describe(tok);
        }
        throw new SyntaxError(AstBuilder.pos(tok), msg);
    }

    /** Go's tokstring-style description of a token, as used after "unexpected". */
    static String describe(Token t) {
        switch (t.getType()) {
            case Token.EOF: return "EOF";
            case GoLexer.SEMI: return ";".equals(t.getText()) ? "semicolon" : t.getText();
            case GoLexer.COMMA: return "comma";
            case GoLexer.IDENT: return AstBuilder.utf8(t.getText());
            case GoLexer.NUMBER: case GoLexer.RUNE_LIT: case GoLexer.STRING_LIT: case GoLexer.RAW_STRING_LIT:
                return "literal " + AstBuilder.utf8(t.getText());
            default: return AstBuilder.utf8(t.getText());
        }
    }

    /** How Go names an expected token. */
    static String expectName(int type) {
        switch (type) {
            case GoLexer.COMMA: return "comma";
            case GoLexer.SEMI: return "semicolon or newline";
            case GoLexer.IDENT: return "name";
            case Token.EOF: return "EOF";
            default: {
                String lit = GoLexer.VOCABULARY.getLiteralName(type);
                return lit == null ? GoLexer.VOCABULARY.getDisplayName(type) : lit.substring(1, lit.length() - 1);
            }
        }
    }

    private static Token previous(TokenStream ts, Token t) {
        for (int i = t.getTokenIndex() - 1; i >= 0; i--) {
            Token p = ts.get(i);
            if (p.getChannel() == Token.DEFAULT_CHANNEL) return p;
        }
        return null;
    }

    private static boolean inRule(ParserRuleContext c, int rule) {
        for (; c != null; c = c.getParent()) if (c.getRuleIndex() == rule) return true;
        return false;
    }

    static String message(GoParser p, Token tok, RecognitionException e) {
        ParserRuleContext ctx = p.getContext();
        int rule = ctx.getRuleIndex();
        IntervalSet exp;
        try {
            exp = e != null ? e.getExpectedTokens() : p.getExpectedTokens();
        } catch (RuntimeException ex) {
            exp = new IntervalSet();
        }
        if (exp == null) exp = new IntervalSet();
        String un = "syntax error: unexpected " + describe(tok);
        Token prev = previous(p.getInputStream(), tok);
        int pt = prev == null ? -1 : prev.getType();
        int tt = tok.getType();

        // package clause and top level
        if (rule == GoParser.RULE_packageClause || rule == GoParser.RULE_sourceFile && ((GoParser.SourceFileContext) ctx).packageClause() == null) {
            if (pt != GoLexer.PACKAGE) return "syntax error: package statement must be first";
            return un + ", expecting name";
        }
        if (rule == GoParser.RULE_sourceFile || rule == GoParser.RULE_topLevelDecl) {
            if (pt == GoLexer.SEMI) {
                if (tt == GoLexer.L_CURLY && lastDeclIsBodylessFunc((GoParser.SourceFileContext) (rule == GoParser.RULE_sourceFile ? ctx : ctx.getParent()))) {
                    return "syntax error: unexpected semicolon or newline before {";
                }
                return "syntax error: non-declaration statement outside function body";
            }
            GoParser.SourceFileContext sf = (GoParser.SourceFileContext) (rule == GoParser.RULE_sourceFile ? ctx : ctx.getParent());
            if (sf != null && !sf.topLevelDecl().isEmpty() && sf.topLevelDecl(sf.topLevelDecl().size() - 1).importDecl() != null) {
                return un + ", expecting semicolon or newline"; // Go parses imports in a loop of its own
            }
            return un + " after top level declaration";
        }
        if ((rule == GoParser.RULE_importSpec || rule == GoParser.RULE_stringLit && ctx.getParent() instanceof GoParser.ImportSpecContext) && (tt != GoLexer.STRING_LIT && tt != GoLexer.RAW_STRING_LIT)) {
            if (tt == GoLexer.SEMI || tt == Token.EOF || tt == GoLexer.R_PAREN) return "syntax error: missing import path";
            return "syntax error: import path must be a string";
        }

        if (pt == GoLexer.ELLIPSIS && inRule(ctx, GoParser.RULE_parameterDecl)) return "syntax error: ... is missing type";
        if (exp.size() == 1 && exp.contains(GoLexer.IDENT)) return un + ", expecting name";
        if (rule == GoParser.RULE_index && ((GoParser.IndexContext) ctx).c1 != null) return un + ", expecting ]";

        // if/for/switch headers
        if (pt == GoLexer.ELSE) return "syntax error: else must be followed by if or statement block";
        if ((rule == GoParser.RULE_ifStmt || rule == GoParser.RULE_forStmt || rule == GoParser.RULE_switchStmt)
                && exp.contains(GoLexer.L_CURLY) && !exp.contains(GoLexer.NUMBER)) {
            return un + ", expecting {";
        }
        if (rule == GoParser.RULE_selectStmt && pt == GoLexer.SELECT) return "syntax error: missing { after select clause";
        if (rule == GoParser.RULE_block && ctx.getChildCount() == 0 && tt != GoLexer.L_CURLY) {
            // the opening brace of a block is missing (Go's blockStmt(context))
            ParserRuleContext parent = ctx.getParent();
            int pr = parent == null ? -1 : parent.getRuleIndex();
            if (pr == GoParser.RULE_forStmt) return un + ", expecting { after for clause";
            if (pr == GoParser.RULE_ifStmt) return un + ", expecting { after if clause";
            return un + ", expecting {";
        }
        if (rule == GoParser.RULE_switchStmt && ctx.getToken(GoLexer.L_CURLY, 0) == null && exp.contains(GoLexer.L_CURLY)) {
            return "syntax error: missing { after switch clause";
        }
        if (rule == GoParser.RULE_parameters && ctx.getChildCount() == 0 && tt != GoLexer.L_PAREN) {
            return un + ", expecting (";
        }

        // lists
        String list = null, close = null, sep = "comma";
        switch (rule) {
            case GoParser.RULE_arguments: list = "argument list"; close = ")"; break;
            case GoParser.RULE_literalValue: case GoParser.RULE_keyedElement:
                list = "composite literal"; close = "}"; break;
            case GoParser.RULE_parameters: case GoParser.RULE_parameterDecl:
                list = "parameter list"; close = ")"; break;
            case GoParser.RULE_structType: case GoParser.RULE_fieldDecl:
                list = "struct type"; close = "}"; sep = "semicolon or newline"; break;
            case GoParser.RULE_interfaceType: case GoParser.RULE_interfaceElem:
                list = "interface type"; close = "}"; sep = "semicolon or newline"; break;
            case GoParser.RULE_importDecl: case GoParser.RULE_constDecl: case GoParser.RULE_varDecl: case GoParser.RULE_typeDecl:
                if (ctx.getToken(GoLexer.L_PAREN, 0) != null) { list = "grouped declaration"; close = ")"; sep = "semicolon or newline"; }
                break;
            default: break;
        }
        if (list != null && !(exp.contains(GoLexer.NUMBER) && !exp.contains(GoLexer.COMMA) && !exp.contains(GoLexer.SEMI))) {
            boolean atStart = pt == GoLexer.L_PAREN || pt == GoLexer.L_CURLY || pt == GoLexer.COMMA || pt == GoLexer.SEMI;
            if (atStart) {
                if (tt == Token.EOF) return un + ", expecting " + close;
                if (list.equals("argument list") || list.equals("composite literal")) return un + ", expecting expression";
                if (list.equals("parameter list")) return un + ", expecting )";
            } else {
                return un + " in " + list + "; possibly missing " + sep + " or " + close;
            }
        }

        if ((rule == GoParser.RULE_caseClause || rule == GoParser.RULE_commClause) && exp.contains(GoLexer.COLON)) {
            return un + ", expecting :";
        }

        // statement lists
        boolean stmtCtx = rule == GoParser.RULE_block || rule == GoParser.RULE_statementList
                || rule == GoParser.RULE_caseClause || rule == GoParser.RULE_commClause
                || rule == GoParser.RULE_switchStmt || rule == GoParser.RULE_selectStmt;
        if (stmtCtx && (!exp.contains(GoLexer.NUMBER) || !canStartStatement(tt))
                || rule == GoParser.RULE_statement && tt != Token.EOF && !exp.contains(GoLexer.NUMBER)) {
            if (tt == Token.EOF) return un + ", expecting }";
            boolean atStart = pt == GoLexer.SEMI || pt == GoLexer.L_CURLY || pt == GoLexer.COLON;
            if (rule == GoParser.RULE_switchStmt || rule == GoParser.RULE_selectStmt) {
                return atStart ? un + ", expecting case or default or }" : un + " at end of statement";
            }
            return atStart ? un + ", expecting }" : un + " at end of statement";
        }

        // expressions, types, names
        if (exp.contains(GoLexer.NUMBER) || rule == GoParser.RULE_operand || rule == GoParser.RULE_expression
                || rule == GoParser.RULE_expressionNB || rule == GoParser.RULE_primaryExpr || rule == GoParser.RULE_primaryExprNB) {
            if (rule == GoParser.RULE_index && pt != GoLexer.L_BRACKET && pt != GoLexer.COLON) {
                return un + ", expecting comma, : or ]";
            }
            return un + ", expecting expression";
        }
        if (inRule(ctx, GoParser.RULE_index) && exp.contains(GoLexer.R_BRACKET)) return un + ", expecting comma, : or ]";
        if (exp.contains(GoLexer.IDENT) && exp.contains(GoLexer.STAR) && exp.contains(GoLexer.L_BRACKET)) {
            return un + ", expecting type";
        }
        if (exp.size() == 1) return un + ", expecting " + expectName(exp.getMinElement());
        if (exp.contains(GoLexer.IDENT) && !exp.contains(GoLexer.STAR)) return un + ", expecting name";
        return un;
    }

    /** Tokens with which Go's stmtOrNil can start a statement. */
    static boolean canStartStatement(int t) {
        switch (t) {
            case GoLexer.IDENT: case GoLexer.NUMBER: case GoLexer.RUNE_LIT: case GoLexer.STRING_LIT: case GoLexer.RAW_STRING_LIT:
            case GoLexer.VAR: case GoLexer.CONST: case GoLexer.TYPE: case GoLexer.GO: case GoLexer.DEFER: case GoLexer.RETURN:
            case GoLexer.BREAK: case GoLexer.CONTINUE: case GoLexer.GOTO: case GoLexer.FALLTHROUGH: case GoLexer.IF:
            case GoLexer.SWITCH: case GoLexer.SELECT: case GoLexer.FOR: case GoLexer.FUNC: case GoLexer.STRUCT:
            case GoLexer.MAP: case GoLexer.CHAN: case GoLexer.INTERFACE: case GoLexer.PLUS: case GoLexer.MINUS:
            case GoLexer.NOT: case GoLexer.CARET: case GoLexer.STAR: case GoLexer.AMP: case GoLexer.ARROW:
            case GoLexer.L_PAREN: case GoLexer.L_BRACKET: case GoLexer.L_CURLY: case GoLexer.SEMI:
                return true;
            default:
                return false;
        }
    }

    private static boolean lastDeclIsBodylessFunc(GoParser.SourceFileContext f) {
        if (f == null || f.topLevelDecl().isEmpty()) return false;
        GoParser.TopLevelDeclContext last = f.topLevelDecl(f.topLevelDecl().size() - 1);
        return last.functionDecl() != null && last.functionDecl().block() == null;
    }
}
