package glassgo.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Escape analysis against real Go: for every {@code testdata/escape/NAME.go}, glassgo's
 * {@code -gcflags='-m -l'} diagnostics must (1) match the {@code // ERROR "regex"} annotations
 * both ways (every regex matches a diagnostic on its line, every diagnostic is on an annotated
 * line and matches one of its regexes) and (2) equal the whole golden {@code NAME.escape} that
 * real Go 1.19 printed ({@code testdata/escape/check.sh}), order and duplicates included. A
 * {@code // skip: reason} line in the first 20 lines skips a file.
 */
class EscapeTestdataTest {
  private static final Pattern SKIP = Pattern.compile("(?:^|\\s)//\\s*skip:\\s*(.*)$");
  private static final Pattern ANNOTATION = Pattern.compile("//\\s*ERROR\\s+(.*)$");
  private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
  private static final Pattern LINE = Pattern.compile("^\\./([^:]+):(\\d+):(\\d+): (.*)$");

  private static Path dir() {
    String d = System.getProperty("glassgo.testdata");
    Path p = d != null ? Paths.get(d) : Paths.get("..", "testdata");
    return p.toAbsolutePath().normalize().resolve("escape");
  }

  @TestFactory
  Stream<DynamicTest> escape() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir())) {
      files.filter(p -> p.getFileName().toString().endsWith(".go")).sorted().forEach(p ->
          tests.add(DynamicTest.dynamicTest(p.getFileName().toString(), p.toUri(), () -> check(p))));
    }
    return tests.stream();
  }

  private static void check(Path goFile) throws Exception {
    List<String> src = Files.readAllLines(goFile, StandardCharsets.UTF_8);
    for (int i = 0; i < Math.min(20, src.size()); i++) {
      Matcher m = SKIP.matcher(src.get(i));
      if (m.find()) Assumptions.abort("skip: " + m.group(1).trim());
    }
    String name = goFile.getFileName().toString();
    String got = Glassgo.escapeDiagnostics(goFile, 1);
    // (1) annotations, both ways
    Map<Integer, List<Pattern>> want = new TreeMap<>();
    for (int i = 0; i < src.size(); i++) {
      Matcher a = ANNOTATION.matcher(src.get(i));
      if (!a.find()) continue;
      Matcher q = QUOTED.matcher(a.group(1));
      while (q.find()) want.computeIfAbsent(i + 1, k -> new ArrayList<>()).add(Pattern.compile(q.group(1).replace("\\\"", "\"")));
    }
    Map<Integer, List<String>> have = new TreeMap<>();
    for (String l : got.split("\n")) {
      Matcher m = LINE.matcher(l);
      if (m.matches() && m.group(1).equals(name)) have.computeIfAbsent(Integer.parseInt(m.group(2)), k -> new ArrayList<>()).add(m.group(4));
    }
    StringBuilder bad = new StringBuilder();
    for (var e : want.entrySet()) {
      for (Pattern rx : e.getValue()) {
        boolean ok = have.getOrDefault(e.getKey(), List.of()).stream().anyMatch(s -> rx.matcher(s).find());
        if (!ok) bad.append(name).append(':').append(e.getKey()).append(": missing diagnostic matching ").append(rx).append('\n');
      }
    }
    for (var e : have.entrySet()) {
      for (String msg : e.getValue()) {
        boolean ok = want.getOrDefault(e.getKey(), List.of()).stream().anyMatch(rx -> rx.matcher(msg).find());
        if (!ok) bad.append(name).append(':').append(e.getKey()).append(": unexpected diagnostic: ").append(msg).append('\n');
      }
    }
    if (bad.length() > 0) fail(bad.toString());
    // (2) the whole output, as real Go printed it
    Path golden = goFile.resolveSibling(name.replaceFirst("\\.go$", ".escape"));
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), got, name + ": whole -m -l output differs from " + golden.getFileName());
  }
}
