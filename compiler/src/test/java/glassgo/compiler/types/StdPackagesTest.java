package glassgo.compiler.types;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every std package type-checks with every function body checked eagerly (runs check bodies on
 * demand and trust the std sources; this is where a std source that does not type-check is caught).
 */
class StdPackagesTest {

    @Test
    void everyStdPackageChecksWithAllBodies() throws IOException {
        Path root = Path.of("src/main/resources/glassgo/std");
        List<String> paths = new ArrayList<>();
        try (Stream<Path> s = Files.walk(root)) {
            s.filter(Files::isDirectory).forEach(d -> {
                try (Stream<Path> fs = Files.list(d)) {
                    if (fs.anyMatch(f -> f.toString().endsWith(".go"))) paths.add(root.relativize(d).toString().replace('\\', '/'));
                } catch (IOException e) {
                    throw new RuntimeException(e);
                }
            });
        }
        assertTrue(paths.size() > 20, "found only " + paths);
        StdImporter eager = new StdImporter(StdImporter.class.getClassLoader(), true);
        List<String> failures = new ArrayList<>();
        for (String p : paths) {
            try {
                Package pkg = eager.importPackage(p);
                assertEquals(null, pkg.lazy, p + ": bodies left unchecked");
            } catch (Importer.ImportException e) {
                failures.add(p + ": " + e.getMessage());
            }
        }
        assertEquals(List.of(), failures);
    }
}
