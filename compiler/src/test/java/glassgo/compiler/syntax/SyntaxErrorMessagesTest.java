package glassgo.compiler.syntax;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Syntax and scanner errors compared with real Go. Each expected line is what
 * {@code go tool compile} (go1.19) printed for the snippet as its first error (the same
 * text {@code go build} prints after {@code # command-line-arguments}), minus the file name.
 * Go is the oracle: regenerate by writing the snippet to x.go and running
 * {@code go tool compile -o /dev/null x.go}.
 */
class SyntaxErrorMessagesTest {

    private record Case(String src, String expected) {}

    private static Case c(String src, String expected) {
        return new Case(src, expected);
    }

    private static final List<Case> CASES = List.of(
            c("package main\n\nfunc main() {\n\tx := []int{1, 2\n\t}\n}\n", "4:17: syntax error: unexpected newline in composite literal; possibly missing comma or }"),
            c("package main\n\nfunc main() {\n\tfmt.Println(\"a\", \"b\"\n}\n", "4:22: syntax error: unexpected newline in argument list; possibly missing comma or )"),
            c("package main\n\nx := 1\n", "3:1: syntax error: non-declaration statement outside function body"),
            c("package main\n\nfunc main()\n{\n}\n", "4:1: syntax error: unexpected semicolon or newline before {"),
            c("package main\n\nfunc main() {\n\tif x == 1\n\t{\n\t}\n}\n", "4:11: syntax error: unexpected newline, expecting { after if clause"),
            c("package main\n\nfunc main() {\n\tx := 1\n", "5:1: syntax error: unexpected EOF, expecting }"),
            c("package main\n\nfunc main() {\n\ts := \"abc\n}\n", "4:11: newline in string"),
            c("package main\n\nfunc main() {\n\tr := 'a\n}\n", "4:9: newline in rune literal"),
            c("package main\n\nfunc main() {\n\tx := 1 @ 2\n}\n", "4:9: invalid character U+0040 '@'"),
            c("package main\n\nfunc main() {\n\tx := 1 y := 2\n}\n", "4:9: syntax error: unexpected y at end of statement"),
            c("func main() {\n}\n", "1:1: syntax error: package statement must be first"),
            c("package\n\nfunc main() {\n}\n", "3:1: syntax error: unexpected func, expecting name"),
            c("package main\n\nfunc main() {\n\tfor i := 0; i < 10; i++ {\n\t\tx := i +\n\t}\n}\n", "6:2: syntax error: unexpected }, expecting expression"),
            c("package main\n\nfunc main() {\n\tif x := 1 {\n\t}\n}\n", "4:7: syntax error: cannot use x := 1 as value"),
            c("package main\n\nfunc main() {\n\tvar a [3]int\n\t_ = a[1:2:]\n}\n", "5:12: final index required in 3-index slice"),
            c("package main\n\nfunc main() {\n\tgo f\n}\n", "4:5: expression in go must be function call"),
            c("package main\n\nfunc main() {\n\ts := `abc\n", "4:7: string not terminated"),
            c("package main\n\nfunc main() {\n\tx := 0x1g\n}\n", "4:10: syntax error: unexpected g at end of statement"),
            c("package main\n\nfunc main() {\n\tx := 08\n}\n", "4:8: invalid digit '8' in octal literal"),
            c("package main\n\nfunc main() {\n\ts := \"\\q\"\n}\n", "4:9: unknown escape"),
            c("package main\n\nfunc main() {\n\tswitch x {\n\tfoo\n\t}\n}\n", "5:2: syntax error: unexpected foo, expecting case or default or }"),
            c("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tif true {\n\t}\n\telse {\n\t}\n}\n", "8:2: syntax error: unexpected else, expecting }"),
            c("package main\n\nfunc main() {\n\tx := struct{a int}{1}\n\tif x == struct{a int}{1} {\n\t}\n\tfor _, v := range T{1} {\n\t}\n}\n", "7:25: syntax error: unexpected { at end of statement"),
            c("package main\n\nfunc f(a int, b) {\n}\n", "3:15: syntax error: mixed named and unnamed parameters"),
            c("package main\n\nfunc main() {\n\tx := \"h\u00e9llo\" + \u00a4\n}\n", "4:18: invalid character U+00A4 '\u00a4' in identifier"),
            c("package main\n\nfunc main() {\n\tf(a b)\n}\n", "4:6: syntax error: unexpected b in argument list; possibly missing comma or )"),
            c("package main\n\ntype T struct {\n\ta int b int\n}\n", "4:8: syntax error: unexpected b in struct type; possibly missing semicolon or newline or }"),
            c("package main\n\nfunc main() {\n\t/* unterminated\n", "4:2: comment not terminated"),
            c("package main\n\nvar x = 1 var y = 2\n", "3:11: syntax error: unexpected var after top level declaration"),
            c("package main\n\nfunc main() {\n\tx.(type)\n}\n", "4:2: invalid AST: use of .(type) outside type switch"),
            c("package main\n\nfunc main() {\n\tfor x := 0 {\n\t}\n}\n", "4:8: syntax error: cannot use x := 0 as value"),
            c("package main\n\nfunc main() {\n\tfor i := 0; i < 3; j := 1 {\n\t}\n}\n", "4:23: syntax error: cannot declare in post statement of for loop"),
            c("package main\n\nfunc main() {\n\tx := [3]int{1,2,3}[\n}\n", "5:1: syntax error: unexpected }, expecting expression"),
            c("package main\n\nfunc main() {\n\tfoo(\n}\n", "5:1: syntax error: unexpected }, expecting expression"),
            c("package main\n\nimport (\n\t\"fmt\"\n\t\"os\" \"io\"\n)\n", "5:7: syntax error: unexpected literal \"io\" in grouped declaration; possibly missing semicolon or newline or )"),
            c("package main\n\nfunc main() {\n\tvar x int = \n}\n", "5:1: syntax error: unexpected }, expecting expression"),
            c("package main\n\nfunc main() {\n\tx := map[string]int{\"a\": 1, \"b\" 2}\n}\n", "4:34: syntax error: unexpected literal 2 in composite literal; possibly missing comma or }"),
            c("package main\n\nfunc main() {\n\tx := 1_000_\n\ty := 0b102\n}\n", "4:12: '_' must separate successive digits"),
            c("package main\n\nfunc main() {\n\tc := (chan int)(nil)\n\t<-c <- 1\n\tswitch {\n\tcase 1\n\t}\n}\n", "7:8: syntax error: unexpected newline, expecting :"),
            c("package main\n\nfunc main() {\n\tx := 1\n\t)\n}\n", "5:2: syntax error: unexpected ), expecting }"),
            c("package main\n\nfunc main() {\n\tvar x = [...]int\n}\n", "4:10: invalid use of [...] array (outside a composite literal)"),
            c("package main\n\nfunc main() {\n\tx := a[]\n}\n", "4:9: syntax error: unexpected ], expecting operand"),
            c("package main\n\nfunc main() {\n\tfor {\n\t\tbreak\n\t}}\n\nfunc g() {\n\treturn 1,\n}\n", "10:1: syntax error: unexpected }, expecting expression"),
            c("package main\n\nfunc main() {\n\tx := 1 +\n", "5:1: syntax error: unexpected EOF, expecting expression"),
            c("package main\n\nfunc main() {\n\tif x {\n\t} else for {\n\t}\n}\n", "5:9: syntax error: else must be followed by if or statement block"),
            c("package main\n\nimport \"fmt\"\nvar x = 1\nimport \"os\"\n", "5:1: syntax error: non-declaration statement outside function body"),
            c("package main\n\nfunc main() {\n\tm := map[string]int{\n\t\t\"a\": 1,\n\t\t\"b\": 2\n\t}\n}\n", "6:9: syntax error: unexpected newline in composite literal; possibly missing comma or }"),
            c("package main\n\nvar x = 0x\n", "3:11: hexadecimal literal has no digits"),
            c("package main\n\nvar x = 1e\n", "3:11: exponent has no digits"),
            c("package main\n\nvar x = 0b12\n", "3:12: invalid digit '2' in binary literal"),
            c("package main\n\nvar x = 0o8\n", "3:11: invalid digit '8' in octal literal"),
            c("package main\n\nvar x = 0x1.5\n", "3:14: hexadecimal mantissa requires a 'p' exponent"),
            c("package main\n\nvar x = 1p4\n", "3:10: 'p' exponent requires hexadecimal mantissa"),
            c("package main\n\nvar x = 'ab'\n", "3:9: more than one character in rune literal"),
            c("package main\n\nvar x = ''\n", "3:10: empty rune literal or unescaped '"),
            c("package main\n\nvar x = \"\\400\"\n", "3:14: octal escape value 256 > 255"),
            c("package main\n\nvar x = \"\\xZZ\"\n", "3:12: invalid character 'Z' in hexadecimal escape"),
            c("package main\n\nvar x = \"\\uD800\"\n", "3:16: escape is invalid Unicode code point U+D800"),
            c("package main\n\nvar x = 1__0\n", "3:11: '_' must separate successive digits"),
            c("package main\n\nvar x = 0b\n", "3:11: binary literal has no digits"),
            c("package main\n\nvar x = 5 # 3\n", "3:11: invalid character U+0023 '#'"),
            c("package main\n\nvar x\u0001 = 3\n", "3:6: invalid character U+0001"),
            c("package main\n\nfunc main() {\n\tvar 1x = 3\n}\n", "4:6: syntax error: unexpected literal 1, expecting name"),
            c("package main\n\nfunc main() {\n\tx := \"a\" +\n\t\t\"b\n}\n", "5:5: newline in string"),
            c("package main\n\nfunc main() {\n\tfor i := 0; i < 10; i++\n\t{\n\t}\n}\n", "4:25: syntax error: unexpected newline, expecting { after for clause"),
            c("package main\n\nfunc main() {\n\tif x := 1; {\n\t}\n}\n", "4:11: syntax error: missing condition in if statement"),
            c("package main\n\nfunc main() {\n\tif x = 1 {\n\t}\n}\n", "4:7: syntax error: cannot use assignment (x) = (1) as value"),
            c("package main\n\nfunc main() {\n\tgo (f())\n}\n", "4:5: expression in go must not be parenthesized"),
            c("package main\n\nfunc main() {\n\tdefer 1\n}\n", "4:8: expression in defer must be function call"),
            c("package main\n\nfunc main() {\n\ta, b\n}\n", "4:6: syntax error: unexpected newline, expecting := or = or comma"),
            c("package main\n\nfunc main() {\n\tselect {\n\tcase x:\n\t}\n}\n", "5:7: select case must be send or receive (possibly with assignment)"),
            c("package main\n\nfunc main() {\n\tvar x [3]int\n\t_ = x[1::3]\n}\n", "5:10: middle index required in 3-index slice"),
            c("package main\n\nimport fmt\n", "3:11: syntax error: missing import path"),
            c("package main\n\nimport ()\nimport \"fmt\" \"os\"\n", "4:14: syntax error: unexpected literal \"os\", expecting semicolon or newline"),
            c("package main\n\ntype T interface {\n\tM() int\n\tN(\n}\n", "6:1: syntax error: unexpected }, expecting )"),
            c("package main\n\nfunc f() (a int, string) {}\n", "3:18: syntax error: mixed named and unnamed parameters"),
            c("package main\n\nfunc main() {\n\tx := map[string]int{\n\t\t\"a\": 1\n\t}\n}\n", "5:9: syntax error: unexpected newline in composite literal; possibly missing comma or }"),
            c("package main\n\nfunc main() {\n\tfor x := range y; x < 1; {\n\t}\n}\n", "4:18: syntax error: unexpected semicolon, expecting { after for clause"),
            c("package main\n\nfunc main() {\n\tvar a = []int{1,2,3}\n\tfor i := range a {\n\t\tprintln(i)\n\t}\n\tx := 3\n\tx =+ 2\n\tcase 1:\n}\n", "10:2: syntax error: unexpected case, expecting }"),
            c("package main\n\nfunc main() {\n\tfunc inner() {}\n}\n", "4:7: syntax error: unexpected inner, expecting ("),
            c("package main\n\nfunc main() {\n\tx := 1;;\n\ty := [2]int{}[0]\n\tfmt.Println(x y)\n}\n", "6:16: syntax error: unexpected y in argument list; possibly missing comma or )"),
            c("package main\n\nconst (\n\ta = iota\n\tb c\n)\n", "5:2: missing init expr for b"),
            c("package main\n\nfunc main() {\n\ts := []int{}\n\ts[0]++ = 1\n}\n", "5:9: syntax error: unexpected = at end of statement"),
            c("package main\n\nfunc main() {\n\tx = = 1\n}\n", "4:6: syntax error: unexpected =, expecting expression"),
            c("package main\n\nfunc main() {\n\tif x == 1 {\n\t} else if {\n\t}\n}\n", "5:12: syntax error: missing condition in if statement"),
            c("package main\n\nfunc f() int, error {\n\treturn 0, nil\n}\n", "3:13: syntax error: unexpected comma after top level declaration"),
            c("package main\n\ntype T struct {\n\ta int, b int\n}\n", "4:7: syntax error: unexpected comma in struct type; possibly missing semicolon or newline or }"),
            c("package main\n\nfunc main() {\n\tx := []int{1,2,3}\n\t_ = x[1:2:3:4]\n}\n", "5:13: syntax error: unexpected :, expecting ]"),
            c("package main\n\nfunc main() {\n\tfmt.Println(\"hi\")\n\n\nfunc other() {\n}\n", "7:6: syntax error: unexpected other, expecting ("),
            c("package main\n\nfunc main() {\n\tvar x int\n\tx++ ++\n}\n", "5:6: syntax error: unexpected ++ at end of statement"),
            c("package main\n\nfunc main() {\n\tfor i := 0; i < 10 {\n\t}\n}\n", "4:21: syntax error: unexpected {, expecting semicolon or newline"),
            c("package main\n\nfunc main() {\n\tx := 1\n\tswitch {\n\tcase x > 1:\n\tcase x < 1\n\t\tx++\n\t}\n}\n", "7:12: syntax error: unexpected newline, expecting :"),
            c("package main\n\nfunc main() {\n\tm := map[string]int{\"a\" 1}\n}\n", "4:26: syntax error: unexpected literal 1 in composite literal; possibly missing comma or }"),
            c("package main\n\nfunc main() {\n\tx := func() { return }(\n}\n", "5:1: syntax error: unexpected }, expecting expression"),
            c("package main\n\nfunc main() {\n\tvar x, y = 1\n\tx, y := 1\n\tgoto\n}\n", "7:1: syntax error: unexpected }, expecting name"),
            c("package main\n\nvar x = [2]int{1, 2}[0:1\n", "3:25: syntax error: unexpected newline, expecting ]"),
            c("package main\n\nfunc main() {\n\tdefer func() {}\n}\n", "4:8: expression in defer must be function call"),
            c("package main\n\nfunc main() {\n\t_ = struct{ a int }{a: 1}.a +\n}\n", "5:1: syntax error: unexpected }, expecting expression"),
            c("package main\n\nfunc main() {\n\tif x := 1; x > 0 {\n\t}\n\telse {\n\t}\n}\n", "6:2: syntax error: unexpected else, expecting }"),
            c("package main\n\nfunc f(a ...int, b int) {}\nfunc g(...) {}\n", "4:11: syntax error: ... is missing type"),
            c("package main\nimport \"fmt\"\nfunc main() {\n\tfmt.Println(\"x\")\n}}\n", "5:2: syntax error: unexpected } after top level declaration")
    );

    @TestFactory
    Stream<DynamicTest> matchesGo() {
        return CASES.stream().map(k -> DynamicTest.dynamicTest(k.expected, () -> {
            try {
                Parser.parse("x.go", k.src.getBytes(StandardCharsets.UTF_8));
                fail("no error; Go says " + k.expected);
            } catch (SyntaxError e) {
                assertEquals(k.expected, e.pos + ": " + e.getMessage());
            }
        }));
    }

    @Test
    void genericsAreRejectedClearly() {
        SyntaxError e = assertThrows(SyntaxError.class, () -> Parser.parse("x.go",
                "package main\n\nfunc f[T any](x T) T { return x }\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(new Pos(3, 7), e.pos);
        assertTrue(e.getMessage().contains("not supported by glassgo"), e.getMessage());
        e = assertThrows(SyntaxError.class, () -> Parser.parse("x.go",
                "package main\n\ntype List[T any] struct{ next *List[T] }\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(new Pos(3, 10), e.pos);
        assertTrue(e.getMessage().contains("not supported by glassgo"), e.getMessage());
    }

    @Test
    void eofInsertedSemicolonIsCalledEOF() {
        SyntaxError e = assertThrows(SyntaxError.class, () -> Parser.parse("x.go",
                "package main\nfunc f() { g(1".getBytes(StandardCharsets.UTF_8)));
        assertEquals("2:15: syntax error: unexpected EOF in argument list; possibly missing comma or )", e.pos + ": " + e.getMessage());
    }
}
