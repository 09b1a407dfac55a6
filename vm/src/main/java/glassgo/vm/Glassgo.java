package glassgo.vm;

import glassgo.compiler.code.Program;
import glassgo.compiler.code.ProgramCodec;
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
        /** The exit status: 2 for compile errors, 1 for the go command's package-loading errors. */
        public final int status;
        /** The file is not package main: go build only checks it; go run refuses it ({@link #NOT_MAIN}). */
        public final boolean notMain;
        CompileFailed(String report) { this(report, 2); }
        CompileFailed(String report, int status) { this(report, status, false); }
        CompileFailed(String report, int status, boolean notMain) { super(report, null, false, false); this.report = report; this.status = status; this.notMain = notMain; }
    }

    /** What go run says of a file that is not package main (before any compile error). */
    public static final String NOT_MAIN = "package command-line-arguments is not a main package\n";

    /**
     * What the go command says before compiling when an import cannot be loaded (no
     * "# command-line-arguments" header, the file named as given relative to the working
     * directory, sorted by import path, exit status 1): Go's "package P is not in GOROOT" for a
     * path that is not a Go 1.19 standard package, and for a standard package glassgo does not
     * have (yet) that glassgo does not support it.
     */
    static void checkImports(SourceFile f, Path goFile, StdImporter imp) throws CompileFailed {
        java.util.TreeMap<String, String> bad = new java.util.TreeMap<>();
        String shown;
        try {
            Path abs = goFile.toAbsolutePath().normalize();
            shown = Path.of("").toAbsolutePath().relativize(abs).toString();
            if (shown.isEmpty() || shown.length() >= abs.toString().length()) shown = abs.toString(); // cmd/go's base.ShortPath
        } catch (IllegalArgumentException e) {
            shown = goFile.toString();
        }
        for (glassgo.compiler.syntax.Spec.Import i : f.imports) {
            String p = i.path;
            if (imp.has(p) || bad.containsKey(p)) continue;
            String at = shown + ":" + i.pos.line() + ":" + i.pos.col() + ": ";
            String malformed = malformedImport(p);
            if (malformed != null) bad.put(p, at + malformed);
            else if (p.equals("C")) bad.put(p, at + "cgo (import \"C\") is not supported by glassgo");
            else if (StdImporter.isGoStd(p)) bad.put(p, at + "package " + p + " is not supported by glassgo yet");
            else bad.put(p, at + "package " + p + " is not in GOROOT (/usr/lib/go-1.19/src/" + p + ")");
        }
        if (!bad.isEmpty()) throw new CompileFailed(String.join("\n", bad.values()) + "\n", 1);
    }

    /** The go command's complaint about an import path's form, or null if it is well-formed. */
    static String malformedImport(String p) {
        String q = goQuote(p);
        if (p.isEmpty()) return "invalid import path: " + q;
        for (int k = 0; k < p.length(); ) {
            int r = p.codePointAt(k);
            k += Character.charCount(r);
            if (r < 0x20 || r == 0x7f || r == 0xFFFD || Character.isWhitespace(r) || Character.isSpaceChar(r)
                    || "!\"#$%&'()*,:;<=>?[\\]^`{|}".indexOf(r) >= 0 || Character.isSurrogate((char) r)) {
                return "invalid import path: " + q;
            }
        }
        if (p.equals(".") || p.equals("..") || p.startsWith("./") || p.startsWith("../"))
            return q + " is relative, but relative import paths are not supported in module mode";
        if (p.startsWith("/")) return q + " is not a package path; see 'go help packages'";
        if (p.endsWith("/")) return "malformed import path " + q + ": trailing slash";
        if (p.contains("//")) return "malformed import path " + q + ": double slash";
        for (String el : p.split("/")) {
            if (el.equals(".") || el.equals("..")) return "malformed import path " + q + ": invalid path element " + goQuote(el);
        }
        return null;
    }

    private static String goQuote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int k = 0; k < s.length(); ) {
            int r = s.codePointAt(k);
            k += Character.charCount(r);
            if (r == '"' || r == '\\') b.append('\\').appendCodePoint(r);
            else if (r < 0x20 || r == 0x7f) b.append(String.format("\\x%02x", r));
            else b.appendCodePoint(r);
        }
        return b.append('"').toString();
    }

    // (classes, not lambdas or method references: each of those links a call site at its first
    // use, a measurable part of a short run's start-up)
    private static final java.util.function.BiFunction<String, byte[], SourceFile> PARSER = new java.util.function.BiFunction<>() {
        @Override public SourceFile apply(String name, byte[] src) { return Parser.parse(name, src); }
    };
    private static final java.util.function.Function<glassgo.compiler.types.Package, glassgo.compiler.escape.Escapes> ESCAPES = new java.util.function.Function<>() {
        @Override public glassgo.compiler.escape.Escapes apply(glassgo.compiler.types.Package p) { return analyzeEscapes(p); }
    };

    /**
     * Parses, type-checks and compiles a main-package file into a Program. A file compiled before
     * (same name, same contents, same glassgo jar) is read back from the compiled-program cache
     * instead, as go's build cache serves a package it has built (StdImporter.cachedProgram,
     * ProgramCodec): only programs that compiled are cached, so errors are reported afresh.
     */
    public static Program compile(Path goFile) throws CompileFailed, IOException {
        byte[] src = Files.readAllBytes(goFile);
        String display = "./" + goFile.getFileName().toString();
        byte[] hit = StdImporter.cachedProgram(display, src);
        if (hit != null) {
            try {
                return ProgramCodec.decode(hit, 0);
            } catch (IllegalArgumentException e) {
                // an unreadable entry: compile again (and overwrite it)
            }
        }
        Program p = compile(goFile, src, ESCAPES);
        byte[] encoded;
        try {
            encoded = ProgramCodec.encode(p);
        } catch (RuntimeException e) {
            return p; // not cached
        }
        StdImporter.cacheProgram(display, src, encoded);
        return p;
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
        return compile(goFile, Files.readAllBytes(goFile), escapes);
    }

    private static Program compile(Path goFile, byte[] src, java.util.function.Function<glassgo.compiler.types.Package, glassgo.compiler.escape.Escapes> escapes) throws CompileFailed, IOException {
        String name = goFile.getFileName().toString();
        String display = "./" + name;
        SourceFile f;
        try {
            f = StdImporter.parseMain(display, src, PARSER);
        } catch (SyntaxError e) {
            throw new CompileFailed("# command-line-arguments\n" + display + ":" + e.pos.go() + ": " + e.getMessage() + "\n");
        }
        StdImporter imp = new StdImporter();
        checkImports(f, goFile, imp);
        CheckResult r = Checker.check(List.of(f), imp);
        boolean notMain = !f.pkgName.name.equals("main");
        if (!r.ok()) {
            StringBuilder sb = new StringBuilder("# command-line-arguments\n");
            for (TypeError e : r.errors()) sb.append(e.format()).append('\n');
            throw new CompileFailed(sb.toString(), 2, notMain);
        }
        if (notMain) throw new CompileFailed(NOT_MAIN, 1, true);
        try {
            List<glassgo.compiler.types.Package> extra = new ArrayList<>();
            extra.add(imp.importPackage("runtime"));
            return Codegen.compile(r.pkg(), extra, escapes);
        } catch (CodegenException e) {
            javaTrace(e, System.err);
            String pos = e.pos != null && e.pos.isKnown() ? display + ":" + e.pos.go() + ": " : "";
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
            f = StdImporter.parseMain(display, src, PARSER);
        } catch (SyntaxError e) {
            throw new CompileFailed("# command-line-arguments\n" + display + ":" + e.pos.go() + ": " + e.getMessage() + "\n");
        }
        StdImporter imp = new StdImporter();
        checkImports(f, goFile, imp);
        CheckResult r = Checker.check(List.of(f), imp);
        if (!r.ok()) {
            StringBuilder sb = new StringBuilder("# command-line-arguments\n");
            for (TypeError e : r.errors()) sb.append(e.format()).append('\n');
            throw new CompileFailed(sb.toString());
        }
        return glassgo.compiler.escape.EscapeAnalysis.analyze(r.pkg(), m, fn -> fn.equals(display) ? src : null).report();
    }

    /** Behaves like {@code go run goFile args...}; returns the exit status. */
    public static int run(Path goFile, List<String> args, InputStream stdin, PrintStream stdout, PrintStream stderr) {
        long t0 = System.nanoTime();
        try {
            return runTimed(goFile, args, stdin, stdout, stderr, t0);
        } finally {
            if (TIMING) {
                long up = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
                stderr.printf("timing: jvm start-up %d ms, compile %d ms, run %d ms, total %d ms%n",
                        up - (System.nanoTime() - t0) / 1_000_000, (tCompiled - t0) / 1_000_000, (System.nanoTime() - tCompiled) / 1_000_000, up);
            }
        }
    }

    /** System property glassgo.timing: print where a run's time went (JVM start-up, compile, run) to stderr at exit. */
    private static final boolean TIMING = Boolean.getBoolean("glassgo.timing");
    private static long tCompiled;

    private static int runTimed(Path goFile, List<String> args, InputStream stdin, PrintStream stdout, PrintStream stderr, long t0) {
        Program p;
        tCompiled = t0;
        try {
            p = compile(goFile);
            tCompiled = System.nanoTime();
        } catch (CompileFailed e) {
            stderr.print(e.notMain ? NOT_MAIN : e.report);
            stderr.flush();
            return e.notMain ? 1 : e.status;
        } catch (IOException e) {
            stderr.println("open " + goFile + ": no such file or directory");
            return 1;
        } catch (RuntimeException | StackOverflowError e) {
            stderr.println("glassgo: internal error: " + e);
            javaTrace(e, stderr);
            return 3;
        }
        return execute(p, goFile.getFileName().toString().replaceFirst("\\.go$", ""), args, stdin, stdout, stderr);
    }

    /** Runs a compiled program (os.Args[0] = progName) with empty stdin; returns the exit status (tests). */
    static int run(Program p, String progName, List<String> args, PrintStream stdout, PrintStream stderr) {
        return execute(p, progName, args, new java.io.ByteArrayInputStream(new byte[0]), stdout, stderr);
    }

    private static int execute(Program p, String progName, List<String> args, InputStream stdin, PrintStream stdout, PrintStream stderr) {
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
