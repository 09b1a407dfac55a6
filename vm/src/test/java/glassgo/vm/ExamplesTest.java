package glassgo.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * examples/NAME.go (the user-story programs of docs/user-stories.md): {@code glassgo run} exits 0
 * and prints exactly examples/NAME.out, which examples/regen.sh produced with real Go 1.19.
 */
class ExamplesTest {
    static final Path DIR = Path.of("..", "examples").toAbsolutePath().normalize();

    static List<Path> programs() throws IOException {
        try (Stream<Path> s = Files.list(DIR)) {
            return s.filter(p -> p.toString().endsWith(".go")).sorted().toList();
        }
    }

    @Test
    void everyExampleHasAGoldenAndHelloExists() throws IOException {
        assertTrue(Files.exists(DIR.resolve("hello.go")), "examples/hello.go");
        for (Path p : programs()) {
            Path out = Path.of(p.toString().replaceFirst("\\.go$", ".out"));
            assertTrue(Files.exists(out), "missing golden " + out + " (run examples/regen.sh)");
        }
        assertTrue(programs().size() >= 3, "hello, map_growth, slice_pinning");
    }

    @TestFactory
    Stream<DynamicTest> stdoutMatchesGo() throws IOException {
        return programs().stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
            int status;
            try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                 PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
                status = Glassgo.run(p, List.of(), new ByteArrayInputStream(new byte[0]), o, e);
            }
            assertEquals(0, status, () -> err.toString(StandardCharsets.UTF_8));
            String want = Files.readString(Path.of(p.toString().replaceFirst("\\.go$", ".out")), StandardCharsets.UTF_8);
            assertEquals(want, out.toString(StandardCharsets.UTF_8));
        }));
    }
}
