package glassgo.compiler.types;

import glassgo.compiler.syntax.SourceFile;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Loads standard-library packages from classpath resources {@code glassgo/std/<path>/*.go}
 * (listed in {@code glassgo/std/<path>/FILES} if present, else discovered from the resource
 * directory), parses them (or loads their ASTs from {@link StdAstCache}) and checks them
 * recursively, and caches the packages. Body-less functions are legal
 * there (natives). {@code unsafe} is built in.
 */
public final class StdImporter implements Importer {
    private final HashMap<String, Package> cache = new HashMap<>();
    private final Set<String> inProgress = new HashSet<>();
    private final ClassLoader loader;
    private final boolean eagerBodies;

    /** Function bodies are checked on demand ({@link Package#checkBody}). */
    public StdImporter() { this(StdImporter.class.getClassLoader(), false); }
    /** eagerBodies: check every function body at import, as for any package (tests of the std sources). */
    public StdImporter(ClassLoader loader, boolean eagerBodies) { this.loader = loader; this.eagerBodies = eagerBodies; }

    @Override
    public Package importPackage(String path) throws ImportException {
        if (path.equals("unsafe")) return Universe.UNSAFE;
        Package p = cache.get(path);
        if (p != null) return p;
        if (inProgress.contains(path)) throw new ImportException("import cycle not allowed");
        inProgress.add(path);
        try {
            List<SourceFile> files = StdAstCache.load(loader, path, () -> readSources(path));
            CheckResult r = eagerBodies ? Checker.check(path, files, this, true) : Checker.checkLazily(path, files, this);
            if (!r.ok()) {
                throw new ImportException("glassgo: internal error: std package " + path + " does not type-check: " + r.errors().get(0).format());
            }
            cache.put(path, r.pkg());
            return r.pkg();
        } catch (RuntimeException e) {
            if (e instanceof glassgo.compiler.syntax.SyntaxError se)
                throw new ImportException("glassgo: internal error: std package " + path + ": " + se.pos + ": " + se.getMessage());
            throw e;
        } finally {
            inProgress.remove(path);
        }
    }

    private List<StdAstCache.Source> readSources(String path) throws ImportException {
        List<String> names = listFiles(path);
        if (names.isEmpty()) throw new ImportException("package " + path + " is not in GOROOT (/usr/lib/go-1.19/src/" + path + ")");
        List<StdAstCache.Source> sources = new ArrayList<>();
        for (String n : names) {
            try (InputStream in = loader.getResourceAsStream("glassgo/std/" + path + "/" + n)) {
                if (in == null) continue;
                sources.add(new StdAstCache.Source(n, in.readAllBytes()));
            } catch (IOException e) {
                throw new ImportException("glassgo: cannot read std package " + path + ": " + e.getMessage());
            }
        }
        return sources;
    }

    /**
     * A program's own file, parsed by parser on the first run of these contents and read back from
     * the AST cache (StdAstCache) on later runs.
     */
    public static SourceFile parseMain(String display, byte[] src, java.util.function.BiFunction<String, byte[], SourceFile> parser) {
        return StdAstCache.loadMain(display, src, parser);
    }

    /**
     * The compiled form of program file {@code display} (contents {@code src}) from the
     * compiled-program cache, as its encoder wrote it, or null (see StdAstCache.loadProgram).
     */
    public static byte[] cachedProgram(String display, byte[] src) {
        return StdAstCache.loadProgram(display, src);
    }

    /** Stores the encoded compiled form of a program file for {@link #cachedProgram}. */
    public static void cacheProgram(String display, byte[] src, byte[] encoded) {
        StdAstCache.storeProgram(display, src, encoded);
    }

    static SourceFile parse(String name, byte[] src) {
        try {
            java.lang.reflect.Method m = Class.forName("glassgo.compiler.syntax.Parser").getMethod("parse", String.class, byte[].class);
            return (SourceFile) m.invoke(null, name, src);
        } catch (java.lang.reflect.InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("glassgo: parser unavailable: " + e);
        }
    }

    /** All checked packages so far (import path → package). */
    public java.util.Map<String, Package> packages() { return java.util.Collections.unmodifiableMap(cache); }

    /** Whether glassgo's std has package path (without loading it). */
    public boolean has(String path) {
        return path.equals("unsafe") || cache.containsKey(path) || !listFiles(path).isEmpty();
    }

    private static java.util.Set<String> goStd;

    /** Whether path is one of Go 1.19's standard packages ({@code go list std}). */
    public static synchronized boolean isGoStd(String path) {
        if (goStd == null) {
            java.util.Set<String> s = new java.util.HashSet<>();
            try (InputStream in = StdImporter.class.getClassLoader().getResourceAsStream("glassgo/go1.19-std-packages.txt")) {
                if (in != null) {
                    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                    for (String l; (l = r.readLine()) != null; ) if (!l.isBlank() && !l.startsWith("#")) s.add(l.trim());
                }
            } catch (IOException ignored) { }
            goStd = s;
        }
        return goStd.contains(path);
    }

    private List<String> listFiles(String path) {
        if (path.isEmpty() || path.contains("..") || path.startsWith("/") || path.contains("//")) return new ArrayList<>();
        List<String> out = new ArrayList<>();
        String dir = "glassgo/std/" + path + "/";
        try (InputStream in = loader.getResourceAsStream(dir + "FILES")) {
            if (in != null) {
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String l; (l = r.readLine()) != null; ) if (!l.isBlank()) out.add(l.trim());
                return out;
            }
        } catch (IOException ignored) { }
        try {
            java.net.URL url = loader.getResource(dir);
            if (url == null) return out;
            if (url.getProtocol().equals("file")) {
                java.io.File[] fs = new java.io.File(url.toURI()).listFiles();
                if (fs != null) for (java.io.File f : fs) if (f.getName().endsWith(".go") && !f.getName().endsWith("_test.go")) out.add(f.getName());
            } else if (url.getProtocol().equals("jar")) {
                String s = url.getPath();
                String jarPath = s.substring(5, s.indexOf('!'));
                try (java.util.jar.JarFile jf = new java.util.jar.JarFile(java.net.URLDecoder.decode(jarPath, StandardCharsets.UTF_8))) {
                    var en = jf.entries();
                    while (en.hasMoreElements()) {
                        String n = en.nextElement().getName();
                        if (n.startsWith(dir) && n.endsWith(".go") && n.indexOf('/', dir.length()) < 0 && !n.endsWith("_test.go")) out.add(n.substring(dir.length()));
                    }
                }
            }
        } catch (Exception ignored) { }
        java.util.Collections.sort(out);
        return out;
    }
}
