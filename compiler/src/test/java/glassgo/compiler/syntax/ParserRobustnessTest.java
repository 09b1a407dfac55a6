package glassgo.compiler.syntax;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Any input yields a SourceFile or a SyntaxError with a position, quickly: random bytes,
 * truncations and byte flips of a valid file, and absurd nesting.
 */
class ParserRobustnessTest {

    static final String VALID = String.join("\n",
            "package main",
            "",
            "import (",
            "\t\"fmt\"",
            "\t\"strings\"",
            ")",
            "",
            "type Point struct {",
            "\tX, Y int `json:\"x\"`",
            "}",
            "",
            "func (p *Point) String() string { return fmt.Sprintf(\"(%d,%d)\", p.X, p.Y) }",
            "",
            "func main() {",
            "\tm := map[string][]Point{\"a\": {{1, 2}, {3, 4}}}",
            "\tch := make(chan int, 1)",
            "\tfor k, v := range m {",
            "\t\tswitch len(v) {",
            "\t\tcase 0:",
            "\t\t\tfallthrough",
            "\t\tdefault:",
            "\t\t\tfmt.Println(k, strings.Repeat(\"é\", 2), v[0:1:2], 0x1p-2, 'x', `raw`)",
            "\t\t}",
            "\t}",
            "\tselect {",
            "\tcase ch <- 1:",
            "\tcase x, ok := <-ch:",
            "\t\t_, _ = x, ok",
            "\t}",
            "\tif p := (Point{}); p.X == 0 {",
            "\t\tgo func() { defer recover() }()",
            "\t}",
            "}",
            "");

    static void parseOrSyntaxError(byte[] src) {
        try {
            Parser.parse("fuzz.go", src);
        } catch (SyntaxError e) {
            assertTrue(e.pos.isKnown(), "error without position: " + e.getMessage());
            assertTrue(e.getMessage() != null && !e.getMessage().isEmpty());
        } catch (Throwable t) {
            fail("unexpected " + t + " for input: " + new String(src, StandardCharsets.ISO_8859_1), t);
        }
    }

    @Test
    void validFileParses() {
        Parser.parse("ok.go", VALID.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void truncationsOfValidFile() {
        byte[] b = VALID.getBytes(StandardCharsets.UTF_8);
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (int n = 0; n <= b.length; n++) {
                parseOrSyntaxError(java.util.Arrays.copyOf(b, n));
            }
        });
    }

    @Test
    void mutationsOfValidFile() {
        byte[] b = VALID.getBytes(StandardCharsets.UTF_8);
        Random r = new Random(42);
        byte[] alphabet = "{}()[];,.:=<-+*&|^!\"'`/\n\t x0\u00e9\u0000\u00ff".getBytes(StandardCharsets.ISO_8859_1);
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (int i = 0; i < 1500; i++) {
                byte[] m = b.clone();
                int k = 1 + r.nextInt(3);
                for (int j = 0; j < k; j++) m[r.nextInt(m.length)] = alphabet[r.nextInt(alphabet.length)];
                parseOrSyntaxError(m);
            }
        });
    }

    @Test
    void randomBytes() {
        Random r = new Random(7);
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (int i = 0; i < 1500; i++) {
                byte[] m = new byte[r.nextInt(300)];
                r.nextBytes(m);
                parseOrSyntaxError(m);
                // random tokens after a valid package clause get further into the parser
                byte[] p = ("package p\nfunc f() {\n" + randomTokens(r) + "\n}\n").getBytes(StandardCharsets.UTF_8);
                parseOrSyntaxError(p);
            }
        });
    }

    static String randomTokens(Random r) {
        String[] toks = {"x", "1", "(", ")", "{", "}", "[", "]", ",", ";", ":=", "=", "+", "*", "<-", "chan", "func",
                "if", "for", "range", "switch", "case", "default", ":", ".", "...", "struct", "map", "\n", "go", "return",
                "\"s\"", "'c'", "type", "var", "select", "&", "!", "interface", "else"};
        StringBuilder sb = new StringBuilder();
        int n = r.nextInt(40);
        for (int i = 0; i < n; i++) sb.append(toks[r.nextInt(toks.length)]).append(' ');
        return sb.toString();
    }

    @Test
    void deepNestingIsASyntaxErrorOrParses() {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            int n = 20000;
            String deep = "package p\nvar x = " + "(".repeat(n) + "1" + ")".repeat(n) + "\n";
            parseOrSyntaxError(deep.getBytes(StandardCharsets.UTF_8));
            String deepOk = "package p\nvar x = " + "(".repeat(900) + "1" + ")".repeat(900) + "\n";
            Parser.parse("ok.go", deepOk.getBytes(StandardCharsets.UTF_8));
            String unary = "package p\nvar x = " + "-".repeat(n) + "1\n";
            parseOrSyntaxError(unary.getBytes(StandardCharsets.UTF_8));
            String unclosed = "package p\nvar x = " + "[]int{".repeat(n) + "\n";
            parseOrSyntaxError(unclosed.getBytes(StandardCharsets.UTF_8));
            String blocks = "package p\nfunc f() {" + "{".repeat(n) + "}".repeat(n) + "}\n";
            parseOrSyntaxError(blocks.getBytes(StandardCharsets.UTF_8));
        });
    }
}
