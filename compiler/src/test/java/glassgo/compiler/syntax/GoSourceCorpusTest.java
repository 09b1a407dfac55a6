package glassgo.compiler.syntax;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Parses Go's own sources (Go 1.19 installed under /usr/lib/go-1.19): a set of standard library
 * packages and the compiler test suite's top-level files. Skipped when the directory is missing.
 * Files with type parameters ({@code [T }) and {@code // errorcheck} tests (many are deliberate
 * syntax errors) are left out; a file we reject counts as a failure only if real gofmt accepts it
 * (when gofmt is on the PATH) and our error is not the "generics not supported" one.
 */
class GoSourceCorpusTest {

    static final Path GOROOT = Path.of("/usr/lib/go-1.19");
    static final String[] PACKAGES = {"fmt", "strings", "sort", "strconv", "errors", "bufio", "bytes", "container",
            "encoding/json", "go/ast", "math", "regexp", "text/template", "unicode"};

    @Test
    void parsesGoSources() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(GOROOT.resolve("src")), "Go 1.19 sources not installed");
        List<Path> files = new ArrayList<>();
        for (String p : PACKAGES) {
            Path dir = GOROOT.resolve("src").resolve(p);
            if (!Files.isDirectory(dir)) continue;
            try (Stream<Path> s = Files.walk(dir)) {
                s.filter(f -> f.toString().endsWith(".go") && !f.toString().contains("/testdata/")).sorted().forEach(files::add);
            }
        }
        Path test = GOROOT.resolve("test");
        if (Files.isDirectory(test)) {
            try (Stream<Path> s = Files.list(test)) {
                s.filter(f -> f.toString().endsWith(".go")).sorted().forEach(files::add);
            }
        }
        int tried = 0, ok = 0, skipped = 0;
        List<String> failures = new ArrayList<>();
        long t0 = System.nanoTime();
        int fallbacks0 = Parser.LL_FALLBACKS.get();
        for (Path f : files) {
            byte[] src = Files.readAllBytes(f);
            String text = new String(src, StandardCharsets.ISO_8859_1);
            if (text.contains("[T ") || text.contains("// errorcheck")) {
                skipped++;
                continue;
            }
            tried++;
            try {
                Parser.parse(f.getFileName().toString(), src);
                ok++;
            } catch (SyntaxError e) {
                if (e.getMessage().contains("not supported by glassgo") || !gofmtAccepts(f)) {
                    tried--;
                    skipped++;
                } else {
                    failures.add(f + ":" + e.pos + ": " + e.getMessage());
                }
            }
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        int llFallbacks = Parser.LL_FALLBACKS.get() - fallbacks0;
        System.out.printf("GoSourceCorpusTest: parsed %d/%d files (%.2f%%), %d skipped, %d ms, %d LL fallbacks%n",
                ok, tried, tried == 0 ? 100.0 : 100.0 * ok / tried, skipped, ms, llFallbacks);
        failures.forEach(System.out::println);
        assertEquals(List.of(), failures);
        // SLL prediction must succeed on valid Go (the LL re-parse is for error reporting only);
        // rejected files (generics, gofmt errors) go through LL, the parsed ones must not
        org.junit.jupiter.api.Assertions.assertTrue(llFallbacks <= skipped, "LL fallbacks on valid files: " + llFallbacks);
    }

    /** True if gofmt accepts the file, or gofmt is not available (then the file counts). */
    static boolean gofmtAccepts(Path f) {
        try {
            Process p = new ProcessBuilder("gofmt", "-e", "-l", f.toString()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return true;
            }
            return p.exitValue() == 0;
        } catch (IOException e) {
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }
}
