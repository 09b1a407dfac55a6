package glassgo.compiler.syntax;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** AST shapes and positions (cmd/compile's conventions, byte columns) and semicolon insertion. */
class ParserPositionsTest {

    static SourceFile parse(String src) {
        return Parser.parse("x.go", src.getBytes(StandardCharsets.UTF_8));
    }

    /** The statements of the body of the file's first function. */
    static List<Stmt> body(String bodySrc) {
        SourceFile f = parse("package p\n\nfunc f() {\n" + bodySrc + "\n}\n");
        return ((Decl.Func) f.decls.get(0)).body.list;
    }

    static Expr rhs(Stmt s) {
        return ((Stmt.Assign) s).rhs.get(0);
    }

    @Test
    void callAtParenBinaryAtOperatorCompositeAtBrace() {
        List<Stmt> l = body("\tx := foo(1) + T{2}");
        Stmt.Assign a = (Stmt.Assign) l.get(0);
        assertEquals(new Pos(4, 4), a.pos);                 // the :=
        Expr.Binary b = (Expr.Binary) a.rhs.get(0);
        assertEquals(new Pos(4, 14), b.pos);                // the +
        Expr.Call call = (Expr.Call) b.x;
        assertEquals(new Pos(4, 10), call.pos);             // the (
        assertEquals(new Pos(4, 12), call.rparen);
        Expr.CompositeLit lit = (Expr.CompositeLit) b.y;
        assertEquals(new Pos(4, 17), lit.pos);              // the {
        assertEquals(new Pos(4, 16), lit.type.pos());
        assertEquals(new Pos(4, 19), lit.rbrace);
    }

    @Test
    void selectorIndexSliceAssertPositions() {
        Stmt.Assign a = (Stmt.Assign) body("\t_ = a.b[1][2:3:4].(T)").get(0);
        Expr.TypeAssert ta = (Expr.TypeAssert) a.rhs.get(0);
        assertEquals(new Pos(4, 19), ta.pos);               // the .
        Expr.Slice s = (Expr.Slice) ta.x;
        assertEquals(new Pos(4, 12), s.pos);                // the [
        assertTrue(s.slice3);
        Expr.Index i = (Expr.Index) s.x;
        assertEquals(new Pos(4, 9), i.pos);
        Expr.Selector sel = (Expr.Selector) i.x;
        assertEquals(new Pos(4, 7), sel.pos);
        assertEquals("b", sel.sel.name);
    }

    @Test
    void byteColumnsAfterMultiByteCharsAndTabs() {
        // "é" is 2 bytes, "世" is 3: Go counts bytes; a tab counts 1
        List<Stmt> l = body("\t\tx := \"é世\" + y");
        Expr.Binary b = (Expr.Binary) rhs(l.get(0));
        assertEquals(new Pos(4, 3), ((Stmt.Assign) l.get(0)).lhs.get(0).pos());
        assertEquals(new Pos(4, 16), b.pos);
        assertEquals(new Pos(4, 18), b.y.pos());
        Expr.BasicLit s = (Expr.BasicLit) b.x;
        assertEquals("\"é世\"", s.raw);
        assertArrayEquals("\"é世\"".getBytes(StandardCharsets.UTF_8), s.rawBytes);

        List<Stmt> l2 = body("\tvar ünïcode = 1; _ = ünïcode+1");
        Stmt.Assign a2 = (Stmt.Assign) l2.get(1);
        assertEquals("ünïcode", ((Expr.Ident) ((Expr.Binary) a2.rhs.get(0)).x).name);
        assertEquals(new Pos(4, 34), a2.rhs.get(0).pos()); // "ünïcode" is 9 bytes at 25..33
    }

    @Test
    void rawBytesOfStringsAreExact() {
        byte[] src = "package p\nvar s = \"\\xff\u00e9\"\n".getBytes(StandardCharsets.UTF_8);
        SourceFile f = Parser.parse("x.go", src);
        Spec.Value v = (Spec.Value) ((Decl.Gen) f.decls.get(0)).specs.get(0);
        Expr.BasicLit lit = (Expr.BasicLit) v.values.get(0);
        assertArrayEquals("\"\\xffé\"".getBytes(StandardCharsets.UTF_8), lit.rawBytes);
        assertEquals(Expr.LitKind.STRING, lit.kind);
    }

    @Test
    void literalKinds() {
        String[][] cases = {
            {"1_000", "INT"}, {"0x_1F", "INT"}, {"0o17", "INT"}, {"017", "INT"}, {"0b1010", "INT"},
            {"1.5", "FLOAT"}, {".5e-3", "FLOAT"}, {"1e9", "FLOAT"}, {"0x1p-2", "FLOAT"}, {"0x1.8p1", "FLOAT"},
            {"2i", "IMAG"}, {"1.5i", "IMAG"}, {"'a'", "CHAR"}, {"'\\n'", "CHAR"}, {"'\\u00e9'", "CHAR"},
            {"'\\377'", "CHAR"}, {"'\\x41'", "CHAR"}, {"'世'", "CHAR"}, {"`raw\nstr`", "STRING"},
        };
        for (String[] c : cases) {
            SourceFile f = parse("package p\nvar x = " + c[0] + "\n");
            Spec.Value v = (Spec.Value) ((Decl.Gen) f.decls.get(0)).specs.get(0);
            Expr.BasicLit lit = (Expr.BasicLit) v.values.get(0);
            assertEquals(c[1], lit.kind.name(), c[0]);
            assertEquals(c[0], lit.raw);
        }
    }

    @Test
    void semicolonInsertion() {
        // newline after ident, literal, ), ], }, return, ++ ends a statement; after an operator it does not
        List<Stmt> l = body("\tx := 1 +\n\t\t2\n\tx++\n\tf(\n\t\tx,\n\t)\n\treturn");
        assertEquals(4, l.size());
        assertInstanceOf(Stmt.IncDec.class, l.get(1));
        assertInstanceOf(Stmt.Return.class, l.get(3));
        // a multi-line block comment acts as a newline, a one-line one does not
        assertEquals(2, body("\tx := 1 /* a\n b */ y := 2").size());
        assertEquals(1, body("\tx := 1 /* a */ + 2").size());
        // semicolons may be omitted before ) and }
        SourceFile f = parse("package p; import (\"fmt\"; \"os\"); var (a = 1; b = 2); func f() { fmt.Println(os.Args) }");
        assertEquals(2, f.imports.size());
        assertEquals("os", f.imports.get(1).path);
        // no final newline: EOF inserts the semicolon
        assertEquals(1, parse("package p\nvar x = 1").decls.size());
    }

    @Test
    void declarations() {
        SourceFile f = parse("package p\n"
                + "import (\n\tm \"math\"\n\t. \"fmt\"\n\t_ \"os\"\n)\n"
                + "const (\n\tA = iota\n\tB\n\tC int = 5\n)\n"
                + "type (\n\tT struct {\n\t\ta, b int `tag`\n\t\t*U\n\t\tpkg.V\n\t}\n\tAl = T\n)\n"
                + "func (t *T) M(a, b int, c ...string) (n int, err error)\n"
                + "func g(int, string) {}\n");
        assertEquals(".", f.imports.get(1).name.name);
        assertEquals("m", f.imports.get(0).name.name);
        Decl.Gen consts = (Decl.Gen) f.decls.get(1);
        assertTrue(consts.grouped);
        assertEquals(2, ((Spec.Value) consts.specs.get(2)).iota);
        assertTrue(((Spec.Value) consts.specs.get(1)).values.isEmpty());
        Decl.Gen types = (Decl.Gen) f.decls.get(2);
        Expr.StructType st = (Expr.StructType) ((Spec.Type) types.specs.get(0)).type;
        assertEquals(3, st.fields.size());
        assertEquals(2, st.fields.get(0).names.size());
        assertEquals("`tag`", st.fields.get(0).tag.raw);
        assertInstanceOf(Expr.Star.class, st.fields.get(1).type);
        assertInstanceOf(Expr.Selector.class, st.fields.get(2).type);
        assertTrue(((Spec.Type) types.specs.get(1)).alias);
        Decl.Func m = (Decl.Func) f.decls.get(3);
        assertNull(m.body);
        assertEquals(new Pos(20, 13), m.pos);      // the name
        assertEquals(new Pos(20, 1), m.funcPos);
        assertEquals("t", m.recv.names.get(0).name);
        assertEquals(2, m.type.params.size());
        assertEquals(2, m.type.params.get(0).names.size());
        assertInstanceOf(Expr.Dots.class, m.type.params.get(1).type);
        assertEquals(2, m.type.results.size());
        Decl.Func g = (Decl.Func) f.decls.get(4);
        assertEquals(2, g.type.params.size());
        assertTrue(g.type.params.get(0).names.isEmpty());
    }

    @Test
    void statements() {
        List<Stmt> l = body(String.join("\n",
                "L:",
                "\tfor i := 0; i < 3; i++ {",
                "\t\tif i == 1 { continue L } else if i == 2 { break } else { goto L }",
                "\t}",
                "\tfor k, v := range m {}",
                "\tfor range ch {}",
                "\tfor {}",
                "\tswitch x := v.(type) { case int, nil: default: }",
                "\tswitch v.(type) {}",
                "\tswitch x := 1; x { case 1: fallthrough; case 2: }",
                "\tselect { case v, ok := <-ch: case ch <- 1: case <-ch: default: }",
                "\tgo f()",
                "\tdefer func() {}()",
                "\tx += 2",
                "\tvar y int",
                "\tif (T{}) == t {}"));
        Stmt.Labeled lab = (Stmt.Labeled) l.get(0);
        Stmt.For fr = (Stmt.For) lab.stmt;
        assertInstanceOf(Stmt.Assign.class, fr.init);
        assertInstanceOf(Stmt.IncDec.class, fr.post);
        Stmt.If iff = (Stmt.If) fr.body.list.get(0);
        assertInstanceOf(Stmt.If.class, iff.els);
        Stmt.Range r = (Stmt.Range) l.get(1);
        assertEquals(Op.DEFINE, r.op);
        assertEquals("v", ((Expr.Ident) r.value).name);
        Stmt.Range r2 = (Stmt.Range) l.get(2);
        assertNull(r2.key);
        assertNull(r2.op);
        assertInstanceOf(Stmt.For.class, l.get(3));
        Stmt.TypeSwitch ts = (Stmt.TypeSwitch) l.get(4);
        assertEquals("x", ts.bind.name);
        assertEquals("v", ((Expr.Ident) ts.x).name);
        assertEquals(2, ts.clauses.get(0).list.size());
        assertTrue(ts.clauses.get(1).isDefault());
        assertNull(((Stmt.TypeSwitch) l.get(5)).bind);
        Stmt.Switch sw = (Stmt.Switch) l.get(6);
        assertInstanceOf(Stmt.Assign.class, sw.init);
        assertInstanceOf(Stmt.Branch.class, sw.clauses.get(0).body.get(0));
        Stmt.Select sel = (Stmt.Select) l.get(7);
        assertInstanceOf(Stmt.Assign.class, sel.clauses.get(0).comm);
        assertInstanceOf(Stmt.Send.class, sel.clauses.get(1).comm);
        assertInstanceOf(Stmt.ExprStmt.class, sel.clauses.get(2).comm);
        assertTrue(sel.clauses.get(3).isDefault());
        assertInstanceOf(Stmt.Go.class, l.get(8));
        assertInstanceOf(Expr.FuncLit.class, ((Expr.Call) ((Stmt.Defer) l.get(9)).call).fun);
        assertEquals(Op.ADD, ((Stmt.Assign) l.get(10)).op);
        assertInstanceOf(Stmt.DeclStmt.class, l.get(11));
        Stmt.If paren = (Stmt.If) l.get(12);
        assertInstanceOf(Expr.Paren.class, ((Expr.Binary) paren.cond).x);
    }

    @Test
    void typesInExpressions() {
        List<Stmt> l = body(String.join("\n",
                "\ta := []int{1, 2: 3}",
                "\tb := [...]string{\"x\"}",
                "\tc := map[string][]int{\"a\": {1}}",
                "\td := make(chan<- <-chan int)",
                "\te := (<-chan chan int)(nil)",
                "\tf := struct{ x int }{x: 1}",
                "\tg := []*T{{}, &T{}}",
                "\th := <-ch",
                "\ti := interface{}(nil)",
                "\tj := func(int) bool(nil)"));
        Expr.CompositeLit a = (Expr.CompositeLit) rhs(l.get(0));
        assertInstanceOf(Expr.KeyValue.class, a.elts.get(1));
        assertNull(((Expr.ArrayType) a.type).len);
        assertInstanceOf(Expr.Dots.class, ((Expr.ArrayType) ((Expr.CompositeLit) rhs(l.get(1))).type).len);
        Expr.CompositeLit c = (Expr.CompositeLit) rhs(l.get(2));
        assertNull(((Expr.CompositeLit) ((Expr.KeyValue) c.elts.get(0)).value).type);
        Expr.ChanType d = (Expr.ChanType) ((Expr.Call) rhs(l.get(3))).args.get(0);
        assertEquals(Expr.ChanDir.SEND, d.dir);
        assertEquals(Expr.ChanDir.RECV, ((Expr.ChanType) d.value).dir);
        Expr.ChanType e = (Expr.ChanType) ((Expr.Paren) ((Expr.Call) rhs(l.get(4))).fun).x;
        assertEquals(Expr.ChanDir.RECV, e.dir);
        assertEquals(Expr.ChanDir.BOTH, ((Expr.ChanType) e.value).dir);
        assertEquals(new Pos(8, 8), e.pos);
        assertInstanceOf(Expr.StructType.class, ((Expr.CompositeLit) rhs(l.get(5))).type);
        Expr.CompositeLit g = (Expr.CompositeLit) rhs(l.get(6));
        assertNull(((Expr.CompositeLit) g.elts.get(0)).type);
        assertEquals(Op.AND, ((Expr.Unary) g.elts.get(1)).op);
        assertEquals(Op.ARROW, ((Expr.Unary) rhs(l.get(7))).op);
        assertInstanceOf(Expr.InterfaceType.class, ((Expr.Call) rhs(l.get(8))).fun);
        assertInstanceOf(Expr.FuncType.class, ((Expr.Call) rhs(l.get(9))).fun);
    }

    @Test
    void precedence() {
        Expr.Binary b = (Expr.Binary) rhs(body("\tx = a || b && c == d + e * -f").get(0));
        assertEquals(Op.OROR, b.op);
        Expr.Binary and = (Expr.Binary) b.y;
        assertEquals(Op.ANDAND, and.op);
        Expr.Binary eq = (Expr.Binary) and.y;
        assertEquals(Op.EQL, eq.op);
        Expr.Binary add = (Expr.Binary) eq.y;
        assertEquals(Op.ADD, add.op);
        Expr.Binary mul = (Expr.Binary) add.y;
        assertEquals(Op.MUL, mul.op);
        assertEquals(Op.SUB, ((Expr.Unary) mul.y).op);
        Expr.Binary left = (Expr.Binary) rhs(body("\tx = a - b - c &^ d").get(0));
        assertEquals(Op.SUB, left.op);
        assertEquals(Op.SUB, ((Expr.Binary) left.x).op);
        assertEquals(Op.AND_NOT, ((Expr.Binary) left.y).op);
    }
}
