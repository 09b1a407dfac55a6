package glassgo.vm;

import glassgo.compiler.code.Program;
import glassgo.compiler.codegen.Codegen;
import glassgo.compiler.codegen.CodegenException;
import glassgo.compiler.syntax.Parser;
import glassgo.compiler.syntax.SourceFile;
import glassgo.compiler.syntax.SyntaxError;
import glassgo.compiler.types.CheckResult;
import glassgo.compiler.types.Checker;
import glassgo.compiler.types.Importer;
import glassgo.compiler.types.StdImporter;
import glassgo.compiler.types.TypeError;
import glassgo.vm.interp.GoExit;
import glassgo.vm.interp.Vm;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The whole pipeline, as {@code go run} / {@code go build} see it: parse, check, compile, run. */
public final class Glassgo {
    private Glassgo() {}

    /** Thrown for compile errors; {@code report} is what go build prints (header + error lines). */
    public static final class CompileFailed extends Exception {
        public final String report;
        CompileFailed(String report) { super(report, null, false, false); this.report = report; }
    }

    /** Parses, type-checks and compiles a main-package file into a Program. */
    public static Program compile(Path goFile) throws CompileFailed, IOException {
        return compile(goFile, Glassgo::analyzeEscapes);
    }

    /**
     * The escape decisions codegen obeys: glassgo's escape analysis for package main; the
     * imported (std) packages keep "everything escapes" for now. If the analysis fails on a
     * construct it does not handle yet, the package falls back to "everything escapes" (heap
     * allocation is always safe; only the allocation counts then differ from Go's).
     */
    public static glassgo.compiler.escape.Escapes analyzeEscapes(glassgo.compiler.types.Package p) {
        if (!p.path().equals("main")) return null;
        try {
            return glassgo.compiler.escape.EscapeAnalysis.analyze(p, 0);
        } catch (RuntimeException | StackOverflowError e) {
            return null;
        }
    }

    /**
     * As {@link #compile(Path)}, with the escape decisions codegen obeys per package (null: every
     * variable whose address is taken or that a closure captures, and every allocation, is on the heap).
     */
    public static Program compile(Path goFile, java.util.function.Function<glassgo.compiler.types.Package, glassgo.compiler.escape.Escapes> escapes) throws CompileFailed, IOException {
        String name = goFile.getFileName().toString();
        byte[] src = Files.readAllBytes(goFile);
        String display = "./" + name;
        SourceFile f;
        try {
            f = Parser.parse(display, src);
        } catch (SyntaxError e) {
            throw new CompileFailed("# command-line-arguments\n" + display + ":" + e.pos.line() + ":" + e.pos.col() + ": " + e.getMessage() + "\n");
        }
        Importer imp = new StdImporter();
        CheckResult r = Checker.check(List.of(f), imp);
        if (!r.ok()) {
            StringBuilder sb = new StringBuilder("# command-line-arguments\n");
            for (TypeError e : r.errors()) sb.append(e.format()).append('\n');
            throw new CompileFailed(sb.toString());
        }
        try {
            List<glassgo.compiler.types.Package> extra = new ArrayList<>();
            extra.add(imp.importPackage("runtime"));
            return Codegen.compile(r.pkg(), extra, escapes);
        } catch (CodegenException e) {
            javaTrace(e, System.err);
            String pos = e.pos != null && e.pos.isKnown() ? display + ":" + e.pos.line() + ":" + e.pos.col() + ": " : "";
            throw new CompileFailed("# command-line-arguments\n" + pos + e.getMessage() + "\n");
        } catch (Importer.ImportException e) {
            throw new CompileFailed("# command-line-arguments\n" + e.getMessage() + "\n");
        }
    }

    /**
     * What {@code go build -gcflags='-m -l'} prints for goFile (header plus diagnostics, "" if none):
     * parses, checks and runs escape analysis at level m. Compile errors throw CompileFailed.
     */
    public static String escapeDiagnostics(Path goFile, int m) throws CompileFailed, IOException {
        String name = goFile.getFileName().toString();
        byte[] src = Files.readAllBytes(goFile);
        String display = "./" + name;
        SourceFile f;
        try {
            f = Parser.parse(display, src);
        } catch (SyntaxError e) {
            throw new CompileFailed("# command-line-arguments\n" + display + ":" + e.pos.line() + ":" + e.pos.col() + ": " + e.getMessage() + "\n");
        }
        CheckResult r = Checker.check(List.of(f), new StdImporter());
        if (!r.ok()) {
            StringBuilder sb = new StringBuilder("# command-line-arguments\n");
            for (TypeError e : r.errors()) sb.append(e.format()).append('\n');
            throw new CompileFailed(sb.toString());
        }
        return glassgo.compiler.escape.EscapeAnalysis.analyze(r.pkg(), m, fn -> fn.equals(display) ? src : null).report();
    }

    /** Behaves like {@code go run goFile args...}; returns the exit status. */
    public static int run(Path goFile, List<String> args, InputStream stdin, PrintStream stdout, PrintStream stderr) {
        Program p;
        try {
            p = compile(goFile);
        } catch (CompileFailed e) {
            stderr.print(e.report);
            stderr.flush();
            return 2;
        } catch (IOException e) {
            stderr.println("open " + goFile + ": no such file or directory");
            return 1;
        } catch (RuntimeException | StackOverflowError e) {
            stderr.println("glassgo: internal error: " + e);
            javaTrace(e, stderr);
            return 3;
        }
        String progName = goFile.getFileName().toString().replaceFirst("\\.go$", "");
        List<String> all = new ArrayList<>();
        all.add(progName);
        all.addAll(args);
        Vm vm = null;
        try {
            vm = new Vm(p, stdout, stderr, all);
            vm.stdin = stdin;
            return vm.runMain();
        } catch (GoExit e) {
            stdout.flush();
            return e.status;
        } catch (RuntimeException | StackOverflowError e) {
            stdout.flush();
            stderr.println("glassgo: internal error: " + e);
            javaTrace(e, stderr);
            return 3;
        } finally {
            if (vm != null) glassgo.vm.lib.natives.OsNatives.closeAll(vm);
        }
    }

    /** With {@code GLASSDEBUG=javatrace=1}, developers get the Java stack of an internal fault. */
    private static void javaTrace(Throwable e, PrintStream err) {
        String gd = System.getenv("GLASSDEBUG");
        if (gd != null && java.util.Arrays.asList(gd.split(",")).contains("javatrace=1")) e.printStackTrace(err);
    }
}
