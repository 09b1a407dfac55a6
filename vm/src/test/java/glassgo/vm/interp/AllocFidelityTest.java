package glassgo.vm.interp;

import glassgo.compiler.code.Program;
import glassgo.compiler.escape.Escapes;
import glassgo.compiler.syntax.Expr;
import glassgo.compiler.syntax.Node;
import glassgo.compiler.syntax.Pos;
import glassgo.compiler.types.Package;
import glassgo.compiler.types.Var;
import glassgo.vm.Glassgo;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Allocation fidelity of codegen and runtime, independent of glassgo's own escape analysis:
 * each {@code testdata/run/alloc_*.go} is compiled with the escape decisions real Go 1.19 made
 * for it ({@code alloc/NAME.m}, its {@code go build -gcflags=-m} output, made by
 * {@code alloc/regen.sh}) and must print Go's output ({@code NAME.out}) -- which consists of
 * runtime.ReadMemStats Mallocs deltas, so the set of heap allocations must be Go's.
 *
 * <p>The decisions are keyed by position, as Go prints them: "moved to heap: x" at the
 * variable's declaration, "... escapes to heap" / "... does not escape" at the site. A site
 * Go reports nothing for is treated as escaping (heap), as is a position with any "escapes"
 * line.
 */
class AllocFidelityTest {
    private static final Pattern LINE = Pattern.compile("^\\./[^:]+:(\\d+):(\\d+): (.*)$");

    /** Go's own escape decisions for one file, from its -m output. */
    static final class GoDecisions implements Escapes {
        final Set<Pos> moved = new HashSet<>(), escapes = new HashSet<>(), stays = new HashSet<>();
        /** "line:expr" of the lines about expressions (a box is reported as its expression, at the call's '(' for arguments). */
        final Set<String> exprEscapes = new HashSet<>(), exprStays = new HashSet<>();

        GoDecisions(List<String> lines) {
            for (String l : lines) {
                Matcher m = LINE.matcher(l);
                if (!m.matches()) continue;
                Pos p = new Pos(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                String msg = m.group(3);
                if (msg.startsWith("moved to heap: ")) moved.add(p);
                else if (msg.endsWith(" escapes to heap")) { escapes.add(p); exprEscapes.add(p.line() + ":" + msg.substring(0, msg.length() - 16)); }
                else if (msg.endsWith(" does not escape")) { stays.add(p); exprStays.add(p.line() + ":" + msg.substring(0, msg.length() - 16)); }
            }
        }

        @Override public boolean movedToHeap(Var v) { return moved.contains(v.pos()); }
        @Override public boolean escapes(Node site) { return escapes.contains(site.pos()) || !stays.contains(site.pos()); }

        /** A variable's box: Go's line naming it on the same line; any other box: the decision at x's position. */
        @Override public boolean boxEscapes(Expr x) {
            while (x instanceof Expr.Paren p) x = p.x;
            if (x instanceof Expr.Ident id) {
                String k = x.pos().line() + ":" + id.name;
                if (exprEscapes.contains(k)) return true;
                if (exprStays.contains(k)) return false;
            }
            return escapes(x);
        }

        /** "... argument" lines are at the call's '('. */
        @Override public boolean variadicEscapes(Expr.Call call) { return escapes(call); }
    }

    private static Path testdata() {
        String dir = System.getProperty("glassgo.testdata");
        return (dir != null ? Paths.get(dir) : Paths.get("..", "testdata")).toAbsolutePath().normalize();
    }

    @TestFactory
    Stream<DynamicTest> allocationsMatchGo() throws IOException {
        Path run = testdata().resolve("run");
        List<Path> files;
        try (Stream<Path> s = Files.list(run)) {
            files = s.filter(p -> p.getFileName().toString().matches("alloc_.*\\.go")).sorted().toList();
        }
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f)));
    }

    private static void check(Path f) throws Exception {
        String name = f.getFileName().toString().replaceFirst("\\.go$", "");
        List<String> m;
        try (InputStream in = AllocFidelityTest.class.getResourceAsStream("/alloc/" + name + ".m")) {
            if (in == null) throw new AssertionError("no alloc/" + name + ".m: run vm/src/test/resources/alloc/regen.sh");
            m = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        GoDecisions go = new GoDecisions(m);
        Function<Package, Escapes> esc = p -> p.path().equals("main") ? go : null;
        Program p = Glassgo.compile(f, esc);
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        Vm vm = new Vm(p, new PrintStream(out, true), new PrintStream(err, true), List.of(name));
        int st = vm.runMain();
        String want = Files.readString(f.resolveSibling(name + ".out"));
        assertEquals(want, out.toString(StandardCharsets.UTF_8), "stderr: " + err.toString(StandardCharsets.UTF_8));
        assertEquals(0, st);
    }
}
