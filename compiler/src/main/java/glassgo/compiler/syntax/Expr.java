package glassgo.compiler.syntax;

import java.util.List;

/**
 * Expressions and type expressions (Go's go/ast shapes; positions as cmd/compile's syntax package).
 * Every class is a final class with identity equality (side tables are IdentityHashMaps).
 */
public sealed interface Expr extends Node {

    /** An identifier (also {@code _}). pos: the identifier. */
    final class Ident implements Expr {
        public final Pos pos; public final String name;
        public Ident(Pos pos, String name) { this.pos = pos; this.name = name; }
        public Pos pos() { return pos; }
        @Override public String toString() { return name; }
    }

    /** Literal kinds. */
    enum LitKind { INT, FLOAT, IMAG, CHAR, STRING }

    /**
     * A literal. {@code raw} is the source text exactly as written (for strings: with quotes,
     * bytes decoded as UTF-8... see {@code rawBytes}). pos: the literal.
     * {@code rawBytes}: the literal's source bytes (string literals may contain arbitrary bytes).
     */
    final class BasicLit implements Expr {
        public final Pos pos; public final LitKind kind; public final String raw; public final byte[] rawBytes;
        public BasicLit(Pos pos, LitKind kind, String raw, byte[] rawBytes) { this.pos = pos; this.kind = kind; this.raw = raw; this.rawBytes = rawBytes; }
        public Pos pos() { return pos; }
    }

    /** {@code T{elts}}; {@code type} is null when elided inside another literal. pos: the {@code {}. */
    final class CompositeLit implements Expr {
        public final Pos pos; public final Expr type; public final List<Expr> elts; public final Pos rbrace;
        public CompositeLit(Pos pos, Expr type, List<Expr> elts, Pos rbrace) { this.pos = pos; this.type = type; this.elts = elts; this.rbrace = rbrace; }
        public Pos pos() { return pos; }
    }

    /** {@code func(params) results { body }}. pos: the {@code func} keyword. */
    final class FuncLit implements Expr {
        public final Pos pos; public final FuncType type; public final Stmt.Block body;
        public FuncLit(Pos pos, FuncType type, Stmt.Block body) { this.pos = pos; this.type = type; this.body = body; }
        public Pos pos() { return pos; }
    }

    /** {@code (x)}. pos: the {@code (}. */
    final class Paren implements Expr {
        public final Pos pos; public final Expr x;
        public Paren(Pos pos, Expr x) { this.pos = pos; this.x = x; }
        public Pos pos() { return pos; }
    }

    /** {@code x.sel}. pos: the {@code .}. */
    final class Selector implements Expr {
        public final Pos pos; public final Expr x; public final Ident sel;
        public Selector(Pos pos, Expr x, Ident sel) { this.pos = pos; this.x = x; this.sel = sel; }
        public Pos pos() { return pos; }
    }

    /** {@code x[index]}. pos: the {@code [}. */
    final class Index implements Expr {
        public final Pos pos; public final Expr x; public final Expr index;
        public Index(Pos pos, Expr x, Expr index) { this.pos = pos; this.x = x; this.index = index; }
        public Pos pos() { return pos; }
    }

    /** {@code x[lo:hi]} or {@code x[lo:hi:max]} ({@code slice3}); absent parts are null. pos: the {@code [}. */
    final class Slice implements Expr {
        public final Pos pos; public final Expr x, lo, hi, max; public final boolean slice3;
        public Slice(Pos pos, Expr x, Expr lo, Expr hi, Expr max, boolean slice3) { this.pos = pos; this.x = x; this.lo = lo; this.hi = hi; this.max = max; this.slice3 = slice3; }
        public Pos pos() { return pos; }
    }

    /** {@code x.(T)}; {@code type} is null for {@code x.(type)} in a type switch. pos: the {@code .}. */
    final class TypeAssert implements Expr {
        public final Pos pos; public final Expr x; public final Expr type;
        public TypeAssert(Pos pos, Expr x, Expr type) { this.pos = pos; this.x = x; this.type = type; }
        public Pos pos() { return pos; }
    }

    /** {@code fun(args)}, {@code hasDots} for {@code f(xs...)}. pos: the {@code (}; {@code rparen}: the {@code )}. */
    final class Call implements Expr {
        public final Pos pos; public final Expr fun; public final List<Expr> args; public final boolean hasDots; public final Pos rparen;
        public Call(Pos pos, Expr fun, List<Expr> args, boolean hasDots, Pos rparen) { this.pos = pos; this.fun = fun; this.args = args; this.hasDots = hasDots; this.rparen = rparen; }
        public Pos pos() { return pos; }
    }

    /** {@code *x}: dereference or pointer type. pos: the {@code *}. */
    final class Star implements Expr {
        public final Pos pos; public final Expr x;
        public Star(Pos pos, Expr x) { this.pos = pos; this.x = x; }
        public Pos pos() { return pos; }
    }

    /** Unary operators: {@code + - ! ^ & <-}. pos: the operator. */
    final class Unary implements Expr {
        public final Pos pos; public final Op op; public final Expr x;
        public Unary(Pos pos, Op op, Expr x) { this.pos = pos; this.op = op; this.x = x; }
        public Pos pos() { return pos; }
    }

    /** {@code x op y}. pos: the operator. */
    final class Binary implements Expr {
        public final Pos pos; public final Op op; public final Expr x, y;
        public Binary(Pos pos, Op op, Expr x, Expr y) { this.pos = pos; this.op = op; this.x = x; this.y = y; }
        public Pos pos() { return pos; }
    }

    /** {@code key: value} inside a composite literal. pos: the {@code :}. */
    final class KeyValue implements Expr {
        public final Pos pos; public final Expr key, value;
        public KeyValue(Pos pos, Expr key, Expr value) { this.pos = pos; this.key = key; this.value = value; }
        public Pos pos() { return pos; }
    }

    /** {@code [len]elem}; {@code len == null} for a slice type; {@code len} is a {@link Dots} for {@code [...]T}. pos: the {@code [}. */
    final class ArrayType implements Expr {
        public final Pos pos; public final Expr len; public final Expr elem;
        public ArrayType(Pos pos, Expr len, Expr elem) { this.pos = pos; this.len = len; this.elem = elem; }
        public Pos pos() { return pos; }
    }

    /** {@code ...T} as the type of a final variadic parameter ({@code elem} non-null), or the {@code ...} of {@code [...]T} ({@code elem} null). pos: the {@code ...}. */
    final class Dots implements Expr {
        public final Pos pos; public final Expr elem;
        public Dots(Pos pos, Expr elem) { this.pos = pos; this.elem = elem; }
        public Pos pos() { return pos; }
    }

    /** {@code struct { fields }}. pos: the {@code struct} keyword. */
    final class StructType implements Expr {
        public final Pos pos; public final List<Field> fields;
        public StructType(Pos pos, List<Field> fields) { this.pos = pos; this.fields = fields; }
        public Pos pos() { return pos; }
    }

    /** {@code func(params) results}; each parameter/result group is a {@link Field}. pos: the {@code func} keyword (or the {@code (} in method specs and declarations). */
    final class FuncType implements Expr {
        public final Pos pos; public final List<Field> params; public final List<Field> results;
        public FuncType(Pos pos, List<Field> params, List<Field> results) { this.pos = pos; this.params = params; this.results = results; }
        public Pos pos() { return pos; }
    }

    /**
     * {@code interface { methods }}: each element is a {@link Field} with one name and a
     * {@link FuncType} (a method), or no names and a type (an embedded interface). pos: the {@code interface} keyword.
     */
    final class InterfaceType implements Expr {
        public final Pos pos; public final List<Field> methods;
        public InterfaceType(Pos pos, List<Field> methods) { this.pos = pos; this.methods = methods; }
        public Pos pos() { return pos; }
    }

    /** {@code map[key]value}. pos: the {@code map} keyword. */
    final class MapType implements Expr {
        public final Pos pos; public final Expr key, value;
        public MapType(Pos pos, Expr key, Expr value) { this.pos = pos; this.key = key; this.value = value; }
        public Pos pos() { return pos; }
    }

    /** Channel directions. */
    enum ChanDir { BOTH, SEND, RECV }

    /** {@code chan T}, {@code chan<- T}, {@code <-chan T}. pos: the first token ({@code chan} or {@code <-}). */
    final class ChanType implements Expr {
        public final Pos pos; public final ChanDir dir; public final Expr value;
        public ChanType(Pos pos, ChanDir dir, Expr value) { this.pos = pos; this.dir = dir; this.value = value; }
        public Pos pos() { return pos; }
    }

    /** A placeholder for an expression that failed to parse (never reaches the checker). */
    final class Bad implements Expr {
        public final Pos pos;
        public Bad(Pos pos) { this.pos = pos; }
        public Pos pos() { return pos; }
    }
}
