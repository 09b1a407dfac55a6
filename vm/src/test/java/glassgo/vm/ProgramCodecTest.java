package glassgo.vm;

import glassgo.compiler.code.Program;
import glassgo.compiler.code.ProgramCodec;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The compiled-program cache's codec: every testdata program that compiles encodes, decodes and
 * re-encodes to the same bytes (so the decoded program has the same functions, constants, type
 * graph with the same sharing, method tables and data), and decoded programs run as Go's goldens
 * say.
 */
class ProgramCodecTest {
    private static List<Path> programs() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("..", "testdata", "run"))) {
            return s.filter(p -> p.toString().endsWith(".go")).sorted().toList();
        }
    }

    @Test
    void everyTestdataProgramRoundTrips() throws Exception {
        int n = 0;
        for (Path f : programs()) {
            Program p;
            try {
                p = Glassgo.compile(f, Glassgo::analyzeEscapes);
            } catch (Glassgo.CompileFailed e) {
                continue;
            }
            byte[] once = ProgramCodec.encode(p);
            byte[] twice = ProgramCodec.encode(ProgramCodec.decode(once, 0));
            assertArrayEquals(once, twice, f.toString());
            n++;
        }
        assertTrue(n > 200, "only " + n + " programs compiled");
    }

    /** A field added to these classes must be added to ProgramCodec (or named here as run-time state). */
    @Test
    void codecKnowsEveryField() {
        assertEquals(java.util.Set.of("id", "name", "file", "code", "lines", "consts", "paramWords", "resultWords", "frameSize",
                "frameMem", "ptrRegs", "memPtrs", "recoverPc", "line", "nativeIndex"), fields(glassgo.compiler.code.FuncProto.class));
        assertEquals(java.util.Set.of("kind", "size", "align", "fieldAlign", "ptrdata", "gcmask", "name", "named", "elem", "key",
                "len", "dir", "fields", "emptyIface", "hash", "addr", "mapTypeCache"), fields(glassgo.runtime.types.RType.class),
                "addr and mapTypeCache are run-time state; the rest is encoded");
        assertEquals(java.util.Set.of("funcs", "types", "natives", "methodIds", "methodNames", "methods", "entry", "errorStringType",
                "plainErrorType", "typeAssertErrorType", "ifaceMethods", "strings", "globalsSize", "globalsPtrmask", "statics", "typeIdx"),
                fields(Program.class), "typeIdx is rebuilt from types");
        assertEquals(java.util.Set.of("name", "type", "offset", "embedded", "exported"), fields(glassgo.runtime.types.StructField.class));
    }

    private static java.util.Set<String> fields(Class<?> c) {
        java.util.Set<String> s = new java.util.HashSet<>();
        for (var f : c.getDeclaredFields()) if (!java.lang.reflect.Modifier.isStatic(f.getModifiers())) s.add(f.getName());
        return s;
    }

    @Test
    void decodedProgramsRunAsGo() throws Exception {
        List<String> failures = new ArrayList<>();
        int n = 0;
        for (Path f : programs()) {
            String name = f.getFileName().toString().replaceFirst("\\.go$", "");
            // a sample across the language: maps, interfaces, closures, structs, panics
            if (!(name.startsWith("map") || name.startsWith("iface") || name.startsWith("closure")
                    || name.startsWith("struct") || name.startsWith("jit_") || name.startsWith("algo_"))) continue;
            Path out = f.resolveSibling(name + ".out"), in = f.resolveSibling(name + ".in");
            if (!Files.exists(out) || Files.exists(in) || Files.exists(f.resolveSibling(name + ".err"))) continue;
            Program p;
            try {
                p = Glassgo.compile(f, Glassgo::analyzeEscapes);
            } catch (Glassgo.CompileFailed e) {
                continue;
            }
            Program q = ProgramCodec.decode(ProgramCodec.encode(p), 0);
            ByteArrayOutputStream o = new ByteArrayOutputStream(), e = new ByteArrayOutputStream();
            int status = Glassgo.run(q, name, List.of(), new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8));
            if (status != 0 || !java.util.Arrays.equals(o.toByteArray(), Files.readAllBytes(out))) failures.add(name + " (status " + status + ")");
            n++;
        }
        assertTrue(n > 30, "only " + n + " programs ran");
        assertEquals(List.of(), failures);
    }
}
