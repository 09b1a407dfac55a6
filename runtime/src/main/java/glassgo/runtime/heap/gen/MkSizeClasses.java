package glassgo.runtime.heap.gen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Generates {@code glassgo/runtime/heap/SizeClasses.java}: a port of Go 1.19's
 * {@code runtime/mksizeclasses.go}.
 *
 * <p>The size classes are chosen so that rounding an allocation request up to the next size class
 * wastes at most 12.5% (1.125x), and each class's span size (a whole number of 8 KiB pages) is the
 * smallest for which chopping the span into objects wastes at most 12.5% of it. The two wastes
 * multiply, so the worst case is 26.6%; in practice sizes below 512 waste mainly on round-up and
 * sizes above 512 mainly on the chopping. Alignment grows with size (8, 16 from 32 bytes, size/8
 * from 128, 256 from 2048) so that size/8 lookups stay exact. Adjacent candidates with the same page
 * count and object count are merged; then each class's object size is raised as far as the same
 * number of objects still fits its span (keeping 128-byte granularity). Exactly 68 classes result
 * (class 0 = large objects).
 *
 * <p>Usage: {@code java glassgo.runtime.heap.gen.MkSizeClasses [output-file]} (stdout if none).
 * A unit test asserts that {@link #generate()} equals the checked-in file byte for byte.
 */
public final class MkSizeClasses {
    // Constants that are not derived from the classes (same as Go's).
    static final int MAX_SMALL_SIZE = 32 << 10;
    static final int SMALL_SIZE_DIV = 8;
    static final int SMALL_SIZE_MAX = 1024;
    static final int LARGE_SIZE_DIV = 128;
    static final int PAGE_SHIFT = 13;
    static final int PAGE_SIZE = 1 << PAGE_SHIFT;

    /** One size class: max object size and span length in pages. */
    public static final class SizeClass {
        public int size;
        public int npages;

        SizeClass(int size, int npages) {
            this.size = size;
            this.npages = npages;
        }
    }

    private MkSizeClasses() {
    }

    static boolean powerOfTwo(int x) {
        return x != 0 && (x & (x - 1)) == 0;
    }

    /** Go's makeClasses. Element 0 is the dummy class for large objects. */
    public static List<SizeClass> makeClasses() {
        List<SizeClass> classes = new ArrayList<>();
        classes.add(new SizeClass(0, 0));
        int align = 8;
        for (int size = align; size <= MAX_SMALL_SIZE; size += align) {
            if (powerOfTwo(size)) { // bump alignment once in a while
                if (size >= 2048) align = 256;
                else if (size >= 128) align = size / 8;
                else if (size >= 32) align = 16; // heap bitmaps assume 16-byte alignment for objects >= 32 bytes
            }
            if (!powerOfTwo(align)) throw new IllegalStateException("incorrect alignment");
            // Make allocsize big enough that the leftover is less than 1/8 of the total.
            int allocsize = PAGE_SIZE;
            while (allocsize % size > allocsize / 8) allocsize += PAGE_SIZE;
            int npages = allocsize / PAGE_SIZE;
            // Same page count and same object count as the previous class: just widen that class.
            SizeClass prev = classes.get(classes.size() - 1);
            if (classes.size() > 1 && npages == prev.npages && allocsize / size == allocsize / prev.size) {
                prev.size = size;
                continue;
            }
            classes.add(new SizeClass(size, npages));
        }
        // Increase object sizes if the same number of larger objects fits into the same pages.
        for (int i = 1; i < classes.size(); i++) {
            SizeClass c = classes.get(i);
            int psize = c.npages * PAGE_SIZE;
            int newSize = (psize / (psize / c.size)) & ~(LARGE_SIZE_DIV - 1);
            if (newSize > c.size) c.size = newSize;
        }
        if (classes.size() != 68) throw new IllegalStateException("number of size classes has changed");
        for (SizeClass c : classes) checkDivMagic(c);
        return classes;
    }

    /**
     * Go's computeDivMagic double-check: object index = offset / size must be computable as
     * {@code (offset * (2^32/size + 1)) >>> 32} for every offset in the span.
     */
    static void checkDivMagic(SizeClass c) {
        if (c.size == 0) return;
        long m = divMagic(c.size);
        int max = c.npages * PAGE_SIZE;
        for (long n = 0; n <= max; n++) {
            if (((n * m) >>> 32) != n / c.size) throw new IllegalStateException("bad 32-bit multiply magic for " + c.size);
        }
    }

    /** {@code ^uint32(0)/size + 1}. */
    static long divMagic(int size) {
        return (0xffffffffL / size + 1) & 0xffffffffL;
    }

    /** The comment block of Go's sizeclasses.go, lines with their {@code // } prefixes, each ending in '\n'. */
    public static String comment(List<SizeClass> classes) {
        StringBuilder w = new StringBuilder();
        w.append(String.format(Locale.ROOT, "// %-5s  %-9s  %-10s  %-7s  %-10s  %-9s  %-9s\n",
                "class", "bytes/obj", "bytes/span", "objects", "tail waste", "max waste", "min align"));
        int prevSize = 0;
        int[] minAligns = new int[PAGE_SHIFT + 1];
        for (int i = 1; i < classes.size(); i++) {
            SizeClass c = classes.get(i);
            int spanSize = c.npages * PAGE_SIZE;
            int objects = spanSize / c.size;
            int tailWaste = spanSize - c.size * (spanSize / c.size);
            double maxWaste = (double) ((c.size - prevSize - 1) * objects + tailWaste) / spanSize;
            int alignBits = Integer.numberOfTrailingZeros(c.size);
            if (alignBits > PAGE_SHIFT) alignBits = PAGE_SHIFT; // object alignment is capped at page alignment
            for (int b = 0; b < minAligns.length; b++) {
                if (b > alignBits) minAligns[b] = 0;
                else if (minAligns[b] == 0) minAligns[b] = c.size;
            }
            prevSize = c.size;
            w.append(String.format(Locale.ROOT, "// %5d  %9d  %10d  %7d  %10d  %8.2f%%  %9d\n",
                    i, c.size, spanSize, objects, tailWaste, 100 * maxWaste, 1 << alignBits));
        }
        w.append('\n');
        w.append(String.format(Locale.ROOT, "// %-9s  %-4s  %-12s\n", "alignment", "bits", "min obj size"));
        for (int bits = 0; bits < minAligns.length; bits++) {
            int size = minAligns[bits];
            if (size == 0) break;
            if (bits + 1 < minAligns.length && size == minAligns[bits + 1]) continue;
            w.append(String.format(Locale.ROOT, "// %9d  %4d  %12d\n", 1 << bits, bits, size));
        }
        return w.toString();
    }

    static int[] sizeToClass8(List<SizeClass> classes) {
        int[] sc = new int[SMALL_SIZE_MAX / SMALL_SIZE_DIV + 1];
        for (int i = 0; i < sc.length; i++) sc[i] = firstClassAtLeast(classes, i * SMALL_SIZE_DIV);
        return sc;
    }

    static int[] sizeToClass128(List<SizeClass> classes) {
        int[] sc = new int[(MAX_SMALL_SIZE - SMALL_SIZE_MAX) / LARGE_SIZE_DIV + 1];
        for (int i = 0; i < sc.length; i++) sc[i] = firstClassAtLeast(classes, SMALL_SIZE_MAX + i * LARGE_SIZE_DIV);
        return sc;
    }

    private static int firstClassAtLeast(List<SizeClass> classes, int size) {
        for (int j = 0; j < classes.size(); j++) if (classes.get(j).size >= size) return j;
        throw new IllegalStateException("no class for " + size);
    }

    private static String intArray(String name, int[] v) {
        StringBuilder b = new StringBuilder("    public static final int[] " + name + " = {");
        for (int i = 0; i < v.length; i++) {
            if (i % 20 == 0) b.append("\n           ");
            b.append(' ').append(v[i]).append(',');
        }
        return b.append("\n    };\n").toString();
    }

    private static String longArray(String name, long[] v) {
        StringBuilder b = new StringBuilder("    public static final long[] " + name + " = {");
        for (int i = 0; i < v.length; i++) {
            if (i % 6 == 0) b.append("\n           ");
            b.append(' ').append(v[i]).append("L,");
        }
        return b.append("\n    };\n").toString();
    }

    /** The complete text of SizeClasses.java. */
    public static String generate() {
        List<SizeClass> classes = makeClasses();
        int n = classes.size();
        int[] size = new int[n], npages = new int[n];
        long[] magic = new long[n];
        for (int i = 0; i < n; i++) {
            size[i] = classes.get(i).size;
            npages[i] = classes.get(i).npages;
            magic[i] = size[i] == 0 ? 0 : divMagic(size[i]);
        }
        StringBuilder w = new StringBuilder();
        w.append("// Code generated by glassgo.runtime.heap.gen.MkSizeClasses; DO NOT EDIT.\n");
        w.append("package glassgo.runtime.heap;\n\n");
        w.append("/**\n");
        w.append(" * Go 1.19's malloc size classes (runtime/sizeclasses.go), generated by\n");
        w.append(" * {@link glassgo.runtime.heap.gen.MkSizeClasses}, which explains how they are chosen.\n");
        w.append(" *\n");
        w.append(" * <pre>\n");
        for (String line : comment(classes).split("\n", -1)) {
            if (line.isEmpty()) continue;
            w.append(" * ").append(line.substring(3)).append('\n');
        }
        w.append(" * </pre>\n");
        w.append(" */\n");
        w.append("public final class SizeClasses {\n");
        w.append("    public static final int MAX_SMALL_SIZE = ").append(MAX_SMALL_SIZE).append(";\n");
        w.append("    public static final int SMALL_SIZE_DIV = ").append(SMALL_SIZE_DIV).append(";\n");
        w.append("    public static final int SMALL_SIZE_MAX = ").append(SMALL_SIZE_MAX).append(";\n");
        w.append("    public static final int LARGE_SIZE_DIV = ").append(LARGE_SIZE_DIV).append(";\n");
        w.append("    public static final int NUM_SIZE_CLASSES = ").append(n).append(";\n");
        w.append("    public static final int PAGE_SHIFT = ").append(PAGE_SHIFT).append(";\n");
        w.append("    public static final int PAGE_SIZE = 1 << PAGE_SHIFT;\n\n");
        w.append("    /** class_to_size: object size of each class (do not modify). */\n");
        w.append(intArray("CLASS_TO_SIZE", size));
        w.append("    /** class_to_allocnpages: span length in pages of each class (do not modify). */\n");
        w.append(intArray("CLASS_TO_ALLOCNPAGES", npages));
        w.append("    /** class_to_divmagic: {@code ^uint32(0)/size + 1}; offset/size == (offset*magic) >>> 32 (do not modify). */\n");
        w.append(longArray("CLASS_TO_DIVMAGIC", magic));
        w.append("    /** size_to_class8[ceil(size/8)] for size &lt;= 1024 (do not modify). */\n");
        w.append(intArray("SIZE_TO_CLASS8", sizeToClass8(classes)));
        w.append("    /** size_to_class128[ceil((size-1024)/128)] for 1024 &lt; size &lt;= 32768 (do not modify). */\n");
        w.append(intArray("SIZE_TO_CLASS128", sizeToClass128(classes)));
        w.append("\n    private static final String TABLE_COMMENT =\n");
        String[] lines = comment(classes).split("\n", -1);
        for (int i = 0; i < lines.length - 1; i++) {
            w.append("            \"").append(lines[i]).append("\\n\"").append(i < lines.length - 2 ? " +\n" : ";\n");
        }
        w.append(TEMPLATE_METHODS);
        return w.toString();
    }

    private static final String TEMPLATE_METHODS = String.join("\n",
            "",
            "    private SizeClasses() {",
            "    }",
            "",
            "    /**",
            "     * The comment block at the top of Go's runtime/sizeclasses.go, exactly as it appears there",
            "     * (each line with its {@code // } prefix, so the output can be diffed against Go's file).",
            "     */",
            "    public static String tableComment() {",
            "        return TABLE_COMMENT;",
            "    }",
            "",
            "    /** Size class for a small allocation of {@code size} bytes (1 &lt;= size &lt;= 32768). */",
            "    public static int sizeToClass(long size) {",
            "        if (size <= SMALL_SIZE_MAX - 8) return SIZE_TO_CLASS8[(int) ((size + SMALL_SIZE_DIV - 1) / SMALL_SIZE_DIV)];",
            "        return SIZE_TO_CLASS128[(int) ((size - SMALL_SIZE_MAX + LARGE_SIZE_DIV - 1) / LARGE_SIZE_DIV)];",
            "    }",
            "",
            "    /**",
            "     * Go's roundupsize: the size mallocgc actually allocates for a request of {@code size} bytes",
            "     * (the class size for small sizes, whole pages for large ones).",
            "     */",
            "    public static long roundupsize(long size) {",
            "        if (size < MAX_SMALL_SIZE) return CLASS_TO_SIZE[sizeToClass(size)];",
            "        if (size + PAGE_SIZE < size) return size;",
            "        return (size + PAGE_SIZE - 1) & -(long) PAGE_SIZE;",
            "    }",
            "}",
            "");

    public static void main(String[] args) throws IOException {
        String src = generate();
        if (args.length == 0) System.out.print(src);
        else Files.writeString(Path.of(args[0]), src, StandardCharsets.UTF_8);
    }
}
