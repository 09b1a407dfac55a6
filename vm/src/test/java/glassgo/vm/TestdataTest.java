package glassgo.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every program of {@code testdata/} through glassgo and compares it with the goldens that
 * real Go 1.19 produced ({@code testdata/regen.sh}, {@code testdata/errors/check.sh}).
 *
 * <ul>
 *   <li>{@code run/NAME.go}: stdin is {@code NAME.in} if it exists (else empty); stdout must equal
 *       {@code NAME.out} byte for byte. If {@code NAME.err}
 *       exists, its first line must equal the first line of stderr and its second line ({@code
 *       exit status N}) the exit status; otherwise the exit status must be 0.
 *   <li>{@code errors/NAME.go}: exit status 2, and the {@code ./NAME.go:L:C: msg} lines on stderr
 *       must match the {@code // ERROR "regex"} annotations both ways: every regex matches an error
 *       on its line, and every error is on an annotated line and matches one of its regexes.
 * </ul>
 *
 * A {@code // skip: reason} line in the first lines of a file aborts that test with the reason.
 * System properties: {@code glassgo.testdata} (the testdata directory, set by the vm pom), {@code
 * glassgo.testdata.filter} (a regex; only cases whose {@code dir/NAME} it finds run — the
 * run-one-case entry point, e.g. {@code -Dglassgo.testdata.filter=run/closure1$}), {@code
 * glassgo.testdata.timeout} (seconds per case, default 10).
 */
class TestdataTest {

  private static final Pattern SKIP = Pattern.compile("(?:^|\\s)//\\s*skip:\\s*(.*)$");
  private static final int SKIP_SCAN_LINES = 20;
  private static final Pattern ANNOTATION = Pattern.compile("//\\s*ERROR\\s+(.*)$");
  private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
  private static final Pattern EXIT_STATUS = Pattern.compile("^exit status (\\d+)$");

  private static Path testdataDir() {
    String dir = System.getProperty("glassgo.testdata");
    Path p = dir != null ? Paths.get(dir) : Paths.get("..", "testdata");
    return p.toAbsolutePath().normalize();
  }

  private static Duration timeout() {
    return Duration.ofSeconds(Long.getLong("glassgo.testdata.timeout", 10L));
  }

  @TestFactory
  Stream<DynamicNode> testdata() throws IOException {
    Path root = testdataDir();
    Pattern filter =
        System.getProperty("glassgo.testdata.filter") == null
            ? null
            : Pattern.compile(System.getProperty("glassgo.testdata.filter"));
    List<DynamicNode> nodes = new ArrayList<>();
    nodes.add(container(root, "run", filter, TestdataTest::checkRun));
    nodes.add(container(root, "run", "run-jit", filter, TestdataTest::checkRunJit));
    nodes.add(container(root, "errors", filter, TestdataTest::checkErrors));
    return nodes.stream();
  }

  private interface Check {
    void check(Path goFile) throws Exception;
  }

  private static DynamicContainer container(Path root, String sub, Pattern filter, Check check)
      throws IOException {
    return container(root, sub, sub, filter, check);
  }

  private static DynamicContainer container(
      Path root, String sub, String label, Pattern filter, Check check) throws IOException {
    Path dir = root.resolve(sub);
    List<DynamicNode> tests = new ArrayList<>();
    if (Files.isDirectory(dir)) {
      try (Stream<Path> files = Files.list(dir)) {
        files
            .filter(p -> p.getFileName().toString().endsWith(".go"))
            .sorted()
            .forEach(
                p -> {
                  String name = stripGo(p);
                  if (filter != null && !filter.matcher(sub + "/" + name).find()) {
                    return;
                  }
                  tests.add(
                      DynamicTest.dynamicTest(
                          name,
                          p.toUri(),
                          () -> {
                            skipIfMarked(p);
                            assertTimeoutPreemptively(
                                timeout(),
                                () -> check.check(p),
                                () -> sub + "/" + name + ".go: timed out (hang?)");
                          }));
                });
      }
    }
    return DynamicContainer.dynamicContainer(label, dir.toUri(), tests.stream());
  }

  private static void skipIfMarked(Path goFile) throws IOException {
    List<String> lines = Files.readAllLines(goFile, StandardCharsets.UTF_8);
    for (int i = 0; i < Math.min(SKIP_SCAN_LINES, lines.size()); i++) {
      Matcher m = SKIP.matcher(lines.get(i));
      if (m.find()) {
        Assumptions.abort("skip: " + m.group(1).trim());
      }
    }
  }

  /** Result of one glassgo run. */
  private record Result(int status, byte[] stdout, String stderr) {}

  private static Result runGlassgo(Path goFile) throws IOException {
    Path inFile = goFile.resolveSibling(stripGo(goFile) + ".in");
    byte[] stdin = Files.exists(inFile) ? Files.readAllBytes(inFile) : new byte[0];
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      status = Glassgo.run(goFile, List.of(), new ByteArrayInputStream(stdin), o, e);
      o.flush();
      e.flush();
    }
    return new Result(status, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
  }

  // ---------------------------------------------------------------- run/

  private static void checkRun(Path goFile) throws IOException {
    String base = stripGo(goFile);
    Path outFile = goFile.resolveSibling(base + ".out");
    Path errFile = goFile.resolveSibling(base + ".err");
    if (!Files.exists(outFile)) {
      fail("missing golden " + outFile.getFileName() + " (run testdata/regen.sh with real Go)");
    }
    byte[] want = Files.readAllBytes(outFile);
    Result r = runGlassgo(goFile);
    String ctx = "run/" + goFile.getFileName();
    if (!java.util.Arrays.equals(want, r.stdout())) {
      fail(
          ctx
              + ": stdout differs from "
              + outFile.getFileName()
              + "\n"
              + diff(new String(want, StandardCharsets.UTF_8),
                  new String(r.stdout(), StandardCharsets.UTF_8))
              + stderrTail(r));
    }
    if (Files.exists(errFile)) {
      List<String> golden = Files.readAllLines(errFile, StandardCharsets.UTF_8);
      if (golden.size() != 2) {
        fail(ctx + ": malformed " + errFile.getFileName() + " (want 2 lines)");
      }
      Matcher m = EXIT_STATUS.matcher(golden.get(1));
      if (!m.matches()) {
        fail(ctx + ": malformed exit status line in " + errFile.getFileName());
      }
      assertEquals(golden.get(0), firstLine(r.stderr()), ctx + ": first line of stderr");
      assertEquals(Integer.parseInt(m.group(1)), r.status(), ctx + ": exit status" + stderrTail(r));
    } else {
      assertEquals(0, r.status(), ctx + ": exit status" + stderrTail(r));
    }
  }

  /**
   * The same check with the JIT compiling every function at its first call ({@code glassgo.jit=2}),
   * so that each program also runs (almost) entirely as JVM bytecode made by vm.interp.Jit.
   */
  private static void checkRunJit(Path goFile) throws IOException {
    String saved = System.getProperty("glassgo.jit");
    System.setProperty("glassgo.jit", "2");
    try {
      checkRun(goFile);
    } finally {
      if (saved == null) {
        System.clearProperty("glassgo.jit");
      } else {
        System.setProperty("glassgo.jit", saved);
      }
    }
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  private static String stderrTail(Result r) {
    if (r.stderr().isEmpty()) {
      return "";
    }
    String s = r.stderr();
    if (s.length() > 2000) {
      s = s.substring(0, 2000) + "\n...";
    }
    return "\n--- stderr (exit status " + r.status() + ") ---\n" + s;
  }

  /** A short, readable line diff: the first differing line with context, and the line counts. */
  static String diff(String want, String got) {
    String[] w = want.split("\n", -1);
    String[] g = got.split("\n", -1);
    int i = 0;
    while (i < w.length && i < g.length && w[i].equals(g[i])) {
      i++;
    }
    StringBuilder sb = new StringBuilder();
    sb.append("first difference at line ").append(i + 1)
        .append(" (want ").append(w.length).append(" lines, got ").append(g.length).append(")\n");
    int from = Math.max(0, i - 3);
    for (int k = from; k < i; k++) {
      sb.append("   ").append(w[k]).append('\n');
    }
    for (int k = i; k < Math.min(w.length, i + 5); k++) {
      sb.append(" - ").append(visible(w[k])).append('\n');
    }
    for (int k = i; k < Math.min(g.length, i + 5); k++) {
      sb.append(" + ").append(visible(g[k])).append('\n');
    }
    return sb.toString();
  }

  private static String visible(String line) {
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < line.length(); k++) {
      char c = line.charAt(k);
      if (c < 0x20 && c != '\t') {
        sb.append(String.format("\\x%02x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  // ---------------------------------------------------------------- errors/

  private static void checkErrors(Path goFile) throws IOException {
    String fileName = goFile.getFileName().toString();
    String ctx = "errors/" + fileName;
    Map<Integer, List<Pattern>> want = annotations(goFile);
    Result r = runGlassgo(goFile);
    Pattern errLine =
        Pattern.compile("^\\./" + Pattern.quote(fileName) + ":(\\d+):(\\d+): (.*)$");
    Map<Integer, List<String>> got = new TreeMap<>();
    for (String line : r.stderr().split("\n")) {
      Matcher m = errLine.matcher(line);
      if (m.find()) {
        got.computeIfAbsent(Integer.parseInt(m.group(1)), k -> new ArrayList<>()).add(m.group(3));
      }
    }
    List<String> problems = new ArrayList<>();
    if (r.status() != 2) {
      problems.add("exit status " + r.status() + ", want 2");
    }
    for (Map.Entry<Integer, List<Pattern>> e : want.entrySet()) {
      List<String> msgs = got.getOrDefault(e.getKey(), List.of());
      for (Pattern p : e.getValue()) {
        if (msgs.stream().noneMatch(msg -> p.matcher(msg).find())) {
          problems.add(
              fileName + ":" + e.getKey() + ": missing error matching \"" + p.pattern()
                  + "\" (got " + msgs + ")");
        }
      }
    }
    for (Map.Entry<Integer, List<String>> e : got.entrySet()) {
      List<Pattern> pats = want.getOrDefault(e.getKey(), List.of());
      for (String msg : e.getValue()) {
        if (pats.stream().noneMatch(p -> p.matcher(msg).find())) {
          problems.add(fileName + ":" + e.getKey() + ": unexpected error: " + msg);
        }
      }
    }
    if (!problems.isEmpty()) {
      fail(ctx + ":\n  " + String.join("\n  ", problems) + stderrTail(r));
    }
  }

  /** Line number to the regexes of its {@code // ERROR "rx" ["rx" ...]} annotation. */
  static Map<Integer, List<Pattern>> annotations(Path goFile) throws IOException {
    Map<Integer, List<Pattern>> want = new TreeMap<>();
    List<String> lines;
    try {
      lines = Files.readAllLines(goFile, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (int i = 0; i < lines.size(); i++) {
      Matcher a = ANNOTATION.matcher(lines.get(i));
      if (!a.find()) {
        continue;
      }
      Matcher q = QUOTED.matcher(a.group(1));
      while (q.find()) {
        String rx = q.group(1).replace("\\\"", "\"");
        want.computeIfAbsent(i + 1, k -> new ArrayList<>()).add(Pattern.compile(rx));
      }
    }
    return want;
  }

  private static String stripGo(Path goFile) {
    String n = goFile.getFileName().toString();
    return n.substring(0, n.length() - 3);
  }
}
