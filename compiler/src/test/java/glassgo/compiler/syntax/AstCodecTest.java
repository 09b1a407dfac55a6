package glassgo.compiler.syntax;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * AstCodec round trip: every std source (what the codec is used for), encoded and decoded, gives an AST equal field by field (compared by reflection over every node class, so a
 * field added to a node class and not to the codec fails here), with the same sharing of nodes.
 */
class AstCodecTest {

    @Test
    void roundTripsStd() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(Path.of("src/main/resources/glassgo/std"))) {
            s.filter(f -> f.toString().endsWith(".go")).sorted().forEach(files::add);
        }
        assertTrue(files.size() > 50, "found only " + files.size() + " files");
        List<SourceFile> parsed = new ArrayList<>();
        for (Path f : files) {
            parsed.add(Parser.parse(f.getFileName().toString(), Files.readAllBytes(f)));
        }
        byte[] enc = AstCodec.encode(parsed);
        byte[] framed = new byte[enc.length + 3];
        System.arraycopy(enc, 0, framed, 3, enc.length);
        List<SourceFile> back = AstCodec.decode(framed, 3);
        assertEquals(parsed.size(), back.size());
        IdentityHashMap<Object, Object> map = new IdentityHashMap<>();
        for (int i = 0; i < parsed.size(); i++) same(parsed.get(i), back.get(i), map, parsed.get(i).fileName);
    }

    @Test
    void keepsSharedNodesShared() {
        Expr.Ident x = new Expr.Ident(new Pos(3, 4), "x");
        Stmt.Assign a = new Stmt.Assign(new Pos(3, 6), List.of(x), Op.ADD, List.of(x));
        Stmt.Block b = new Stmt.Block(new Pos(2, 1), List.of(a), new Pos(4, 1));
        Decl.Func f = new Decl.Func(new Pos(1, 6), new Pos(1, 1), null, new Expr.Ident(new Pos(1, 6), "f"),
                new Expr.FuncType(new Pos(1, 7), List.of(), List.of()), b);
        SourceFile sf = new SourceFile(new Pos(1, 1), "a.go", new Expr.Ident(new Pos(1, 9), "p"), List.of(), List.of(f));
        SourceFile back = AstCodec.decode(AstCodec.encode(List.of(sf)), 0).get(0);
        Stmt.Assign a2 = (Stmt.Assign) ((Decl.Func) back.decls.get(0)).body.list.get(0);
        assertSame(a2.lhs.get(0), a2.rhs.get(0));
        same(sf, back, new IdentityHashMap<>(), "shared");
    }

    /** A function body (decoded on first use) may share a node of the file that precedes it. */
    @Test
    void bodySharesEarlierNode() {
        Expr.Ident x = new Expr.Ident(new Pos(1, 5), "x");
        Decl.Gen g = new Decl.Gen(new Pos(1, 1), Decl.GenKind.VAR, List.of(new Spec.Value(new Pos(1, 5), List.of(x), new Expr.Ident(new Pos(1, 7), "int"), null, 0)), false);
        Stmt.Block b = new Stmt.Block(new Pos(2, 10), List.of(new Stmt.ExprStmt(new Pos(3, 2), x)), new Pos(4, 1));
        Decl.Func f = new Decl.Func(new Pos(2, 6), new Pos(2, 1), null, new Expr.Ident(new Pos(2, 6), "f"),
                new Expr.FuncType(new Pos(2, 7), List.of(), List.of()), b);
        SourceFile sf = new SourceFile(new Pos(1, 1), "a.go", new Expr.Ident(new Pos(1, 9), "p"), List.of(), List.of(g, f));
        SourceFile back = AstCodec.decode(AstCodec.encode(List.of(sf)), 0).get(0);
        Expr.Ident x2 = ((Spec.Value) ((Decl.Gen) back.decls.get(0)).specs.get(0)).names.get(0);
        assertSame(x2, ((Stmt.ExprStmt) ((Decl.Func) back.decls.get(1)).body.list.get(0)).x);
        same(sf, back, new IdentityHashMap<>(), "outer ref");
    }

    /** A node shared by a body and a later part of the file cannot be encoded (the parser makes none). */
    @Test
    void refusesNodeSharedOutOfBody() {
        Expr.Ident x = new Expr.Ident(new Pos(3, 2), "x");
        Stmt.Block b = new Stmt.Block(new Pos(2, 10), List.of(new Stmt.ExprStmt(new Pos(3, 2), x)), new Pos(4, 1));
        Decl.Func f = new Decl.Func(new Pos(2, 6), new Pos(2, 1), null, new Expr.Ident(new Pos(2, 6), "f"),
                new Expr.FuncType(new Pos(2, 7), List.of(), List.of()), b);
        Decl.Gen g = new Decl.Gen(new Pos(5, 1), Decl.GenKind.VAR, List.of(new Spec.Value(new Pos(5, 5), List.of(x), new Expr.Ident(new Pos(5, 7), "int"), null, 0)), false);
        SourceFile sf = new SourceFile(new Pos(1, 1), "a.go", new Expr.Ident(new Pos(1, 9), "p"), List.of(), List.of(f, g));
        try {
            AstCodec.encode(List.of(sf));
            fail("encoded a node shared out of a function body");
        } catch (IllegalStateException expected) {
        }
    }

    @Test
    void rejectsTruncatedData() {
        SourceFile sf = new SourceFile(new Pos(1, 1), "a.go", new Expr.Ident(new Pos(1, 9), "p"), List.of(), List.of());
        byte[] enc = AstCodec.encode(List.of(sf));
        try {
            AstCodec.decode(Arrays.copyOf(enc, enc.length - 1), 0);
            fail("decoded truncated data");
        } catch (IllegalArgumentException expected) {
        }
    }

    /** Deep equality of decoded against original; map pairs original nodes with decoded ones (sharing must match). */
    private static void same(Object a, Object b, IdentityHashMap<Object, Object> map, String where) {
        if (a == null || b == null) { assertSame(a, b, where); return; }
        if (a instanceof List<?> l) {
            List<?> m = (List<?>) b;
            assertEquals(l.size(), m.size(), where);
            for (int i = 0; i < l.size(); i++) same(l.get(i), m.get(i), map, where + "[" + i + "]");
            return;
        }
        assertSame(a.getClass(), b.getClass(), where);
        if (a instanceof Node) {
            Object prev = map.putIfAbsent(a, b);
            if (prev != null) { assertSame(prev, b, where + ": sharing differs"); return; }
        }
        if (a instanceof String || a instanceof Pos || a instanceof Enum || a instanceof Boolean || a instanceof Integer) {
            assertEquals(a, b, where);
            return;
        }
        if (a instanceof byte[] x) { assertTrue(Arrays.equals(x, (byte[]) b), where); return; }
        if (!(a instanceof Node)) fail(where + ": unexpected field value class " + a.getClass());
        for (Field f : a.getClass().getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers())) continue;
            try {
                f.setAccessible(true);
                Object x = f.get(a), y = f.get(b);
                if (f.getType() == int.class || f.getType() == boolean.class) assertEquals(x, y, where + "." + f.getName());
                else same(x, y, map, where + "." + f.getName() + "@" + ((Node) a).pos());
            } catch (IllegalAccessException e) {
                throw new AssertionError(e);
            }
        }
    }
}
