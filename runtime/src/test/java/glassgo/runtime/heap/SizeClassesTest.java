package glassgo.runtime.heap;

import glassgo.runtime.heap.gen.MkSizeClasses;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class SizeClassesTest {
    static final Path GO_FILE = Path.of("/usr/lib/go-1.19/src/runtime/sizeclasses.go");

    @Test
    void generatorOutputEqualsCheckedInFile() throws Exception {
        Path src = Path.of("src/main/java/glassgo/runtime/heap/SizeClasses.java");
        assumeTrue(Files.exists(src), "run from the runtime module directory");
        assertEquals(Files.readString(src, StandardCharsets.UTF_8), MkSizeClasses.generate(),
                "SizeClasses.java is stale: regenerate with MkSizeClasses");
    }

    @Test
    void hardRows() {
        assertEquals(68, SizeClasses.NUM_SIZE_CLASSES);
        assertEquals(8, SizeClasses.CLASS_TO_SIZE[1]);
        assertEquals(16, SizeClasses.CLASS_TO_SIZE[2]);
        assertEquals(48, SizeClasses.CLASS_TO_SIZE[5]);
        assertEquals(1408, SizeClasses.CLASS_TO_SIZE[35]);
        assertEquals(2, SizeClasses.CLASS_TO_ALLOCNPAGES[35]);
        assertEquals(9472, SizeClasses.CLASS_TO_SIZE[52]);
        assertEquals(7, SizeClasses.CLASS_TO_ALLOCNPAGES[52]);
        assertEquals(27264, SizeClasses.CLASS_TO_SIZE[65]);
        assertEquals(10, SizeClasses.CLASS_TO_ALLOCNPAGES[65]);
        assertEquals(32768, SizeClasses.CLASS_TO_SIZE[67]);
        assertEquals(0, SizeClasses.sizeToClass(0) == 0 ? 0 : 1);
        assertEquals(1, SizeClasses.sizeToClass(1));
        assertEquals(1, SizeClasses.sizeToClass(8));
        assertEquals(2, SizeClasses.sizeToClass(9));
        assertEquals(32, SizeClasses.sizeToClass(1016));
        assertEquals(32, SizeClasses.sizeToClass(1024));
        assertEquals(33, SizeClasses.sizeToClass(1025));
        assertEquals(67, SizeClasses.sizeToClass(32768));
        assertEquals(48, SizeClasses.roundupsize(33));
        assertEquals(1152, SizeClasses.roundupsize(1025));
        assertEquals(32768, SizeClasses.roundupsize(32768));
        assertEquals(40960, SizeClasses.roundupsize(32769));
        assertEquals(40960, SizeClasses.roundupsize(40000));
    }

    @Test
    void everySizeMapsToSmallestFittingClass() {
        for (int size = 1; size <= SizeClasses.MAX_SMALL_SIZE; size++) {
            int c = SizeClasses.sizeToClass(size);
            assertTrue(SizeClasses.CLASS_TO_SIZE[c] >= size);
            assertTrue(SizeClasses.CLASS_TO_SIZE[c - 1] < size, "size " + size);
            int span = SizeClasses.CLASS_TO_ALLOCNPAGES[c] * SizeClasses.PAGE_SIZE;
            long n = span / SizeClasses.CLASS_TO_SIZE[c];
            long off = (n - 1) * SizeClasses.CLASS_TO_SIZE[c] + 5;
            assertEquals(n - 1, (off * SizeClasses.CLASS_TO_DIVMAGIC[c]) >>> 32);
        }
    }

    @Test
    void tableCommentLayout() {
        String[] lines = SizeClasses.tableComment().split("\n", -1);
        assertEquals("// class  bytes/obj  bytes/span  objects  tail waste  max waste  min align", lines[0]);
        assertEquals("//     1          8        8192     1024           0     87.50%          8", lines[1]);
        assertEquals("//    67      32768       32768        1           0     12.50%       8192", lines[67]);
        assertEquals("", lines[68]);
        assertEquals("// alignment  bits  min obj size", lines[69]);
        assertEquals("//      8192    13         32768", lines[lines.length - 2]);
    }

    static int[] goArray(String src, String name) {
        Matcher mt = Pattern.compile("var " + name + " = \\[[^]]*\\]u?int\\d+\\{([^}]*)\\}").matcher(src);
        assertTrue(mt.find(), name);
        List<Integer> out = new ArrayList<>();
        for (String s : mt.group(1).split(",")) if (!s.isBlank()) out.add(Integer.parseInt(s.trim()));
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    @Test
    void equalsGo119TablesWhenSourceInstalled() throws Exception {
        assumeTrue(Files.exists(GO_FILE), "Go 1.19 source not installed");
        String go = Files.readString(GO_FILE);
        assertArrayEquals(goArray(go, "class_to_size"), SizeClasses.CLASS_TO_SIZE);
        assertArrayEquals(goArray(go, "class_to_allocnpages"), SizeClasses.CLASS_TO_ALLOCNPAGES);
        assertArrayEquals(goArray(go, "size_to_class8"), SizeClasses.SIZE_TO_CLASS8);
        assertArrayEquals(goArray(go, "size_to_class128"), SizeClasses.SIZE_TO_CLASS128);
        int start = go.indexOf("// class  bytes/obj");
        int end = go.indexOf("\n\n", go.indexOf("// alignment", start)) + 1;
        assertEquals(go.substring(start, end), SizeClasses.tableComment());
    }
}
