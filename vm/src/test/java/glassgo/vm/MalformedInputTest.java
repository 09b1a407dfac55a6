package glassgo.vm;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The malformed-input fuzzer: glassgo must answer every input — truncated and mutated testdata
 * programs, random bytes, empty files, huge nesting, very long lines, invalid UTF-8, BOMs,
 * generics and unsupported packages — with a Go-style report ({@code # command-line-arguments}
 * then {@code ./X.go:L:C: msg} lines) or a successful compile; never a Java exception, an
 * "internal error", or a hang.
 *
 * <p>The cases are a pure function of a seed ({@link #cases}). JUnit runs a bounded, fixed-seed
 * set in-process (compile only: a mutated program that compiles may loop forever when run).
 * {@code testdata/fuzz/fuzz.sh} drives the same generator through the real command line
 * ({@code main}: {@code gen DIR N SEED} writes the cases as files; {@code check N SEED [SECONDS]}
 * compiles them in-process and prints the failures).
 */
class MalformedInputTest {

  /** What an acceptable compile-error report looks like. */
  static final Pattern REPORT_LINE =
      Pattern.compile("^(\\./X\\.go:\\d+(:\\d+)?: .+|\t.+|runtime\\.main_main·f: function main is undeclared in the main package)$");

  /** What an acceptable package-loading error (the go command's, exit status 1) looks like. */
  static final Pattern LOAD_LINE = Pattern.compile("^\\S*X\\.go:\\d+:\\d+: .+$");

  private static final String[] TOKENS = {
    "(", ")", "[", "]", "{", "}", ",", ";", ".", "...", ":", ":=", "=", "+", "-", "*", "/", "%",
    "&", "|", "^", "<<", ">>", "&^", "+=", "&&", "||", "<-", "++", "--", "==", "!=", "<", "<=",
    ">", ">=", "!", "~", "\n", " ", "\t", "\"", "'", "`", "/*", "*/", "//", "0x", "1e", "0b2",
    "1.5i", "'\\x'", "\"\\u\"", "break", "case", "chan", "const", "continue", "default", "defer",
    "else", "fallthrough", "for", "func", "go", "goto", "if", "import", "interface", "map",
    "package", "range", "return", "select", "struct", "switch", "type", "var", "x", "_", "main",
    "int", "string", "any", "nil", "iota", "true", "T", "[T any]", "[]", "map[", "func()",
    "\u00e9", "\u4e16", "\uFEFF", "\u0000", "\u00ff",
  };

  /** Programs exercising things glassgo does not support (each must be refused clearly). */
  private static final String[] UNSUPPORTED = {
    "package main\nfunc Map[T any](x T) T { return x }\nfunc main() { println(Map(1)) }\n",
    "package main\ntype List[T any] struct { next *List[T]; v T }\nfunc main() { var l List[int]; _ = l }\n",
    "package main\ntype Number interface { ~int | ~float64 }\nfunc main() {}\n",
    "package main\nfunc F[T interface{ ~int }](x T) {}\nfunc main() { F(1) }\n",
    "package main\nfunc main() { var x any = 1; println(x != nil) }\n",
    "package main\nimport \"reflect\"\nfunc main() { println(reflect.TypeOf(1).String()) }\n",
    "package main\nimport \"net/http\"\nfunc main() { _ = http.Get }\n",
    "package main\nimport \"sync\"\nfunc main() { var m sync.Mutex; m.Lock() }\n",
    "package main\nimport \"time\"\nfunc main() { println(time.Now().Unix()) }\n",
    "package main\nimport \"nosuchpkg/x\"\nfunc main() { x.F() }\n",
    "package main\nimport \"C\"\nfunc main() {}\n",
    "package main\nimport \"unsafe\"\nfunc main() { println(unsafe.String(nil, 0)) }\n",
    "package main\nfunc main() { go func() {}(); ch := make(chan int); close(ch) }\n",
    "package main\nfunc main() { select {} }\n",
    "package main\nfunc f[T any, U comparable](t T, u U) {}\nfunc main() { f[int, string](1, \"\") }\n",
    "package main\ntype S[T any] []T\nfunc (s S[T]) Len() int { return len(s) }\nfunc main() {}\n",
    "package main\nfunc main() { var x interface{ comparable } ; _ = x }\n",
  };

  // ---- case generation ----

  record Case(String name, byte[] src) {}

  static Path testdataDir() {
    String dir = System.getProperty("glassgo.testdata");
    Path p = dir != null ? Paths.get(dir) : Paths.get("testdata");
    if (!Files.isDirectory(p)) p = Paths.get("..", "testdata");
    return p.toAbsolutePath().normalize();
  }

  static List<Path> seeds() throws IOException {
    List<Path> out = new ArrayList<>();
    for (String sub : new String[] {"run", "errors"}) {
      try (Stream<Path> s = Files.list(testdataDir().resolve(sub))) {
        s.filter(p -> p.toString().endsWith(".go")).sorted().forEach(out::add);
      }
    }
    return out;
  }

  static byte[] b(String s) { return s.getBytes(StandardCharsets.UTF_8); }

  static String rep(String s, int n) { return s.repeat(n); }

  /**
   * The structured cases (fixed, not random): the edge inputs named in the class comment. {@code
   * full}: every nesting size (499, 500, 501, 999, 1000, 1001, 5000, 100000) and the largest long-line cases;
   * else (JUnit, bounded time) only 499, 501, 1001 and 100000, and smaller long lines.
   */
  static List<Case> fixedCases(boolean full) {
    int big = full ? 1 : 10; // the divisor of the long-line sizes
    List<Case> cs = new ArrayList<>();
    cs.add(new Case("empty", new byte[0]));
    cs.add(new Case("newline", b("\n")));
    cs.add(new Case("bom-only", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}));
    cs.add(new Case("bom-main", b("\uFEFFpackage main\nfunc main() { println(1) }\n")));
    cs.add(new Case("bom-middle", b("package main\nfunc main() { \uFEFFprintln(1) }\n")));
    cs.add(new Case("bom-in-string", b("package main\nfunc main() { println(\"\uFEFF\") }\n")));
    cs.add(new Case("nul", b("package main\nfunc main() { \u0000 }\n")));
    cs.add(new Case("only-package", b("package main")));
    cs.add(new Case("not-main", b("package foo\nfunc main() {}\n")));
    cs.add(new Case("no-main", b("package main\n")));
    cs.add(new Case("package-missing", b("func main() {}\n")));
    byte[] badUtf = b("package main\nfunc main() { println(\"XX\") } // XX\nvar XX = 1\n");
    for (int i = 0; i < badUtf.length; i++) if (badUtf[i] == 'X') badUtf[i] = (byte) (i % 2 == 0 ? 0xC3 : 0xFF);
    cs.add(new Case("invalid-utf8", badUtf));
    cs.add(new Case("invalid-utf8-ident", new byte[] {'p','a','c','k','a','g','e',' ',(byte) 0xC0,(byte) 0x80,'\n'}));
    cs.add(new Case("surrogate", b("package main\nfunc main() { println(\"\\uD800\") }\n")));
    byte[] enc = b("package main\nfunc main() { x := 1 }\n");
    enc[enc.length - 6] = (byte) 0xED;
    cs.add(new Case("stray-high-byte", enc));
    // Huge nesting, with and without closing brackets, in expression, type and statement contexts.
    for (int n : full ? new int[] {499, 500, 501, 999, 1000, 1001, 5000, 100_000} : new int[] {499, 501, 1001, 100_000}) {
      cs.add(new Case("parens-" + n, b("package main\nfunc main() { x := " + rep("(", n) + "1" + rep(")", n) + "; println(x) }\n")));
      cs.add(new Case("parens-open-" + n, b("package main\nfunc main() { x := " + rep("(", n))));
      cs.add(new Case("brackets-" + n, b("package main\nvar x " + rep("[]", n) + "int\nfunc main() {}\n")));
      cs.add(new Case("index-" + n, b("package main\nvar x = a" + rep("[", n) + "0" + rep("]", n) + "\nfunc main() {}\n")));
      cs.add(new Case("braces-" + n, b("package main\nfunc main() " + rep("{", n) + rep("}", n) + "\n")));
      cs.add(new Case("braces-open-" + n, b("package main\nfunc main() " + rep("{", n))));
      cs.add(new Case("closers-" + n, b("package main\nfunc main() {" + rep(")]}", n) + "\n")));
      cs.add(new Case("composite-" + n, b("package main\nvar x = " + rep("[]interface{}{", n) + rep("}", n) + "\nfunc main() {}\n")));
      cs.add(new Case("unary-" + n, b("package main\nvar x = " + rep("-", n) + "1\nfunc main() { println(x) }\n")));
      cs.add(new Case("not-" + n, b("package main\nvar x = " + rep("!", n / big) + "true\nfunc main() { println(x) }\n")));
      cs.add(new Case("ptr-" + n, b("package main\nvar x " + rep("*", n) + "int\nfunc main() { println(x == nil) }\n")));
      cs.add(new Case("binary-" + n, b("package main\nvar x = 1" + rep("+1", n / big) + "\nfunc main() { println(x) }\n")));
      cs.add(new Case("binary-var-" + n, b("package main\nfunc main() { y := 1; x := y" + rep("+y", n / big) + "; println(x) }\n")));
      cs.add(new Case("strcat-" + n, b("package main\nfunc main() { y := \"a\"; x := y" + rep("+y", n / big) + "; println(len(x)) }\n")));
      cs.add(new Case("if-" + n, b("package main\nfunc main() { x := 0\n" + rep("if x == 0 {\n", n) + rep("}\n", n) + "}\n")));
      cs.add(new Case("else-if-" + n, b("package main\nfunc main() { x := 0\nif x == 1 {\n" + rep("} else if x == 1 {\n", n) + "}\n}\n")));
      cs.add(new Case("funclit-" + n, b("package main\nvar f = " + rep("func() {", n) + rep("}", n) + "\nfunc main() {}\n")));
      cs.add(new Case("calls-" + n, b("package main\nfunc f(x int) int { return x }\nfunc main() { println(" + rep("f(", n) + "1" + rep(")", n) + ") }\n")));
      cs.add(new Case("selectors-" + n, b("package main\nfunc main() { x.y" + rep(".y", n) + " = 1 }\n")));
      cs.add(new Case("struct-type-" + n, b("package main\nvar x " + rep("struct{ f ", n) + "int" + rep("}", n) + "\nfunc main() {}\n")));
      cs.add(new Case("labels-" + n, b("package main\nfunc main() {\n" + rep("L:\n", Math.min(n, 20000)) + "}\n")));
      cs.add(new Case("comment-" + n, b("package main\n" + rep("/*", n) + rep("*/", n) + "\nfunc main() {}\n")));
    }
    // Very long lines.
    cs.add(new Case("long-ident", b("package main\nfunc main() { " + rep("x", 1 << 20) + " := 1 }\n")));
    cs.add(new Case("long-string", b("package main\nfunc main() { println(len(\"" + rep("a", 1 << 20) + "\")) }\n")));
    cs.add(new Case("long-unterminated", b("package main\nfunc main() { println(\"" + rep("a", 1 << 20))));
    cs.add(new Case("long-number", b("package main\nvar x = " + rep("9", 100_000 / big) + "\nfunc main() {}\n")));
    cs.add(new Case("long-float", b("package main\nvar x = 1e" + rep("9", 100) + "\nfunc main() { println(x) }\n")));
    cs.add(new Case("long-list", b("package main\nvar x = []int{" + rep("1,", 200_000 / big) + "}\nfunc main() { println(len(x)) }\n")));
    cs.add(new Case("long-args", b("package main\nfunc main() { println(" + rep("1,", 50_000 / big) + ") }\n")));
    cs.add(new Case("many-lines", b("package main\nfunc main() {\n" + rep("\n", 500_000) + "x }\n")));
    cs.add(new Case("many-errors", b("package main\nfunc main() {\n" + rep("x := y\n", 100_000 / big) + "}\n")));
    cs.add(new Case("long-rune", b("package main\nvar x = '" + rep("a", 100_000) + "'\nfunc main() {}\n")));
    cs.add(new Case("long-raw", b("package main\nvar x = `" + rep("ab\r\n", 100_000) + "`\nfunc main() { println(len(x)) }\n")));
    cs.add(new Case("big-array", b("package main\nvar x [1 << 62]byte\nfunc main() { println(len(x)) }\n")));
    cs.add(new Case("big-array2", b("package main\nfunc main() { var x [1 << 40]int; println(len(x)) }\n")));
    cs.add(new Case("big-shift", b("package main\nvar x = 1 << 100000\nfunc main() {}\n")));
    cs.add(new Case("big-shift2", b("package main\nvar x = 1.0 << 1000000000\nfunc main() {}\n")));
    cs.add(new Case("big-exp", b("package main\nconst x = 1e1000000000\nfunc main() {}\n")));
    cs.add(new Case("big-exp2", b("package main\nconst x = 1e-1000000000\nfunc main() { println(x) }\n")));
    cs.add(new Case("big-make", b("package main\nfunc main() { x := make([]int, 1<<62); println(len(x)) }\n")));
    cs.add(new Case("iota-shift", b("package main\nconst (\na = 1 << (iota * 1000000)\nb\nc\n)\nfunc main() {}\n")));
    cs.add(new Case("recursive-type", b("package main\ntype T [len(T{})]int\nfunc main() {}\n")));
    cs.add(new Case("recursive-type2", b("package main\ntype T struct { a [unsafe.Sizeof(T{})]int }\nfunc main() {}\n")));
    cs.add(new Case("recursive-const", b("package main\nconst a = b\nconst b = a\nfunc main() {}\n")));
    cs.add(new Case("recursive-iface", b("package main\ntype I interface { I }\nfunc main() {}\n")));
    cs.add(new Case("recursive-struct", b("package main\ntype T struct { T }\nfunc main() {}\n")));
    cs.add(new Case("recursive-array", b("package main\ntype T [1]T\nfunc main() {}\n")));
    cs.add(new Case("recursive-var", b("package main\nvar a = b\nvar b = a\nfunc main() {}\n")));
    cs.add(new Case("recursive-func", b("package main\nvar f = func() { f() }\nfunc main() {}\n")));
    for (int i = 0; i < UNSUPPORTED.length; i++) cs.add(new Case("unsupported-" + i, b(UNSUPPORTED[i])));
    return cs;
  }

  /** A mutation of {@code src} chosen by {@code r}. */
  static byte[] mutate(byte[] src, Random r) {
    int n = src.length;
    switch (r.nextInt(8)) {
      case 0: case 1: case 2: { // truncate (the most common: the reviewer's "cut at many offsets")
        int at = n == 0 ? 0 : r.nextInt(n + 1);
        return java.util.Arrays.copyOf(src, at);
      }
      case 3: { // delete a range
        if (n == 0) return src;
        int a = r.nextInt(n), len = 1 + r.nextInt(Math.min(40, n - a));
        byte[] o = new byte[n - len];
        System.arraycopy(src, 0, o, 0, a);
        System.arraycopy(src, a + len, o, a, n - a - len);
        return o;
      }
      case 4: case 5: { // insert a token
        byte[] t = b(TOKENS[r.nextInt(TOKENS.length)]);
        int a = n == 0 ? 0 : r.nextInt(n + 1);
        byte[] o = new byte[n + t.length];
        System.arraycopy(src, 0, o, 0, a);
        System.arraycopy(t, 0, o, a, t.length);
        System.arraycopy(src, a, o, a + t.length, n - a);
        return o;
      }
      case 6: { // overwrite some bytes with random ones
        byte[] o = src.clone();
        for (int k = 1 + r.nextInt(4); k > 0 && n > 0; k--) o[r.nextInt(n)] = (byte) r.nextInt(256);
        return o;
      }
      default: { // duplicate a slice somewhere else
        if (n == 0) return src;
        int a = r.nextInt(n), len = 1 + r.nextInt(Math.min(200, n - a)), at = r.nextInt(n + 1);
        byte[] o = new byte[n + len];
        System.arraycopy(src, 0, o, 0, at);
        System.arraycopy(src, a, o, at, len);
        System.arraycopy(src, at, o, at + len, n - at);
        return o;
      }
    }
  }

  /** The random cases: {@code n} of them, a function of {@code seed}. */
  static List<Case> randomCases(int n, long seed) throws IOException {
    List<Path> seeds = seeds();
    List<byte[]> srcs = new ArrayList<>();
    for (Path p : seeds) srcs.add(Files.readAllBytes(p));
    Random r = new Random(seed);
    List<Case> cs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int k = r.nextInt(20);
      if (k == 0) { // random bytes (sometimes after a valid package clause)
        byte[] o = new byte[r.nextInt(400)];
        r.nextBytes(o);
        if (r.nextBoolean()) {
          byte[] h = b("package main\n");
          byte[] o2 = new byte[h.length + o.length];
          System.arraycopy(h, 0, o2, 0, h.length);
          System.arraycopy(o, 0, o2, h.length, o.length);
          o = o2;
        }
        cs.add(new Case("random-" + i, o));
        continue;
      }
      int si = r.nextInt(srcs.size());
      byte[] o = srcs.get(si);
      int muts = k < 12 ? 1 : 1 + r.nextInt(4);
      for (int m = 0; m < muts; m++) o = mutate(o, r);
      cs.add(new Case(seeds.get(si).getParent().getFileName() + "/" + seeds.get(si).getFileName() + "#" + i, o));
    }
    return cs;
  }

  // ---- checking ----

  /** Null if glassgo's answer to src is acceptable, else a description of the failure. */
  static String check(byte[] src, long timeoutMillis) throws IOException {
    Path dir = Files.createTempDirectory("glassgo-fuzz");
    Path f = dir.resolve("X.go");
    try {
      Files.write(f, src);
      AtomicReference<Object> res = new AtomicReference<>();
      Thread t = new Thread(null, () -> {
        try {
          Glassgo.compile(f);
          res.set("ok");
        } catch (Glassgo.CompileFailed e) {
          res.set(e);
        } catch (Throwable e) {
          res.set(e);
        }
      }, "fuzz", 1L << 30);
      t.setDaemon(true);
      t.start();
      try {
        t.join(timeoutMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      if (t.isAlive()) {
        StringBuilder sb = new StringBuilder("hang (> " + timeoutMillis + " ms)");
        for (StackTraceElement e : t.getStackTrace()) sb.append("\n\tat ").append(e);
        t.interrupt();
        return sb.toString();
      }
      Object o = res.get();
      if ("ok".equals(o)) return null;
      if (o instanceof Glassgo.CompileFailed cf) {
        String[] lines = cf.report.split("\n", -1);
        if (cf.notMain && cf.status == 1) return cf.report.equals(Glassgo.NOT_MAIN) ? null : "bad not-main report: " + cf.report;
        if (cf.status == 1) {
          for (int i = 0; i < lines.length - 1; i++) {
            if (!LOAD_LINE.matcher(lines[i]).matches()) return "bad load-error line: " + lines[i];
          }
          return lines.length >= 2 && lines[lines.length - 1].isEmpty() ? null : "bad load-error report: " + cf.report;
        }
        if (cf.status != 2) return "exit status " + cf.status + ": " + cf.report;
        if (!lines[0].equals("# command-line-arguments")) return "bad report header: " + cf.report;
        if (lines.length < 3 || !lines[lines.length - 1].isEmpty()) return "bad report: " + cf.report;
        for (int i = 1; i < lines.length - 1; i++) {
          if (!REPORT_LINE.matcher(lines[i]).matches()) return "bad report line: " + lines[i];
          if (lines[i].contains("internal error") || lines[i].contains("Exception") || lines[i].contains("java."))
            return "internal error reported: " + lines[i];
        }
        return null;
      }
      Throwable e = (Throwable) o;
      ByteArrayOutputStream bo = new ByteArrayOutputStream();
      e.printStackTrace(new PrintStream(bo, true, StandardCharsets.UTF_8));
      String s = bo.toString(StandardCharsets.UTF_8);
      return s.length() > 4000 ? s.substring(0, 4000) + "..." : s;
    } finally {
      Files.deleteIfExists(f);
      Files.deleteIfExists(dir);
    }
  }

  static int runChecks(List<Case> cs, long timeoutMillis, PrintStream out, Path saveDir) throws IOException {
    int bad = 0;
    for (Case c : cs) {
      long t0 = System.nanoTime();
      String why = check(c.src(), timeoutMillis);
      long ms = (System.nanoTime() - t0) / 1_000_000;
      if (ms > 2000 && saveDir != null) out.println("slow " + c.name() + ": " + ms + " ms");
      if (why != null) {
        bad++;
        out.println("FAIL " + c.name() + " (" + c.src().length + " bytes): " + why);
        if (saveDir != null) {
          Files.createDirectories(saveDir);
          Files.write(saveDir.resolve(c.name().replaceAll("[^A-Za-z0-9_.-]", "_") + ".go"), c.src());
        }
      }
    }
    return bad;
  }

  @Test
  void fixedCasesAreAnsweredLikeGo() throws IOException {
    ByteArrayOutputStream bo = new ByteArrayOutputStream();
    int bad = runChecks(fixedCases(false), 20_000, new PrintStream(bo, true, StandardCharsets.UTF_8), null);
    if (bad > 0) fail(bad + " malformed inputs not answered Go-style:\n" + bo.toString(StandardCharsets.UTF_8));
  }

  @Test
  void randomMutationsAreAnsweredLikeGo() throws IOException {
    int n = Integer.getInteger("glassgo.fuzz.n", 200);
    long seed = Long.getLong("glassgo.fuzz.seed", 1L);
    ByteArrayOutputStream bo = new ByteArrayOutputStream();
    int bad = runChecks(randomCases(n, seed), 20_000, new PrintStream(bo, true, StandardCharsets.UTF_8), null);
    if (bad > 0) fail(bad + " of " + n + " mutated inputs (seed " + seed + ") not answered Go-style:\n" + bo.toString(StandardCharsets.UTF_8));
  }

  /**
   * {@code gen DIR N SEED [random]}: writes the fixed cases (unless "random") and N random ones as DIR/NNNNN-name.go.
   * {@code check N SEED [SECONDS] [SAVEDIR]}: checks the fixed cases and N random ones in-process.
   */
  public static void main(String[] args) throws IOException {
    if (args.length >= 4 && args[0].equals("gen")) {
      Path dir = Paths.get(args[1]);
      Files.createDirectories(dir);
      List<Case> cs = new ArrayList<>(args.length > 4 && args[4].equals("random") ? List.of() : fixedCases(true));
      cs.addAll(randomCases(Integer.parseInt(args[2]), Long.parseLong(args[3])));
      int i = 0;
      for (Case c : cs) {
        Files.write(dir.resolve(String.format("%05d-%s.go", i++, c.name().replaceAll("[^A-Za-z0-9_.-]", "_"))), c.src());
      }
      System.out.println(cs.size());
      return;
    }
    if (args.length >= 3 && args[0].equals("check")) {
      long t = args.length > 3 ? Long.parseLong(args[3]) * 1000 : 20_000;
      Path save = args.length > 4 ? Paths.get(args[4]) : null;
      List<Case> cs = new ArrayList<>(fixedCases(true));
      cs.addAll(randomCases(Integer.parseInt(args[1]), Long.parseLong(args[2])));
      long t0 = System.nanoTime();
      int bad = runChecks(cs, t, System.out, save);
      System.out.printf("%d of %d cases failed (%.1f s)%n", bad, cs.size(), (System.nanoTime() - t0) / 1e9);
      System.exit(bad == 0 ? 0 : 1);
    }
    if (args.length >= 2 && args[0].equals("cuts")) {
      // every testdata program cut at every STRIDE-th byte (offset phase FROM, default 0)
      int stride = Integer.parseInt(args[1]);
      int phase = args.length > 2 ? Integer.parseInt(args[2]) : 0;
      Path save = args.length > 3 ? Paths.get(args[3]) : null;
      List<Case> cs = new ArrayList<>();
      for (Path p : seeds()) {
        byte[] src = Files.readAllBytes(p);
        for (int at = phase; at < src.length; at += stride) {
          cs.add(new Case(p.getParent().getFileName() + "/" + p.getFileName() + "@" + at, java.util.Arrays.copyOf(src, at)));
        }
      }
      long t0 = System.nanoTime();
      int bad = runChecks(cs, 20_000, System.out, save);
      System.out.printf("%d of %d cuts failed (%.1f s)%n", bad, cs.size(), (System.nanoTime() - t0) / 1e9);
      System.exit(bad == 0 ? 0 : 1);
    }
    System.err.println("usage: MalformedInputTest gen DIR N SEED [random] | check N SEED [SECONDS] [SAVEDIR] | cuts STRIDE [PHASE] [SAVEDIR]");
    System.exit(2);
  }
}
