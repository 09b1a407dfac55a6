package glassgo.compiler.types;

import glassgo.compiler.syntax.AstCodec;
import glassgo.compiler.syntax.SourceFile;
import java.io.IOException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * The parsed ASTs of std packages, cached on disk in {@link AstCodec}'s binary form so that a
 * run does not parse std sources with ANTLR (the largest start-up cost: ~0.7 s for fmt's imports
 * in a cold JVM, against a few tens of milliseconds to decode).
 *
 * <p>One file per package, {@code <dir>/<path with '/' as '%'>.ast}: a header (magic, key length,
 * key, CRC32C of the rest) and the encoded files (whose function bodies are decoded on first use,
 * so the checksum is verified when the entry is read). The key identifies everything a parse depends on: the std sources
 * and the parser's classes ({@link #INPUTS}: grammar, AST builder, codec, and this class, which
 * lives with the std resources). When all of them come from jar files (the launcher's fat jar),
 * the key is those jars' paths, sizes and modification times (the jars found through the classes'
 * code sources: ClassLoader.getResource would search every JDK module), so a hit reads no resource at all
 * and any rebuild of a jar invalidates every entry. Otherwise (classes directories: tests,
 * development) the key is a checksum of the contents: the parser class files and the package's
 * file names and sources (CRC32C and CRC32 of all of them, and their total length). An entry
 * whose key differs in any way is never used: the package is parsed and the entry rewritten.
 * Entries are written to a temporary file and renamed into place, so concurrent runs see a whole
 * entry or none. Every failure (no directory, unwritable, corrupt entry) falls back to parsing;
 * the cache only ever changes how fast std is loaded, never what is loaded.
 *
 * <p>The directory is {@code glassgo-std-ast} next to the jar (or classes directory) holding this
 * class, e.g. {@code target/glassgo-std-ast}; the system property {@code glassgo.astcache} names
 * another directory, or {@code off} disables the cache.
 */
final class StdAstCache {
    private StdAstCache() {}

    /** The class files whose code decides what a parse (or a compile) returns, and this class (std's jar). */
    private static final String[] INPUTS = {
        "glassgo/grammar/GoLexer.class", "glassgo/grammar/GoParser.class",
        "glassgo/grammar/support/SemicolonInserter.class", "glassgo/grammar/support/LexicalChecks.class",
        "glassgo/compiler/syntax/Parser.class", "glassgo/compiler/syntax/AstBuilder.class",
        "glassgo/compiler/syntax/AstCodec.class", "glassgo/compiler/types/StdAstCache.class",
        // compiled programs also depend on the runtime's type layout (a jar of its own in a
        // Maven reactor build; in the launcher's fat jar with the rest)
        "glassgo/runtime/types/RType.class",
    };
    private static final byte[] MAGIC = "GGAST3".getBytes(StandardCharsets.US_ASCII);

    private static final Path DIR = dir();

    /** One source file of a package: its name and bytes. */
    record Source(String name, byte[] bytes) {}

    /** Reads the sources of a package (only when they are needed: on a miss, or for a content key). */
    interface SourceReader { List<Source> read() throws Importer.ImportException; }

    /** The parsed files of std package {@code path}, from the cache if its entry is current. */
    static List<SourceFile> load(ClassLoader loader, String path, SourceReader reader) throws Importer.ImportException {
        Inputs in = DIR == null ? null : inputs(loader);
        Path file = null;
        if (in != null && plainPath(path)) file = DIR.resolve(path.replace('/', '%') + ".ast");
        List<Source> sources = null;
        byte[] key = null;
        if (file != null) {
            if (in.jarKey != null) key = in.jarKey;
            else {
                sources = reader.read();
                List<Source> keyed = new ArrayList<>(in.classes);
                keyed.addAll(sources);
                key = checksum(keyed);
            }
            List<SourceFile> hit = read(file, key);
            if (hit != null) return hit;
        }
        if (sources == null) sources = reader.read();
        List<SourceFile> files = new ArrayList<>();
        for (Source s : sources) files.add(StdImporter.parse(s.name(), s.bytes()));
        if (file != null) write(file, key, files);
        return files;
    }

    /** Most main-file entries (parsed and compiled) kept (the least recently written beyond this are deleted on a miss). */
    private static final int MAIN_ENTRIES = 128;

    /**
     * The parsed form of a program's own file, cached like a std package's (as go's build cache
     * keeps compiled packages), under a name derived from the file name and contents: a second
     * run of the same file does not start ANTLR at all. A file that does not parse is never
     * cached (the parser's SyntaxError propagates on every run).
     */
    static SourceFile loadMain(String display, byte[] src, java.util.function.BiFunction<String, byte[], SourceFile> parser) {
        MainEntry e = mainEntry("main-", ".ast", display, src, false);
        if (e == null) return parser.apply(display, src);
        List<SourceFile> hit = read(e.file, e.key);
        if (hit != null && hit.size() == 1) return hit.get(0);
        SourceFile f = parser.apply(display, src);
        write(e.file, e.key, List.of(f));
        pruneMain();
        return f;
    }

    /** A program file's cache entry: where it is and the key it must carry. */
    private record MainEntry(Path file, byte[] key) {}

    /**
     * The entry {@code <prefix><checksum of name and contents><suffix>} for a program file, keyed
     * by the inputs and the file; null if there is no cache, or (jarOnly) the classes are not
     * all in jars — a compiled program depends on the checker's and code generator's classes,
     * which the jars' identity covers but the content key of classes directories does not.
     */
    private static MainEntry mainEntry(String prefix, String suffix, String display, byte[] src, boolean jarOnly) {
        Inputs in = DIR == null ? null : inputs(StdAstCache.class.getClassLoader());
        if (in == null || jarOnly && in.jarKey == null) return null;
        byte[] id = checksum(List.of(new Source(display, src)));
        List<Source> keyed = new ArrayList<>();
        if (in.classes != null) keyed.addAll(in.classes);
        keyed.add(new Source(display, src));
        byte[] sum = checksum(keyed);
        byte[] key = in.jarKey == null ? sum : ByteBuffer.allocate(in.jarKey.length + sum.length).put(in.jarKey).put(sum).array();
        StringBuilder name = new StringBuilder(prefix);
        for (byte b : id) name.append(Character.forDigit((b >> 4) & 15, 16)).append(Character.forDigit(b & 15, 16));
        return new MainEntry(DIR.resolve(name.append(suffix).toString()), key);
    }

    private static final byte[] PROGRAM_MAGIC = "GGPRG1".getBytes(StandardCharsets.US_ASCII);

    /**
     * The cached compiled program (encoded by the caller, e.g. ProgramCodec) of a program file
     * named {@code display} with contents {@code src}, or null. Only with the launcher's fat jar
     * (see {@link #mainEntry}); entries are written by {@link #storeProgram} and pruned with the
     * parsed program files.
     */
    static byte[] loadProgram(String display, byte[] src) {
        MainEntry e = mainEntry("main-", ".prog", display, src, true);
        if (e == null) return null;
        byte[] d = readEntry(e.file, PROGRAM_MAGIC, e.key);
        if (d == null) return null;
        int h = PROGRAM_MAGIC.length + 4 + e.key.length + 4;
        return Arrays.copyOfRange(d, h, d.length);
    }

    static void storeProgram(String display, byte[] src, byte[] encoded) {
        MainEntry e = mainEntry("main-", ".prog", display, src, true);
        if (e == null) return;
        writeEntry(e.file, PROGRAM_MAGIC, e.key, encoded);
        pruneMain();
    }

    private static void pruneMain() {
        try (var files = Files.list(DIR)) {
            List<Path> mains = files.filter(p -> p.getFileName().toString().startsWith("main-")).toList();
            if (mains.size() <= MAIN_ENTRIES) return;
            List<Path> byAge = new ArrayList<>(mains);
            byAge.sort((a, b) -> {
                try { return Files.getLastModifiedTime(a).compareTo(Files.getLastModifiedTime(b)); }
                catch (IOException e) { return 0; }
            });
            for (Path p : byAge.subList(0, byAge.size() - MAIN_ENTRIES)) Files.deleteIfExists(p);
        } catch (IOException | RuntimeException e) {
            // pruning is best effort
        }
    }

    /** An import path that can name a cache file as it is (letters, digits, '_', '.', '-', '/'). */
    private static boolean plainPath(String path) {
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '.' || c == '-' || c == '/')) return false;
        }
        return !path.isEmpty();
    }

    /** What the key is made of: the jars' identity, or (for classes directories) the class files. */
    private record Inputs(byte[] jarKey, List<Source> classes) {}
    private static Inputs inputs;
    private static boolean inputsDone;

    /** Null if an input cannot be located or read (then nothing is cached). */
    private static synchronized Inputs inputs(ClassLoader loader) {
        if (inputsDone) return inputs;
        inputsDone = true;
        try {
            LinkedHashSet<Path> jars = new LinkedHashSet<>();
            boolean allJars = true;
            for (String c : INPUTS) {
                // where the class comes from, by its code source: ClassLoader.getResource would
                // search every module of the JDK first (a tenth of hello's start-up)
                Class<?> k;
                try {
                    k = Class.forName(c.substring(0, c.length() - ".class".length()).replace('/', '.'), false, loader);
                } catch (ClassNotFoundException | LinkageError e) {
                    return null;
                }
                var src = k.getProtectionDomain().getCodeSource();
                URL u = src == null ? null : src.getLocation();
                if (u != null && u.getProtocol().equals("file") && u.getPath().endsWith(".jar")) jars.add(Path.of(u.toURI()));
                else allJars = false;
            }
            if (allJars) {
                StringBuilder sb = new StringBuilder();
                for (Path j : jars) {
                    BasicFileAttributes a = Files.readAttributes(j, BasicFileAttributes.class);
                    if (!a.isRegularFile()) return null;
                    sb.append(j.toAbsolutePath()).append('\0').append(a.size()).append('\0')
                            .append(a.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS)).append('\n');
                }
                return inputs = new Inputs(sb.toString().getBytes(StandardCharsets.UTF_8), null);
            }
            List<Source> classes = new ArrayList<>();
            for (String c : INPUTS) {
                try (var is = loader.getResourceAsStream(c)) {
                    if (is == null) return null;
                    classes.add(new Source(c, is.readAllBytes()));
                }
            }
            return inputs = new Inputs(null, classes);
        } catch (IOException | RuntimeException | java.net.URISyntaxException e) {
            return null;
        }
    }

    /** CRC32C, CRC32 and total length of the sources' names, lengths and bytes. */
    private static byte[] checksum(List<Source> sources) {
        CRC32C c1 = new CRC32C();
        CRC32 c2 = new CRC32();
        long total = 0;
        for (Source s : sources) {
            byte[] name = s.name().getBytes(StandardCharsets.UTF_8);
            byte[] len = ByteBuffer.allocate(8).putInt(name.length).putInt(s.bytes().length).array();
            for (byte[] b : new byte[][] {len, name, s.bytes()}) { c1.update(b); c2.update(b); total += b.length; }
        }
        return ByteBuffer.allocate(16).putInt((int) c1.getValue()).putInt((int) c2.getValue()).putLong(total).array();
    }

    private static List<SourceFile> read(Path file, byte[] key) {
        byte[] d = readEntry(file, MAGIC, key);
        if (d == null) return null;
        try {
            return AstCodec.decode(d, MAGIC.length + 4 + key.length + 4);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * The bytes of the entry in {@code file} if its header has this magic and key and its
     * checksum matches (the body starts at offset magic + 4 + key + 4), else null.
     */
    private static byte[] readEntry(Path file, byte[] magic, byte[] key) {
        try {
            byte[] d = Files.readAllBytes(file);
            int h = magic.length + 4 + key.length + 4;
            if (d.length < h || !Arrays.equals(d, 0, magic.length, magic, 0, magic.length)) return null;
            if (ByteBuffer.wrap(d, magic.length, 4).getInt() != key.length) return null;
            if (!Arrays.equals(d, magic.length + 4, h - 4, key, 0, key.length)) return null;
            // (AST function bodies are decoded when first used, long after this: check everything now)
            CRC32C crc = new CRC32C();
            crc.update(d, h, d.length - h);
            if (ByteBuffer.wrap(d, h - 4, 4).getInt() != (int) crc.getValue()) return null;
            return d;
        } catch (IOException e) {
            return null;
        }
    }

    private static void write(Path file, byte[] key, List<SourceFile> files) {
        byte[] body;
        try {
            body = AstCodec.encode(files);
        } catch (RuntimeException e) {
            return; // not cached: the next run parses again
        }
        writeEntry(file, MAGIC, key, body);
    }

    /** Writes an entry (header and body) to a temporary file and renames it into place; failures leave no entry. */
    private static void writeEntry(Path file, byte[] magic, byte[] key, byte[] body) {
        Path tmp = null;
        try {
            CRC32C crc = new CRC32C();
            crc.update(body);
            ByteBuffer b = ByteBuffer.allocate(magic.length + 4 + key.length + 4 + body.length);
            b.put(magic).putInt(key.length).put(key).putInt((int) crc.getValue()).put(body);
            Files.createDirectories(file.getParent());
            tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
            Files.write(tmp, b.array());
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            tmp = null;
        } catch (IOException | RuntimeException e) {
            // not cached
        } finally {
            if (tmp != null) try { Files.deleteIfExists(tmp); } catch (IOException ignored) { }
        }
    }

    private static Path dir() {
        String prop = System.getProperty("glassgo.astcache");
        if (prop != null) return prop.equals("off") || prop.isEmpty() ? null : Path.of(prop);
        try {
            var src = StdAstCache.class.getProtectionDomain().getCodeSource();
            if (src == null || !src.getLocation().getProtocol().equals("file")) return null;
            Path parent = Path.of(src.getLocation().toURI()).getParent();
            return parent == null ? null : parent.resolve("glassgo-std-ast");
        } catch (Exception | LinkageError e) {
            return null;
        }
    }
}
