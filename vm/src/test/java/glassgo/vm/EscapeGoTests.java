package glassgo.vm;

import glassgo.compiler.escape.EscapeAnalysis;
import glassgo.compiler.syntax.Parser;
import glassgo.compiler.syntax.SourceFile;
import glassgo.compiler.syntax.SyntaxError;
import glassgo.compiler.types.CheckResult;
import glassgo.compiler.types.Checker;
import glassgo.compiler.types.StdImporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Not a JUnit test: the glassgo side of {@code testdata/escape/gotests.sh}. For each Go test file
 * given, prints what {@code go tool compile -m -l} would: {@code NAME.go:L:C: msg} lines (body-less
 * functions allowed, any package name), or one {@code glassgo: ...} line when glassgo cannot
 * compile the file. Output goes to {@code OUTDIR/NAME.go.out}.
 * Usage: {@code java [-Dglassgo.m=2] -cp glassgo.jar:vm/target/test-classes glassgo.vm.EscapeGoTests OUTDIR FILE.go...}
 */
public final class EscapeGoTests {
  private EscapeGoTests() {}

  public static void main(String[] args) throws Exception {
    Path outDir = Path.of(args[0]);
    int level = Integer.getInteger("glassgo.m", 1); // -m=N (gotests.sh uses 1)
    for (int i = 1; i < args.length; i++) {
      Path f = Path.of(args[i]);
      String name = f.getFileName().toString();
      String out;
      try {
        byte[] src = Files.readAllBytes(f);
        SourceFile sf = Parser.parse(name, src);
        CheckResult r = Checker.check("command-line-arguments", List.of(sf), new StdImporter(), true);
        if (!r.ok()) {
          out = "glassgo: " + r.errors().get(0).format() + "\n";
        } else {
          StringBuilder sb = new StringBuilder();
          for (EscapeAnalysis.Diagnostic d : EscapeAnalysis.analyze(r.pkg(), level, fn -> src).diagnostics()) sb.append(d.format()).append('\n');
          out = sb.toString();
        }
      } catch (SyntaxError e) {
        out = "glassgo: " + name + ":" + e.pos + ": " + e.getMessage() + "\n";
      } catch (RuntimeException | StackOverflowError e) {
        StringBuilder sb = new StringBuilder("glassgo: internal error: " + e + "\n");
        for (StackTraceElement st : e.getStackTrace()) { sb.append("\tat ").append(st).append('\n'); if (sb.length() > 3000) break; }
        out = sb.toString();
      }
      Files.writeString(outDir.resolve(name + ".out"), out);
    }
  }
}
