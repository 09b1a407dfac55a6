package glassgo.vm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #4's acceptance check, end to end through the command line: {@code GLASSDEBUG=maptrace=1
 * glassgo run} of a program inserting 100 distinct int keys into {@code make(map[int]int)} narrates
 * exactly the four doubling growths Go performs (at count 8, 13, 26, 52: overLoadFactor), one line
 * per evacuated old bucket and one per dropped oldbuckets array, on stderr; stdout is untouched.
 */
class MapTraceCliTest {
    static final String PROGRAM = """
            package main

            import "fmt"

            func main() {
            	m := make(map[int]int)
            	for i := 0; i < 100; i++ {
            		m[i] = i * i
            	}
            	fmt.Println(len(m), m[99])
            }
            """;

    record Run(int status, String stdout, String stderr) {}

    static Run glassgo(Path dir, String glassdebug, String file) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "run", file);
        pb.directory(dir.toFile());
        pb.environment().remove("GODEBUG");
        if (glassdebug == null) pb.environment().remove("GLASSDEBUG"); else pb.environment().put("GLASSDEBUG", glassdebug);
        File out = dir.resolve("stdout.txt").toFile(), err = dir.resolve("stderr.txt").toFile();
        pb.redirectOutput(out).redirectError(err);
        int status = pb.start().waitFor();
        return new Run(status, Files.readString(out.toPath(), StandardCharsets.UTF_8), Files.readString(err.toPath(), StandardCharsets.UTF_8));
    }

    @Test
    void hundredIntKeysGrowFourTimesByDoubling(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("grow.go"), PROGRAM);
        Run r = glassgo(dir, "maptrace=1", "grow.go");
        assertEquals(0, r.status, r.stderr);
        assertEquals("100 9801\n", r.stdout);

        Pattern grow = Pattern.compile("^map: grow (0x[0-9a-f]+) B=(\\d+)->(\\d+) (doubling|same-size) count=(\\d+)\\b.*");
        List<String> growths = new ArrayList<>();
        String hmap = null;
        int evacuated = 0, dropped = 0;
        for (String line : r.stderr.split("\n")) {
            if (line.isEmpty()) continue;
            assertTrue(line.startsWith("map: "), "only map narration on stderr: " + line);
            Matcher m = grow.matcher(line);
            if (m.matches()) {
                if (hmap == null) hmap = m.group(1);
                assertEquals(hmap, m.group(1), "every line names the same map: " + line);
                growths.add("B=" + m.group(2) + "->" + m.group(3) + " " + m.group(4) + " count=" + m.group(5));
            } else if (line.startsWith("map: evacuate ")) {
                assertTrue(line.startsWith("map: evacuate " + hmap + " bucket "), line);
                evacuated++;
            } else if (line.startsWith("map: oldbuckets ")) {
                assertTrue(line.startsWith("map: oldbuckets " + hmap + " dropped"), line);
                dropped++;
            } else {
                throw new AssertionError("unexpected narration: " + line);
            }
        }
        assertEquals(List.of("B=0->1 doubling count=8", "B=1->2 doubling count=13",
                "B=2->3 doubling count=26", "B=3->4 doubling count=52"), growths);
        // every old bucket of each growth (1 + 2 + 4 + 8) is evacuated once, each old array dropped once
        assertEquals(15, evacuated);
        assertEquals(4, dropped);
    }

    @Test
    void silentWithoutTheSwitch(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("grow.go"), PROGRAM);
        Run r = glassgo(dir, null, "grow.go");
        assertEquals(0, r.status, r.stderr);
        assertEquals("100 9801\n", r.stdout);
        assertEquals("", r.stderr);
    }
}
