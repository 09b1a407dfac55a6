package glassgo.vm.interp;

import glassgo.compiler.code.Program;
import glassgo.compiler.escape.Escapes;
import glassgo.compiler.syntax.Node;
import glassgo.compiler.types.Package;
import glassgo.compiler.types.Var;
import glassgo.vm.Glassgo;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Goroutine stacks: growth by copying with pointer adjustment, deep recursion, the overflow
 * fatal error. Programs whose escape decisions matter are compiled with "nothing escapes"
 * for package main (valid for them: no pointer reaches the heap or a global), so their
 * variables, closures, boxes and buffers live in frame memory and every growth must adjust
 * pointers in registers, in frame memory, in closure contexts and in defer records.
 * Expected outputs come from real Go 1.19.
 */
class StackGrowthTest {

    /** Everything in package main stays on the stack. */
    static final Function<Package, Escapes> NOTHING_ESCAPES_IN_MAIN = p -> !p.path().equals("main") ? null : new Escapes() {
        @Override public boolean movedToHeap(Var v) { return false; }
        @Override public boolean escapes(Node site) { return false; }
        @Override public boolean boxEscapes(glassgo.compiler.syntax.Expr x) { return false; }
        @Override public boolean variadicEscapes(glassgo.compiler.syntax.Expr.Call c) { return false; }
    };

    record Run(int status, String out, String err, Vm vm) {}

    static Path resource(String name) throws IOException {
        Path dir = Files.createTempDirectory("glassgo-stack");
        Path f = dir.resolve(name.substring(name.lastIndexOf('/') + 1));
        try (InputStream in = StackGrowthTest.class.getResourceAsStream("/stack/" + name)) {
            Files.copy(in, f);
        }
        return f;
    }

    static Path source(String name, String text) throws IOException {
        Path f = Files.createTempDirectory("glassgo-stack").resolve(name);
        Files.writeString(f, text);
        return f;
    }

    static Run run(Path file, Function<Package, Escapes> escapes) throws Exception {
        Program p = Glassgo.compile(file, escapes);
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        Vm vm = new Vm(p, new PrintStream(out, true), new PrintStream(err, true), List.of("prog"));
        int st = vm.runMain();
        return new Run(st, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), vm);
    }

    static String expected(String name) throws IOException {
        try (InputStream in = StackGrowthTest.class.getResourceAsStream("/stack/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void pointersToStackObjectsSurviveGrowth() throws Exception {
        Path f = resource("pointers.go");
        Run stack = run(f, NOTHING_ESCAPES_IN_MAIN);
        // println writes to stderr
        assertEquals(expected("pointers.out"), stack.err);
        assertEquals(0, stack.status);
        // the program grew its 2 KiB stack to several MiB: every growth moved x, y, s, k, the
        // closures, the tmpBufs and the deferred closure
        Run heap = run(f, null);
        assertEquals(expected("pointers.out"), heap.err);
        long stackMallocs = stack.vm.heap.readMemStats().Mallocs, heapMallocs = heap.vm.heap.readMemStats().Mallocs;
        assertTrue(stackMallocs + 10 <= heapMallocs, "stack run: " + stackMallocs + " mallocs, heap run: " + heapMallocs);
    }

    /**
     * Growth while a closure is being called through a func value: the closure object (on the
     * stack, it does not escape) is the context of the frame being pushed, which is not on the
     * call stack yet when the stack moves. Compiled with glassgo's escape analysis.
     */
    @Test
    void contextOfFramePushedDuringGrowth() throws Exception {
        Run r = run(resource("closurearg.go"), Glassgo::analyzeEscapes);
        assertEquals(expected("closurearg.out"), r.err);
        assertEquals(0, r.status);
    }

    /** A map that does not escape (hmap and bucket in frame memory) and its iterator survive growth. */
    @Test
    void stackMapAndIteratorSurviveGrowth() throws Exception {
        Run r = run(resource("stackmap.go"), Glassgo::analyzeEscapes);
        assertEquals(expected("stackmap.out"), r.err);
        assertEquals(0, r.status);
        // the hmap and bucket are on the stack; only ranging allocates (createOverflow: mapextra
        // and its overflow slice, for buckets without pointers), as in Go
        assertEquals(2, r.vm.heap.readMemStats().Mallocs - baselineMallocs());
    }

    /** Mallocs of an empty program (runtime start-up). */
    static long baselineMallocs() throws Exception {
        return run(source("empty.go", "package main\n\nfunc main() {}\n"), null).vm.heap.readMemStats().Mallocs;
    }

    @Test
    void stackStartsAt2KiBAndDoubles() throws Exception {
        Path f = source("grow.go", """
                package main

                func f(n int) int {
                	if n == 0 {
                		return 0
                	}
                	return f(n-1) + 1
                }

                func main() {
                	println(f(10))
                	println(f(5000))
                }
                """);
        Program p = Glassgo.compile(f, null);
        Vm vm = new Vm(p, new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()), List.of("prog"));
        Goroutine g = vm.newGoroutine(1);
        assertEquals(2048, g.stackHi - g.stackLo);
        long before = vm.heap.readMemStats().StackInuse;
        vm.growStack(g, 64);
        assertEquals(4096, g.stackHi - g.stackLo);
        vm.growStack(g, 9000);  // doubled again while the frame and the guard would not fit
        assertEquals(16384, g.stackHi - g.stackLo);
        assertTrue(vm.heap.readMemStats().StackInuse >= before);
    }

    @Test
    void millionDeepRecursion() throws Exception {
        Path f = source("deep.go", """
                package main

                func f(n int) int {
                	if n == 0 {
                		return 0
                	}
                	return f(n-1) + 1
                }

                func main() {
                	println(f(1000000))
                }
                """);
        long t0 = System.nanoTime();
        Run r = run(f, null);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals("1000000\n", r.err);
        assertEquals(0, r.status);
        System.out.println("StackGrowthTest.millionDeepRecursion: " + ms + " ms");
    }

    @Test
    void overflowIsGosFatalError() throws Exception {
        Path f = source("overflow.go", """
                package main

                func f(n int) int {
                	var a [1000]int
                	a[n%1000] = n
                	return f(n+1) + a[3]
                }

                func main() {
                	println(f(0))
                }
                """);
        Run r = run(f, null);
        assertEquals(2, r.status);
        String[] lines = r.err.split("\n");
        assertEquals("runtime: goroutine stack exceeds 1000000000-byte limit", lines[0]);
        assertTrue(lines[1].matches("runtime: sp=0x[0-9a-f]+ stack=\\[0x[0-9a-f]+, 0x[0-9a-f]+\\]"), lines[1]);
        assertEquals("fatal error: stack overflow", lines[2]);
        // the stack that could not double was 512 MiB, as in Go
        String[] b = lines[1].replaceAll(".*\\[0x([0-9a-f]+), 0x([0-9a-f]+)\\]", "$1 $2").split(" ");
        assertEquals(512L << 20, Long.parseLong(b[1], 16) - Long.parseLong(b[0], 16));
    }
}
