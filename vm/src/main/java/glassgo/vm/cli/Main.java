package glassgo.vm.cli;

import glassgo.compiler.code.Program;
import glassgo.runtime.heap.SizeClasses;
import glassgo.vm.Glassgo;

import java.io.BufferedOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The {@code glassgo} command: run, build, version, help, sizeclasses — speaking go's habits. */
public final class Main {
    private Main() {}

    /**
     * Runs the command on a thread with a 1 GiB Java stack: the parser, checker, escape analysis
     * and code generator recurse over the syntax tree, and Go programs may nest expressions as
     * deeply as they like (Go's own compiler runs on a growable goroutine stack). The memory is
     * only reserved; pages are committed as the stack is used.
     */
    public static void main(String[] argv) throws InterruptedException {
        int[] status = {2};
        Thread t = new Thread(null, new Runnable() { // (not a lambda: see Glassgo.PARSER)
            @Override public void run() { status[0] = exec(argv); }
        }, "main", 1L << 30);
        t.start();
        t.join();
        System.exit(status[0]);
    }

    static int exec(String[] argv) {
        if (argv.length == 0) { usage(System.err); return 2; }
        String cmd = argv[0];
        List<String> rest = new ArrayList<>(Arrays.asList(argv).subList(1, argv.length));
        switch (cmd) {
            case "version":
                System.out.println("glassgo version 0.1.0 (models go1.19.8 linux/amd64)");
                return 0;
            case "help": case "-h": case "--help":
                usage(System.out);
                return 0;
            case "sizeclasses":
                System.out.print(SizeClasses.tableComment());
                return 0;
            case "run": case "build": {
                List<String> flags = new ArrayList<>();
                while (!rest.isEmpty() && rest.get(0).startsWith("-")) flags.add(rest.remove(0));
                String dump = null; // -d=code / -d=allcode: print the bytecode (disassembler) before running
                int mLevel = 0;
                for (int i = 0; i < flags.size(); i++) {
                    String f = flags.get(i);
                    if (f.equals("-d=code") || f.equals("-d=allcode")) { dump = f.substring(3); continue; }
                    if (f.equals("-gcflags") || f.equals("--gcflags")) {
                        if (i + 1 >= flags.size() && rest.isEmpty()) { System.err.println("flag needs an argument: -gcflags"); return 2; }
                        f = "-gcflags=" + (i + 1 < flags.size() ? flags.get(++i) : rest.remove(0));
                    }
                    if (f.startsWith("-gcflags=") || f.startsWith("--gcflags=")) {
                        mLevel = gcflagsM(f.substring(f.indexOf('=') + 1));
                        if (mLevel < 0) return 2;
                        continue;
                    }
                    System.err.println("flag provided but not defined: " + f);
                    return 2;
                }
                if (rest.isEmpty() || !rest.get(0).endsWith(".go")) {
                    System.err.println(cmd.equals("run") ? "go: no go files listed" : "glassgo build: give a .go file");
                    return 1;
                }
                Path file = Path.of(rest.remove(0));
                if (mLevel > 0) {
                    try {
                        System.err.print(Glassgo.escapeDiagnostics(file, mLevel));
                        System.err.flush();
                    } catch (Glassgo.CompileFailed e) {
                        System.err.print(e.report);
                        return e.status;
                    } catch (java.io.IOException e) {
                        System.err.println("open " + file + ": no such file or directory");
                        return 1;
                    } catch (RuntimeException | StackOverflowError e) {
                        System.err.println("glassgo: internal error: escape analysis: " + e);
                        return 3;
                    }
                }
                if (dump != null) {
                    try {
                        glassgo.compiler.code.Disasm.print(Glassgo.compile(file), System.out, dump.equals("allcode"));
                    } catch (Glassgo.CompileFailed e) {
                        System.err.print(e.report);
                        return e.status;
                    } catch (java.io.IOException e) {
                        System.err.println("open " + file + ": no such file or directory");
                        return 1;
                    }
                    if (cmd.equals("build")) return 0;
                    System.out.flush();
                }
                if (cmd.equals("build")) {
                    try {
                        Glassgo.compile(file);
                        return 0;
                    } catch (Glassgo.CompileFailed e) {
                        if (e.notMain && e.status == 1) return 0; // go build of a non-main package: checked, nothing written
                        System.err.print(e.report);
                        return e.status;
                    } catch (java.io.IOException e) {
                        System.err.println("open " + file + ": no such file or directory");
                        return 1;
                    }
                }
                PrintStream out = new PrintStream(new BufferedOutputStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), 1 << 16), false);
                int st = Glassgo.run(file, rest, System.in, out, System.err);
                out.flush();
                if (st != 0 && st != 3) { /* go run prints "exit status N": included in panic output */ }
                return st;
            }
            default:
                System.err.println("glassgo " + cmd + ": unknown command\nRun 'glassgo help' for usage.");
                return 2;
        }
    }

    /**
     * The -m level requested by a -gcflags value ("-m -l", "-m=2 -l", "-m -m -l"); -1 after
     * printing an error. glassgo does not inline, so it insists on -l (Go's output without -l
     * would also contain inlining decisions and inlined escape results).
     */
    static int gcflagsM(String v) {
        v = v.trim();
        if (v.startsWith("all=")) v = v.substring(4);
        if ((v.startsWith("'") && v.endsWith("'")) || (v.startsWith("\"") && v.endsWith("\""))) v = v.substring(1, v.length() - 1);
        int m = 0;
        boolean noInline = false;
        for (String t : v.trim().split("\\s+")) {
            if (t.isEmpty()) continue;
            if (t.equals("-m")) m++;
            else if (t.startsWith("-m=")) {
                try { m = Integer.parseInt(t.substring(3)); } catch (NumberFormatException e) { System.err.println("glassgo: bad -gcflags value: " + t); return -1; }
            } else if (t.equals("-l")) noInline = true;
            else { System.err.println("glassgo: -gcflags: only -m, -m=N and -l are supported (got " + t + ")"); return -1; }
        }
        if (m > 0 && !noInline) {
            System.err.println("glassgo: -gcflags=-m needs -l: glassgo does not inline, so only Go's -m -l output is reproduced (use -gcflags='-m -l')");
            return -1;
        }
        return m;
    }

    private static void usage(PrintStream o) {
        o.println("glassgo is a Go 1.19 interpreter whose runtime models Go's own.\n");
        o.println("Usage:\n\n\tglassgo <command> [arguments]\n");
        o.println("The commands are:\n");
        o.println("\trun         compile and run a Go program (glassgo run [-gcflags=...] file.go [args])");
        o.println("\tbuild       compile a Go program and report errors (no binary is written)");
        o.println("\t            -d=code (run or build): print main's functions' bytecode; -d=allcode: every function");
        o.println("\t            -gcflags='-m -l' (run or build): print escape analysis as go build does; -m=2: with explanations");
        o.println("\tsizeclasses print Go 1.19's size-class table as runtime/sizeclasses.go has it");
        o.println("\tversion     print glassgo version");
        o.println("\thelp        this text");
    }
}
