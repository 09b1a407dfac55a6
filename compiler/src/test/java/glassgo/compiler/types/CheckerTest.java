package glassgo.compiler.types;

import glassgo.compiler.syntax.Parser;
import glassgo.compiler.syntax.SourceFile;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Unit tests of the type checker's results (types, constant values, method sets, Info tables)
 * on small packages. Error wording is covered against real Go by testdata/errors; here the
 * checker's model of a correct program is pinned down, with values a Go engineer can verify
 * with go/types.
 */
class CheckerTest {
    private static CheckResult check(String src) {
        SourceFile f = Parser.parse("./p.go", src.getBytes(StandardCharsets.UTF_8));
        return Checker.check(List.of(f), new StdImporter());
    }

    private static Package ok(String src) {
        CheckResult r = check(src);
        assertTrue(r.ok(), () -> "unexpected errors: " + r.errors());
        return r.pkg();
    }

    private static String typeOf(Package p, String name) { return p.scope().lookup(name).type().toString(); }

    private static String constOf(Package p, String name) { return ((Const) p.scope().lookup(name)).val().toString(); }

    @Test
    void untypedConstantsAreExact() {
        Package p = ok("""
                package main
                const big = 1 << 100
                const small = big >> 98
                const third = 1.0 / 3
                const r = 'a' + 1
                const s = "go" + "pher"
                const (
                    a = iota * 10
                    b
                    _
                    d
                )
                func main() {}
                """);
        assertEquals("4", constOf(p, "small"));
        assertEquals("untyped int", typeOf(p, "big"));
        assertEquals("untyped float", typeOf(p, "third"));
        assertEquals("untyped rune", typeOf(p, "r"));
        assertEquals("98", constOf(p, "r"));
        assertEquals("\"gopher\"", constOf(p, "s"));
        assertEquals("10", constOf(p, "b"));
        assertEquals("30", constOf(p, "d"));
    }

    @Test
    void defaultTypesOfUntypedInitializers() {
        Package p = ok("""
                package main
                var f = 1.5 * 2
                var i = 7 / 2
                var c = 1i * 1i
                var r = 'x'
                var b = 1 < 2
                var s = []int{1, 2}[1:]
                var m = map[string][]bool{}
                func main() {}
                """);
        assertEquals("float64", typeOf(p, "f"));
        assertEquals("int", typeOf(p, "i"));
        assertEquals("complex128", typeOf(p, "c"));
        assertEquals("rune", typeOf(p, "r")); // go/types: the default type of an untyped rune is the rune alias
        assertEquals("bool", typeOf(p, "b"));
        assertEquals("[]int", typeOf(p, "s"));
        assertEquals("map[string][]bool", typeOf(p, "m"));
    }

    @Test
    void embeddingPromotesFieldsAndMethods() {
        Package p = ok("""
                package main
                type U struct{ B string }
                func (u *U) M() int { return len(u.B) }
                func (u U) V() string { return u.B }
                type T struct {
                    A int
                    *U
                }
                type I interface{ M() int; V() string }
                var t T
                var fb = t.B
                var fm = t.M
                var fv = T.V
                var _ I = t
                func main() {}
                """);
        assertEquals("string", typeOf(p, "fb"));
        assertEquals("func() int", typeOf(p, "fm"));
        assertEquals("func(main.T) string", typeOf(p, "fv").replace("func(T)", "func(main.T)"));
        Lookup.Result r = Lookup.lookupFieldOrMethod(p.scope().lookup("T").type(), false, p, "M");
        assertTrue(r.obj() instanceof Func);
        assertArrayEquals(new int[]{1, 0}, r.index());
        assertTrue(r.indirect(), "M is reached through the embedded pointer");
    }

    @Test
    void methodSetsDecideInterfaceSatisfaction() {
        CheckResult r = check("""
                package main
                type S struct{}
                func (s *S) M() {}
                type I interface{ M() }
                var _ I = S{}
                var _ I = &S{}
                func main() {}
                """);
        List<String> errs = r.errors().stream().map(TypeError::msg).collect(Collectors.toList());
        assertEquals(1, errs.size(), errs::toString);
        assertTrue(errs.get(0).contains("(M method has pointer receiver)"), errs.get(0));
    }

    @Test
    void commaOkFormsAndTupleAssignments() {
        Package p = ok("""
                package main
                var x, ok = interface{}(1).(int)
                var m = map[string]int{}
                var v, found = m["k"]
                func two() (int, string) { return 1, "a" }
                var n, s = two()
                func main() {}
                """);
        assertEquals("int", typeOf(p, "x"));
        assertEquals("bool", typeOf(p, "ok"));
        assertEquals("bool", typeOf(p, "found"));
        assertEquals("string", typeOf(p, "s"));
    }

    @Test
    void initializationOrderFollowsDependencies() {
        Package p = ok("""
                package main
                var a = b + c
                var b = f()
                var c = 2
                func f() int { return c * 10 }
                func main() {}
                """);
        List<String> order = p.info().initOrder.stream().map(in -> in.lhs().get(0).name()).collect(Collectors.toList());
        assertEquals(List.of("c", "b", "a"), order);
    }

    @Test
    void capturedAndAddressTakenVariablesAreRecorded() {
        CheckResult r = check("""
                package main
                func main() {
                    x, y, z := 1, 2, 3
                    p := &x
                    f := func() int { return y }
                    _, _, _ = p, f, z
                }
                """);
        assertTrue(r.ok(), () -> r.errors().toString());
        List<String> taken = r.pkg().info().addressTaken.stream().map(Obj::name).collect(Collectors.toList());
        assertEquals(List.of("x"), taken);
        List<String> caps = r.pkg().info().captured.values().stream().flatMap(List::stream).map(Obj::name).collect(Collectors.toList());
        assertEquals(List.of("y"), caps);
    }

    @Test
    void constantOverflowAndRepresentability() {
        CheckResult r = check("""
                package main
                const huge = 1 << 64
                var a int64 = huge
                var b uint8 = 255 + 1
                var c int = 'a' * 1.5
                func main() {}
                """);
        List<String> errs = r.errors().stream().map(TypeError::msg).collect(Collectors.toList());
        assertEquals(3, errs.size(), errs::toString);
        assertEquals("cannot use huge (untyped int constant 18446744073709551616) as int64 value in variable declaration (overflows)", errs.get(0));
        assertEquals("cannot use 255 + 1 (untyped int constant 256) as uint8 value in variable declaration (overflows)", errs.get(1));
        assertEquals("cannot use 'a' * 1.5 (untyped float constant 145.5) as int value in variable declaration (truncated)", errs.get(2));
    }
}
