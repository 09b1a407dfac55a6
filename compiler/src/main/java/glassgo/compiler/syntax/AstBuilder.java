package glassgo.compiler.syntax;

import glassgo.grammar.GoLexer;
import glassgo.grammar.GoParser.*;
import glassgo.grammar.support.SemicolonInserter;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.tree.TerminalNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the {@link SourceFile} AST from the ANTLR parse tree. This is the only class that sees
 * ANTLR parse trees (used only by {@link Parser}).
 *
 * <p>Besides the mechanical translation it does the work Go's parser does while parsing and the
 * grammar cannot (it has no actions): grouping parameter names ({@code a, b int}), re-associating
 * {@code <-chan T} written in expressions, splitting if/for/switch headers into init/cond/post,
 * recognising type switch guards, range clauses and select communications, and reporting the
 * related errors in Go's words (missing condition, {@code cannot use ... as value},
 * {@code expression in go must be function call}, generics...). Positions follow the
 * conventions documented on each AST class (see {@link Node}).
 */
final class AstBuilder {

    private final String fileName;
    private final TokenStream tokens;
    /** Type switch guards {@code x.(type)} not (yet) claimed by a switch header. */
    private final Map<Expr.TypeAssert, Boolean> guards = new IdentityHashMap<>();

    AstBuilder(String fileName, TokenStream tokens) {
        this.fileName = fileName;
        this.tokens = tokens;
    }

    // ------------------------------------------------------------------ helpers

    static Pos pos(Token t) {
        return new Pos(t.getLine(), t.getCharPositionInLine() + 1);
    }

    static Pos pos(TerminalNode n) {
        return pos(n.getSymbol());
    }

    static Pos pos(ParserRuleContext c) {
        return pos(c.getStart());
    }

    static SyntaxError error(Pos p, String msg) {
        return new SyntaxError(p, msg);
    }

    /** The token text as a Java string: the bytes (one char each) decoded as UTF-8. */
    static String utf8(String latin1) {
        for (int i = 0; i < latin1.length(); i++) {
            if (latin1.charAt(i) >= 0x80) {
                return new String(latin1.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
            }
        }
        return latin1;
    }

    static Expr.Ident ident(Token t) {
        return new Expr.Ident(pos(t), utf8(t.getText()));
    }

    static Expr.Ident ident(TerminalNode n) {
        return ident(n.getSymbol());
    }

    private Token tokenAfter(ParserRuleContext c) {
        int i = c.getStop().getTokenIndex() + 1;
        while (i < tokens.size() && tokens.get(i).getChannel() != Token.DEFAULT_CHANNEL) i++;
        return tokens.get(Math.min(i, tokens.size() - 1));
    }

    // ------------------------------------------------------------------ file and declarations

    SourceFile sourceFile(SourceFileContext c) {
        PackageClauseContext pc = c.packageClause();
        Expr.Ident pkg = ident(pc.IDENT());
        List<Spec.Import> imports = new ArrayList<>();
        List<Decl> decls = new ArrayList<>();
        boolean other = false;
        for (TopLevelDeclContext d : c.topLevelDecl()) {
            if (d.importDecl() != null) {
                if (other) { // Go 1.19 reports a late import like any stray statement
                    throw error(pos(d), "syntax error: non-declaration statement outside function body");
                }
                Decl.Gen g = importDecl(d.importDecl());
                for (Spec s : g.specs) imports.add((Spec.Import) s);
                decls.add(g);
            } else if (d.declaration() != null) {
                other = true;
                decls.add(declaration(d.declaration()));
            } else {
                other = true;
                decls.add(functionDecl(d.functionDecl()));
            }
        }
        if (!guards.isEmpty()) {
            Expr.TypeAssert first = null;
            for (Expr.TypeAssert t : guards.keySet()) if (first == null || t.pos.compareTo(first.pos) < 0) first = t;
            throw error(startPos(first.x), "invalid AST: use of .(type) outside type switch");
        }
        return new SourceFile(pos(pc.PACKAGE()), fileName, pkg,
                Collections.unmodifiableList(imports), Collections.unmodifiableList(decls));
    }

    private Decl.Gen importDecl(ImportDeclContext c) {
        List<Spec> specs = new ArrayList<>();
        for (ImportSpecContext s : c.importSpec()) {
            Expr.Ident name = null;
            if (s.DOT() != null) name = new Expr.Ident(pos(s.DOT()), ".");
            else if (s.IDENT() != null) name = ident(s.IDENT());
            Token lit = s.stringLit().getStart();
            String path = unquote(utf8(lit.getText()));
            specs.add(new Spec.Import(pos(lit), name, path));
        }
        return new Decl.Gen(pos(c.IMPORT()), Decl.GenKind.IMPORT, List.copyOf(specs), c.L_PAREN() != null);
    }

    private Decl.Gen declaration(DeclarationContext c) {
        List<Spec> specs = new ArrayList<>();
        if (c.constDecl() != null) {
            ConstDeclContext d = c.constDecl();
            int iota = 0;
            for (ConstSpecContext s : d.constSpec()) {
                List<Expr.Ident> names = identList(s.identifierList());
                Expr type = s.type_() == null ? null : type(s.type_());
                List<Expr> values = s.expressionList() == null ? List.of() : exprList(s.expressionList());
                if (type != null && values.isEmpty() || iota == 0 && values.isEmpty()) {
                    throw error(names.get(0).pos, "missing init expr for " + names.get(0).name);
                }
                specs.add(new Spec.Value(names.get(0).pos, names, type, values, iota++));
            }
            return new Decl.Gen(pos(d.CONST()), Decl.GenKind.CONST, List.copyOf(specs), d.L_PAREN() != null);
        }
        if (c.varDecl() != null) {
            VarDeclContext d = c.varDecl();
            int iota = 0;
            for (VarSpecContext s : d.varSpec()) {
                List<Expr.Ident> names = identList(s.identifierList());
                Expr type = s.type_() == null ? null : type(s.type_());
                List<Expr> values = s.expressionList() == null ? List.of() : exprList(s.expressionList());
                specs.add(new Spec.Value(names.get(0).pos, names, type, values, iota++));
            }
            return new Decl.Gen(pos(d.VAR()), Decl.GenKind.VAR, List.copyOf(specs), d.L_PAREN() != null);
        }
        TypeDeclContext d = c.typeDecl();
        for (TypeSpecContext s : d.typeSpec()) {
            if (s.typeParameters() != null) {
                throw error(pos(s.typeParameters()), "syntax error: generic type declarations (type parameters) are not supported by glassgo");
            }
            specs.add(new Spec.Type(pos(s.IDENT()), ident(s.IDENT()), s.ASSIGN() != null, type(s.type_())));
        }
        return new Decl.Gen(pos(d.TYPE()), Decl.GenKind.TYPE, List.copyOf(specs), d.L_PAREN() != null);
    }

    private Decl.Func functionDecl(FunctionDeclContext c) {
        if (c.typeParameters() != null) {
            throw error(pos(c.typeParameters()), "syntax error: generic functions (type parameters) are not supported by glassgo");
        }
        Field recv = null;
        if (c.receiver != null) {
            List<Field> rs = parameters(c.receiver);
            int n = 0;
            for (Field f : rs) n += Math.max(1, f.names.size());
            if (n == 0) throw error(pos(c.receiver), "method has no receiver");
            if (n > 1) throw error(pos(c.receiver), "method has multiple receivers");
            recv = rs.get(0);
        }
        Expr.Ident name = ident(c.IDENT());
        Expr.FuncType type = signature(c.signature(), pos(c.signature()));
        Stmt.Block body = c.block() == null ? null : block(c.block());
        return new Decl.Func(name.pos, pos(c.FUNC()), recv, name, type, body);
    }

    private static List<Expr.Ident> identList(IdentifierListContext c) {
        List<Expr.Ident> l = new ArrayList<>();
        for (TerminalNode n : c.IDENT()) l.add(ident(n));
        return List.copyOf(l);
    }

    // ------------------------------------------------------------------ types

    /** Type literals currently open (see {@link Parser#MAX_NESTING}). */
    private int typeDepth;
    /** else-if links of the if chain being built (see {@link Parser#MAX_ELSE_IF}). */
    private int elseIfDepth;

    Expr type(Type_Context c) {
        if (c.typeName() != null) return typeName(c.typeName());
        if (++typeDepth > Parser.MAX_NESTING) {
            throw error(pos(c), "syntax error: types nested more than " + Parser.MAX_NESTING + " deep are not supported by glassgo");
        }
        try {
            return typeNested(c);
        } finally {
            typeDepth--;
        }
    }

    private Expr typeNested(Type_Context c) {
        if (c.typeLit() != null) {
            Expr t = typeLit(c.typeLit());
            if (t instanceof Expr.ArrayType at && at.len instanceof Expr.Dots) {
                throw error(at.pos, "invalid use of [...] array (outside a composite literal)");
            }
            return t;
        }
        return new Expr.Paren(pos(c.L_PAREN()), type(c.type_()));
    }

    private static Expr typeName(TypeNameContext c) {
        if (c.typeArgs() != null) {
            throw error(pos(c.typeArgs()), "syntax error: generic type instantiation (type arguments) is not supported by glassgo");
        }
        Expr.Ident x = ident(c.IDENT(0));
        if (c.DOT() == null) return x;
        return new Expr.Selector(pos(c.DOT()), x, ident(c.IDENT(1)));
    }

    private Expr typeLit(TypeLitContext c) {
        if (c.arrayType() != null) return arrayType(c.arrayType());
        if (c.sliceType() != null) return sliceType(c.sliceType());
        if (c.structType() != null) return structType(c.structType());
        if (c.pointerType() != null) return new Expr.Star(pos(c.pointerType()), type(c.pointerType().type_()));
        if (c.functionType() != null) return signature(c.functionType().signature(), pos(c.functionType()));
        if (c.interfaceType() != null) return interfaceType(c.interfaceType());
        if (c.mapType() != null) return mapType(c.mapType());
        ChannelTypeContext ch = c.channelType();
        Expr.ChanDir dir = ch.getStart().getType() == GoLexer.ARROW ? Expr.ChanDir.RECV
                : ch.ARROW() != null ? Expr.ChanDir.SEND : Expr.ChanDir.BOTH;
        return new Expr.ChanType(pos(ch), dir, type(ch.type_()));
    }

    private Expr arrayType(ArrayTypeContext c) {
        Expr len = c.ELLIPSIS() != null ? new Expr.Dots(pos(c.ELLIPSIS()), null) : expr(c.expression());
        return new Expr.ArrayType(pos(c), len, type(c.type_()));
    }

    private Expr sliceType(SliceTypeContext c) {
        return new Expr.ArrayType(pos(c), null, type(c.type_()));
    }

    private Expr mapType(MapTypeContext c) {
        return new Expr.MapType(pos(c), type(c.type_(0)), type(c.type_(1)));
    }

    private Expr structType(StructTypeContext c) {
        List<Field> fields = new ArrayList<>();
        for (FieldDeclContext f : c.fieldDecl()) {
            Expr.BasicLit tag = f.tag == null ? null : basicLit(f.tag.getStart());
            if (f.identifierList() != null) {
                List<Expr.Ident> names = identList(f.identifierList());
                fields.add(new Field(names.get(0).pos, names, type(f.type_()), tag));
            } else {
                EmbeddedFieldContext e = f.embeddedField();
                Expr t = typeName(e.typeName());
                if (e.STAR() != null) t = new Expr.Star(pos(e.STAR()), t);
                fields.add(new Field(t.pos(), List.of(), t, tag));
            }
        }
        return new Expr.StructType(pos(c), List.copyOf(fields));
    }

    private Expr interfaceType(InterfaceTypeContext c) {
        List<Field> methods = new ArrayList<>();
        for (InterfaceElemContext e : c.interfaceElem()) {
            if (e instanceof MethodElemContext m) {
                Expr.Ident name = ident(m.IDENT());
                methods.add(new Field(name.pos, List.of(name), signature(m.signature(), pos(m.signature())), null));
            } else if (e instanceof EmbeddedElemContext em) {
                Expr t = typeName(em.typeName());
                methods.add(new Field(t.pos(), List.of(), t, null));
            } else {
                throw error(pos(e), "syntax error: type constraints (~T, A|B, non-interface embedded types) are not supported by glassgo");
            }
        }
        return new Expr.InterfaceType(pos(c), List.copyOf(methods));
    }

    private Expr.FuncType signature(SignatureContext c, Pos p) {
        List<Field> params = parameters(c.parameters());
        List<Field> results = List.of();
        ResultContext r = c.result();
        if (r != null) {
            if (r.parameters() != null) {
                results = parameters(r.parameters());
            } else {
                Expr t = type(r.type_());
                results = List.of(new Field(t.pos(), List.of(), t, null));
            }
        }
        return new Expr.FuncType(p, params, results);
    }

    /** Go's paramList: "a, b int, c string" is three decls; names are grouped onto the next type. */
    private List<Field> parameters(ParametersContext c) {
        List<ParameterDeclContext> decls = c.parameterDecl();
        boolean named = false;
        for (ParameterDeclContext d : decls) if (d.IDENT() != null) { named = true; break; }
        List<Field> out = new ArrayList<>();
        if (!named) {
            for (ParameterDeclContext d : decls) {
                Expr t = paramType(d);
                out.add(new Field(t.pos(), List.of(), t, null));
            }
            return List.copyOf(out);
        }
        List<Expr.Ident> pending = new ArrayList<>();
        for (ParameterDeclContext d : decls) {
            if (d.IDENT() == null) {
                Expr t = type(d.type_());
                if (d.ELLIPSIS() != null || !(t instanceof Expr.Ident id)) {
                    throw error(pos(d), "syntax error: mixed named and unnamed parameters");
                }
                pending.add(id);
                continue;
            }
            pending.add(ident(d.IDENT()));
            List<Expr.Ident> names = List.copyOf(pending);
            pending.clear();
            out.add(new Field(names.get(0).pos, names, paramType(d), null));
        }
        if (!pending.isEmpty()) {
            throw error(pending.get(0).pos, "syntax error: mixed named and unnamed parameters");
        }
        return List.copyOf(out);
    }

    /** The position of the first token of an expression (Go's syntax.StartPos). */
    static Pos startPos(Expr e) {
        while (true) {
            if (e instanceof Expr.Binary b) e = b.x;
            else if (e instanceof Expr.Call c) e = c.fun;
            else if (e instanceof Expr.Selector s) e = s.x;
            else if (e instanceof Expr.Index i) e = i.x;
            else if (e instanceof Expr.Slice s) e = s.x;
            else if (e instanceof Expr.TypeAssert t) e = t.x;
            else if (e instanceof Expr.KeyValue kv) e = kv.key;
            else if (e instanceof Expr.CompositeLit c && c.type != null) e = c.type;
            else return e.pos();
        }
    }

    private Expr paramType(ParameterDeclContext d) {
        Expr t = type(d.type_());
        if (d.ELLIPSIS() != null) return new Expr.Dots(pos(d.ELLIPSIS()), t);
        return t;
    }

    // ------------------------------------------------------------------ statements

    Stmt.Block block(BlockContext c) {
        return new Stmt.Block(pos(c.L_CURLY()), statementList(c.statementList()), pos(c.R_CURLY()));
    }

    private List<Stmt> statementList(StatementListContext c) {
        List<StatementContext> ss = c.statement();
        List<Stmt> out = new ArrayList<>(ss.size());
        for (StatementContext s : ss) out.add(statement(s));
        return Collections.unmodifiableList(out);
    }

    private Stmt statement(StatementContext c) {
        if (c instanceof SimpleStatementContext s) return simpleStmt(s.simpleStmt());
        if (c instanceof DeclStmtContext d) {
            Decl.Gen g = declaration(d.declaration());
            return new Stmt.DeclStmt(g.pos, g);
        }
        if (c instanceof LabeledStmtContext l) {
            Expr.Ident label = ident(l.IDENT());
            Stmt s = l.statement() != null ? statement(l.statement()) : new Stmt.Empty(pos(tokenAfter(l)));
            return new Stmt.Labeled(label.pos, label, s);
        }
        if (c instanceof GoStmtContext g) return new Stmt.Go(pos(g.GO()), callStmt(expr(g.expression()), "go"));
        if (c instanceof DeferStmtContext d) return new Stmt.Defer(pos(d.DEFER()), callStmt(expr(d.expression()), "defer"));
        if (c instanceof ReturnStmtContext r) {
            return new Stmt.Return(pos(r.RETURN()), r.expressionList() == null ? List.of() : exprList(r.expressionList()));
        }
        if (c instanceof BreakStmtContext b) {
            return new Stmt.Branch(pos(b.BREAK()), Stmt.BranchKind.BREAK, b.IDENT() == null ? null : ident(b.IDENT()));
        }
        if (c instanceof ContinueStmtContext b) {
            return new Stmt.Branch(pos(b.CONTINUE()), Stmt.BranchKind.CONTINUE, b.IDENT() == null ? null : ident(b.IDENT()));
        }
        if (c instanceof GotoStmtContext b) return new Stmt.Branch(pos(b.GOTO()), Stmt.BranchKind.GOTO, ident(b.IDENT()));
        if (c instanceof FallthroughStmtContext b) return new Stmt.Branch(pos(b.FALLTHROUGH()), Stmt.BranchKind.FALLTHROUGH, null);
        if (c instanceof BlockStmtContext b) return block(b.block());
        if (c instanceof IfStatementContext i) return ifStmt(i.ifStmt());
        if (c instanceof SwitchStatementContext s) return switchStmt(s.switchStmt());
        if (c instanceof SelectStatementContext s) return selectStmt(s.selectStmt());
        if (c instanceof ForStatementContext f) return forStmt(f.forStmt());
        throw new IllegalStateException("unknown statement " + c.getClass().getSimpleName());
    }

    private static Expr callStmt(Expr x, String kw) {
        if (x instanceof Expr.Paren) throw error(x.pos(), "expression in " + kw + " must not be parenthesized");
        if (!(x instanceof Expr.Call)) throw error(x.pos(), "expression in " + kw + " must be function call");
        return x;
    }

    private static Op assignOp(Token t) {
        switch (t.getType()) {
            case GoLexer.ASSIGN: return Op.ASSIGN;
            case GoLexer.DEFINE: return Op.DEFINE;
            case GoLexer.ADD_ASSIGN: return Op.ADD;
            case GoLexer.SUB_ASSIGN: return Op.SUB;
            case GoLexer.MUL_ASSIGN: return Op.MUL;
            case GoLexer.QUO_ASSIGN: return Op.QUO;
            case GoLexer.REM_ASSIGN: return Op.REM;
            case GoLexer.AND_ASSIGN: return Op.AND;
            case GoLexer.OR_ASSIGN: return Op.OR;
            case GoLexer.XOR_ASSIGN: return Op.XOR;
            case GoLexer.SHL_ASSIGN: return Op.SHL;
            case GoLexer.SHR_ASSIGN: return Op.SHR;
            case GoLexer.AND_NOT_ASSIGN: return Op.AND_NOT;
            default: throw new IllegalStateException(t.getText());
        }
    }

    /** A range clause of a for header (not a statement of its own in the AST). */
    private record RangeClause(Pos pos, List<Expr> lhs, Op op, Expr x) {}

    private Stmt simpleStmt(SimpleStmtContext c) {
        List<Expr> lhs = exprList(c.lhs);
        Token after = c.assignOp() != null ? c.assignOp().getStart() : c.incDec != null ? c.incDec : c.ARROW() != null ? c.ARROW().getSymbol() : null;
        return simple(lhs, after, c.send == null ? null : expr(c.send), c.rhs == null ? null : exprList(c.rhs), c);
    }

    private Stmt simple(List<Expr> lhs, Token op, Expr send, List<Expr> rhs, ParserRuleContext c) {
        if (op == null) {
            if (lhs.size() > 1) {
                Token t = tokenAfter(c);
                throw error(pos(t), "syntax error: unexpected " + SyntaxErrors.describe(t) + ", expecting := or = or comma");
            }
            return new Stmt.ExprStmt(lhs.get(0).pos(), lhs.get(0));
        }
        int type = op.getType();
        if (type == GoLexer.ARROW || type == GoLexer.INC || type == GoLexer.DEC) {
            if (lhs.size() > 1) {
                throw error(pos(op), "syntax error: unexpected " + SyntaxErrors.describe(op) + ", expecting := or = or comma");
            }
            if (type == GoLexer.ARROW) return new Stmt.Send(pos(op), lhs.get(0), send);
            return new Stmt.IncDec(pos(op), lhs.get(0), type == GoLexer.INC ? Op.INC : Op.DEC);
        }
        Op o = assignOp(op);
        if ((o != Op.ASSIGN && o != Op.DEFINE) && (lhs.size() > 1 || rhs.size() > 1)) {
            throw error(pos(op), "syntax error: unexpected " + op.getText() + ", expecting := or = or comma");
        }
        if (o == Op.DEFINE) {
            for (Expr e : lhs) {
                if (!(e instanceof Expr.Ident)) {
                    throw error(startPos(e), "non-name " + ExprPrinter.print(e) + " on left side of :=");
                }
            }
        }
        return new Stmt.Assign(pos(op), lhs, o, rhs);
    }

    /** A header statement: a Stmt, a RangeClause, or null. */
    private Object simpleStmtNB(SimpleStmtNBContext c) {
        if (c == null) return null;
        if (c.lhs == null) return new RangeClause(pos(c.RANGE()), List.of(), null, exprNB(c.range));
        List<Expr> lhs = exprListNB(c.lhs);
        if (c.RANGE() != null) {
            Op o = assignOp(c.assignOp().getStart());
            if (o != Op.ASSIGN && o != Op.DEFINE || lhs.size() > 2) {
                throw error(pos(c.RANGE()), "syntax error: unexpected range, expecting expression");
            }
            return new RangeClause(pos(c.RANGE()), lhs, o, exprNB(c.range));
        }
        Token op = c.assignOp() != null ? c.assignOp().getStart() : c.incDec != null ? c.incDec : c.ARROW() != null ? c.ARROW().getSymbol() : null;
        return simple(lhs, op, c.send == null ? null : exprNB(c.send), c.rhs == null ? null : exprListNB(c.rhs), c);
    }

    private static Stmt noRange(Object o) {
        if (o instanceof RangeClause r) throw error(r.pos, "syntax error: unexpected range, expecting expression");
        return (Stmt) o;
    }

    /** Go's header(): the condition must be an expression. */
    private static Expr condition(Stmt s) {
        if (s instanceof Stmt.ExprStmt e) return e.x;
        String str;
        if (s instanceof Stmt.Assign a && a.op == Op.ASSIGN) {
            str = "assignment (" + ExprPrinter.print(a.lhs) + ") = (" + ExprPrinter.print(a.rhs) + ")";
        } else {
            str = ExprPrinter.print(s);
        }
        throw error(s.pos(), "syntax error: cannot use " + str + " as value");
    }

    private Stmt ifStmt(IfStmtContext c) {
        Pos p = pos(c.IF());
        Stmt init = noRange(simpleStmtNB(c.init));
        Expr cond;
        if (c.SEMI() == null) {
            if (init == null) throw error(pos(c.block(0)), "syntax error: missing condition in if statement");
            cond = condition(init);
            init = null;
        } else {
            Stmt cs = noRange(simpleStmtNB(c.cond));
            if (cs == null) {
                Token semi = c.SEMI().getSymbol();
                if (SemicolonInserter.isInserted(semi)) {
                    throw error(pos(semi), "syntax error: unexpected " + semi.getText() + ", expecting { after if clause");
                }
                throw error(pos(semi), "syntax error: missing condition in if statement");
            }
            cond = condition(cs);
        }
        Stmt.Block then = block(c.block(0));
        Stmt els = null;
        if (c.ifStmt() != null) {
            if (++elseIfDepth > Parser.MAX_ELSE_IF) {
                throw error(pos(c.ifStmt()), "syntax error: if-else chains longer than " + Parser.MAX_ELSE_IF + " are not supported by glassgo");
            }
            try {
                els = ifStmt(c.ifStmt());
            } finally {
                elseIfDepth--;
            }
        } else if (c.block().size() > 1) els = block(c.block(1));
        return new Stmt.If(p, init, cond, then, els);
    }

    private Stmt switchStmt(SwitchStmtContext c) {
        Pos p = pos(c.SWITCH());
        Stmt init = noRange(simpleStmtNB(c.init));
        Stmt tag;
        if (c.SEMI() == null) {
            tag = init;
            init = null;
        } else {
            tag = noRange(simpleStmtNB(c.tag));
        }
        List<CaseClause> clauses = new ArrayList<>();
        for (CaseClauseContext cc : c.caseClause()) {
            List<Expr> list = cc.CASE() != null ? exprList(cc.expressionList()) : null;
            clauses.add(new CaseClause(pos(cc.getStart()), list, statementList(cc.statementList()), pos(cc.COLON())));
        }
        Pos rbrace = pos(c.R_CURLY());
        if (tag instanceof Stmt.ExprStmt e && e.x instanceof Expr.TypeAssert ta && ta.type == null) {
            guards.remove(ta);
            return new Stmt.TypeSwitch(p, init, null, ta.x, List.copyOf(clauses), rbrace);
        }
        if (tag instanceof Stmt.Assign a && a.op == Op.DEFINE && a.lhs.size() == 1 && a.rhs.size() == 1
                && a.rhs.get(0) instanceof Expr.TypeAssert ta && ta.type == null) {
            guards.remove(ta);
            return new Stmt.TypeSwitch(p, init, (Expr.Ident) a.lhs.get(0), ta.x, List.copyOf(clauses), rbrace);
        }
        Expr x = tag == null ? null : condition(tag);
        return new Stmt.Switch(p, init, x, List.copyOf(clauses), rbrace);
    }

    private Stmt selectStmt(SelectStmtContext c) {
        List<CommClause> clauses = new ArrayList<>();
        for (CommClauseContext cc : c.commClause()) {
            Stmt comm = null;
            if (cc.CASE() != null) {
                comm = simpleStmt(cc.simpleStmt());
                boolean ok = comm instanceof Stmt.Send
                        || comm instanceof Stmt.ExprStmt e && isRecv(e.x)
                        || comm instanceof Stmt.Assign a && (a.op == Op.ASSIGN || a.op == Op.DEFINE) && a.rhs.size() == 1 && isRecv(a.rhs.get(0));
                if (!ok) throw error(comm instanceof Stmt.ExprStmt es ? startPos(es.x) : comm.pos(), "select case must be send or receive (possibly with assignment)");
            }
            clauses.add(new CommClause(pos(cc.getStart()), comm, statementList(cc.statementList()), pos(cc.COLON())));
        }
        return new Stmt.Select(pos(c.SELECT()), List.copyOf(clauses), pos(c.R_CURLY()));
    }

    private static boolean isRecv(Expr x) {
        while (x instanceof Expr.Paren p) x = p.x;
        return x instanceof Expr.Unary u && u.op == Op.ARROW;
    }

    private Stmt forStmt(ForStmtContext c) {
        Pos p = pos(c.FOR());
        Object init = simpleStmtNB(c.init);
        if (c.SEMI().isEmpty()) {
            Stmt.Block body = block(c.block());
            if (init == null) return new Stmt.For(p, null, null, null, body);
            if (init instanceof RangeClause r) {
                Expr k = r.lhs.size() > 0 ? r.lhs.get(0) : null;
                Expr v = r.lhs.size() > 1 ? r.lhs.get(1) : null;
                if (r.op == Op.DEFINE) {
                    for (Expr e : r.lhs) {
                        if (!(e instanceof Expr.Ident)) throw error(e.pos(), "non-name " + ExprPrinter.print(e) + " on left side of :=");
                    }
                }
                return new Stmt.Range(p, r.pos, k, v, r.op, r.x, body);
            }
            return new Stmt.For(p, null, condition((Stmt) init), null, body);
        }
        if (init instanceof RangeClause) {
            Token semi = c.SEMI(0).getSymbol();
            throw error(pos(semi), "syntax error: unexpected " + SyntaxErrors.describe(semi) + ", expecting { after for clause");
        }
        Stmt in = (Stmt) init;
        Expr cond = c.cond == null ? null : exprNB(c.cond);
        Stmt post = noRange(simpleStmtNB(c.post));
        if (post instanceof Stmt.Assign a && a.op == Op.DEFINE) {
            throw error(a.pos, "syntax error: cannot declare in post statement of for loop");
        }
        return new Stmt.For(p, in, cond, post, block(c.block()));
    }

    // ------------------------------------------------------------------ expressions

    List<Expr> exprList(ExpressionListContext c) {
        List<ExpressionContext> es = c.expression();
        List<Expr> out = new ArrayList<>(es.size());
        for (ExpressionContext e : es) out.add(expr(e));
        return Collections.unmodifiableList(out);
    }

    private List<Expr> exprListNB(ExpressionListNBContext c) {
        List<ExpressionNBContext> es = c.expressionNB();
        List<Expr> out = new ArrayList<>(es.size());
        for (ExpressionNBContext e : es) out.add(exprNB(e));
        return Collections.unmodifiableList(out);
    }

    Expr expr(ExpressionContext c) {
        if (c instanceof PrimaryContext p) return primary(p.primaryExpr());
        if (c instanceof BinaryContext b) return binary(b.op, expr(b.expression(0)), expr(b.expression(1)));
        UnaryContext u = (UnaryContext) c;
        return unary(u.op, expr(u.expression()));
    }

    private Expr exprNB(ExpressionNBContext c) {
        if (c instanceof PrimaryNBContext p) return primaryNB(p.primaryExprNB());
        if (c instanceof BinaryNBContext b) return binary(b.op, exprNB(b.expressionNB(0)), exprNB(b.expressionNB(1)));
        UnaryNBContext u = (UnaryNBContext) c;
        return unary(u.op, exprNB(u.expressionNB()));
    }

    private static Expr binary(Token op, Expr x, Expr y) {
        Op o;
        switch (op.getType()) {
            case GoLexer.STAR: o = Op.MUL; break;
            case GoLexer.DIV: o = Op.QUO; break;
            case GoLexer.MOD: o = Op.REM; break;
            case GoLexer.SHL: o = Op.SHL; break;
            case GoLexer.SHR: o = Op.SHR; break;
            case GoLexer.AMP: o = Op.AND; break;
            case GoLexer.AND_NOT: o = Op.AND_NOT; break;
            case GoLexer.PLUS: o = Op.ADD; break;
            case GoLexer.MINUS: o = Op.SUB; break;
            case GoLexer.PIPE: o = Op.OR; break;
            case GoLexer.CARET: o = Op.XOR; break;
            case GoLexer.EQL: o = Op.EQL; break;
            case GoLexer.NEQ: o = Op.NEQ; break;
            case GoLexer.LESS: o = Op.LSS; break;
            case GoLexer.LEQ: o = Op.LEQ; break;
            case GoLexer.GREATER: o = Op.GTR; break;
            case GoLexer.GEQ: o = Op.GEQ; break;
            case GoLexer.LOGICAL_AND: o = Op.ANDAND; break;
            case GoLexer.LOGICAL_OR: o = Op.OROR; break;
            default: throw new IllegalStateException(op.getText());
        }
        return new Expr.Binary(pos(op), o, x, y);
    }

    private static Expr unary(Token op, Expr x) {
        Pos p = pos(op);
        switch (op.getType()) {
            case GoLexer.STAR: return new Expr.Star(p, x);
            case GoLexer.PLUS: return new Expr.Unary(p, Op.ADD, x);
            case GoLexer.MINUS: return new Expr.Unary(p, Op.SUB, x);
            case GoLexer.NOT: return new Expr.Unary(p, Op.NOT, x);
            case GoLexer.CARET: return new Expr.Unary(p, Op.XOR, x);
            case GoLexer.AMP: return new Expr.Unary(p, Op.AND, x);
            case GoLexer.ARROW: {
                Expr t = x;
                while (t instanceof Expr.Paren pp) t = pp.x; // Go unparens here
                if (t instanceof Expr.ChanType ch) {
                    Expr.ChanType r = recvChan(ch);
                    return new Expr.ChanType(p, r.dir, r.value);
                }
                return new Expr.Unary(p, Op.ARROW, x);
            }
            default: throw new IllegalStateException(op.getText());
        }
    }

    /** Go's re-association of {@code <-chan T} parsed as {@code <-(chan T)}. */
    private static Expr.ChanType recvChan(Expr.ChanType c) {
        switch (c.dir) {
            case RECV:
                throw error(c.pos, "syntax error: unexpected <-, expecting chan");
            case BOTH:
                return new Expr.ChanType(c.pos, Expr.ChanDir.RECV, c.value);
            default: {
                if (!(c.value instanceof Expr.ChanType inner)) {
                    throw error(c.value.pos(), "syntax error: unexpected " + ExprPrinter.print(c.value) + ", expecting chan");
                }
                return new Expr.ChanType(c.pos, Expr.ChanDir.RECV, recvChan(inner));
            }
        }
    }

    private Expr primary(PrimaryExprContext c) {
        if (c instanceof OperandExprContext o) return operand(o.operand());
        if (c instanceof SelectorExprContext s) return new Expr.Selector(pos(s.DOT()), primary(s.primaryExpr()), ident(s.IDENT()));
        if (c instanceof TypeAssertExprContext t) return typeAssert(pos(t.DOT()), primary(t.primaryExpr()), t.type_());
        if (c instanceof IndexExprContext i) return index(primary(i.primaryExpr()), i.index());
        if (c instanceof CallExprContext k) return call(primary(k.primaryExpr()), k.arguments());
        CompositeExprContext cl = (CompositeExprContext) c;
        Expr type = primary(cl.primaryExpr());
        Expr t = type;
        while (t instanceof Expr.Paren pp) t = pp.x;
        if (!(t instanceof Expr.Ident || t instanceof Expr.Selector)) {
            throw error(pos(cl.literalValue()), "syntax error: unexpected { at end of statement");
        }
        if (t != type) throw error(pos(cl.literalValue()), "syntax error: cannot parenthesize type in composite literal");
        return literalValue(cl.literalValue(), type);
    }

    private Expr primaryNB(PrimaryExprNBContext c) {
        if (c instanceof OperandExprNBContext o) return operand(o.operand());
        if (c instanceof SelectorExprNBContext s) return new Expr.Selector(pos(s.DOT()), primaryNB(s.primaryExprNB()), ident(s.IDENT()));
        if (c instanceof TypeAssertExprNBContext t) return typeAssert(pos(t.DOT()), primaryNB(t.primaryExprNB()), t.type_());
        if (c instanceof IndexExprNBContext i) return index(primaryNB(i.primaryExprNB()), i.index());
        CallExprNBContext k = (CallExprNBContext) c;
        return call(primaryNB(k.primaryExprNB()), k.arguments());
    }

    private Expr typeAssert(Pos dot, Expr x, Type_Context t) {
        if (t == null) {
            Expr.TypeAssert ta = new Expr.TypeAssert(dot, x, null);
            guards.put(ta, Boolean.TRUE);
            return ta;
        }
        return new Expr.TypeAssert(dot, x, type(t));
    }

    private Expr index(Expr x, IndexContext c) {
        Pos p = pos(c.L_BRACKET());
        Expr lo = c.lo == null ? null : expr(c.lo);
        if (c.c1 == null) {
            if (lo == null) throw error(pos(c.R_BRACKET()), "syntax error: unexpected ], expecting operand");
            return new Expr.Index(p, x, lo);
        }
        Expr hi = c.hi == null ? null : expr(c.hi);
        if (c.c2 == null) return new Expr.Slice(p, x, lo, hi, null, false);
        if (hi == null) throw error(pos(c.c2), "middle index required in 3-index slice");
        if (c.max == null) throw error(pos(c.R_BRACKET()), "final index required in 3-index slice");
        return new Expr.Slice(p, x, lo, hi, expr(c.max), true);
    }

    private Expr call(Expr fun, ArgumentsContext c) {
        List<Expr> args = new ArrayList<>();
        for (ExpressionContext e : c.expression()) args.add(expr(e));
        return new Expr.Call(pos(c.L_PAREN()), fun, Collections.unmodifiableList(args), c.ELLIPSIS() != null, pos(c.R_PAREN()));
    }

    private Expr operand(OperandContext c) {
        if (c instanceof NameOperandContext n) return ident(n.IDENT());
        if (c instanceof LiteralOperandContext l) return basicLit(l.literal().getStart());
        if (c instanceof ParenOperandContext p) return new Expr.Paren(pos(p.L_PAREN()), expr(p.expression()));
        if (c instanceof FuncOperandContext f) {
            Pos p = pos(f.FUNC());
            Expr.FuncType ft = signature(f.signature(), p);
            if (f.block() == null) return ft;
            return new Expr.FuncLit(p, ft, block(f.block()));
        }
        TypeLitOperandContext t = (TypeLitOperandContext) c;
        TypeOperandContext to = t.typeOperand();
        Expr type;
        if (to.arrayType() != null) type = arrayType(to.arrayType());
        else if (to.sliceType() != null) type = sliceType(to.sliceType());
        else if (to.structType() != null) type = structType(to.structType());
        else if (to.mapType() != null) type = mapType(to.mapType());
        else if (to.interfaceType() != null) type = interfaceType(to.interfaceType());
        else {
            OperandChanTypeContext ch = to.operandChanType();
            type = new Expr.ChanType(pos(ch), ch.ARROW() != null ? Expr.ChanDir.SEND : Expr.ChanDir.BOTH, type(ch.type_()));
        }
        if (t.literalValue() == null) {
            if (type instanceof Expr.ArrayType at && at.len instanceof Expr.Dots) {
                throw error(at.pos, "invalid use of [...] array (outside a composite literal)");
            }
            return type;
        }
        if (type instanceof Expr.InterfaceType || type instanceof Expr.ChanType) {
            throw error(pos(t.literalValue()), "syntax error: unexpected { at end of statement");
        }
        return literalValue(t.literalValue(), type);
    }

    private Expr.CompositeLit literalValue(LiteralValueContext c, Expr type) {
        List<Expr> elts = new ArrayList<>();
        for (KeyedElementContext k : c.keyedElement()) {
            Expr first = element(k.element(0));
            if (k.COLON() != null) elts.add(new Expr.KeyValue(pos(k.COLON()), first, element(k.element(1))));
            else elts.add(first);
        }
        return new Expr.CompositeLit(pos(c.L_CURLY()), type, Collections.unmodifiableList(elts), pos(c.R_CURLY()));
    }

    private Expr element(ElementContext c) {
        if (c.expression() != null) return expr(c.expression());
        return literalValue(c.literalValue(), null);
    }

    static Expr.BasicLit basicLit(Token t) {
        String text = t.getText();
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        Expr.LitKind kind;
        switch (t.getType()) {
            case GoLexer.NUMBER: kind = numberKind(text); break;
            case GoLexer.RUNE_LIT: kind = Expr.LitKind.CHAR; break;
            default: kind = Expr.LitKind.STRING; break;
        }
        return new Expr.BasicLit(pos(t), kind, utf8(text), bytes);
    }

    static Expr.LitKind numberKind(String s) {
        if (s.endsWith("i")) return Expr.LitKind.IMAG;
        if (s.length() > 1 && s.charAt(0) == '0' && (s.charAt(1) == 'x' || s.charAt(1) == 'X')) {
            return s.indexOf('.') >= 0 || s.indexOf('p') >= 0 || s.indexOf('P') >= 0 ? Expr.LitKind.FLOAT : Expr.LitKind.INT;
        }
        if (s.length() > 1 && s.charAt(0) == '0' && "bBoO".indexOf(s.charAt(1)) >= 0) return Expr.LitKind.INT;
        return s.indexOf('.') >= 0 || s.indexOf('e') >= 0 || s.indexOf('E') >= 0 ? Expr.LitKind.FLOAT : Expr.LitKind.INT;
    }

    /** Unquotes an import path literal (interpreted or raw). */
    static String unquote(String lit) {
        if (lit.startsWith("`")) return lit.substring(1, lit.length() - 1);
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i < lit.length() - 1; i++) {
            char c = lit.charAt(i);
            if (c != '\\') { sb.append(c); continue; }
            char e = lit.charAt(++i);
            switch (e) {
                case 'n': sb.append('\n'); break;
                case 't': sb.append('\t'); break;
                case 'x': sb.append((char) Integer.parseInt(lit.substring(i + 1, i + 3), 16)); i += 2; break;
                case 'u': sb.appendCodePoint(Integer.parseInt(lit.substring(i + 1, i + 5), 16)); i += 4; break;
                case 'U': sb.appendCodePoint(Integer.parseInt(lit.substring(i + 1, i + 9), 16)); i += 8; break;
                default: sb.append(e); break;
            }
        }
        return sb.toString();
    }
}
