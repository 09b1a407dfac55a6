package glassgo.compiler.syntax;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * A compact binary form of parsed files, so that trusted sources parsed once (the std packages)
 * load without ANTLR: {@link #encode} / {@link #decode} round-trip a list of {@link SourceFile}s
 * to an equal AST (same node classes, fields, positions, literal bytes).
 *
 * <p>Format: varint count and UTF-8 bytes of each distinct string (the string table), then the
 * files. A node is a one-byte tag ({@code 0}: null) followed by its fields in declaration order:
 * positions as two varints (line, col), strings as string-table indexes, enums as ordinals, booleans
 * as bytes, lists as varint size+1 ({@code 0}: null list) and their elements. A node that occurs
 * twice in the tree is written once; the repeat is tag {@link #REF} with the index of its first
 * occurrence, so the decoded tree keeps the parser's node identities (side tables key by identity).
 *
 * <p>A declared function's body block is tag {@link #LAZY_BLOCK}: its position, the byte length of
 * its statement list, the list, its closing brace. The list is decoded on first access (a program
 * compiles a small part of the std functions it imports), into the same nodes as an eager decode.
 * Its nodes are numbered on their own (REF: an earlier node of the same body); a node of the
 * file outside any body that the body shares is tag {@link #OREF} with its index there. A node
 * shared by two bodies, or by a body and a later part of the file, cannot be encoded
 * (IllegalStateException; the parser creates none).
 */
public final class AstCodec {
    private AstCodec() {}

    // Tags, one per node class.
    private static final int NULL = 0, REF = 1,
            IDENT = 2, BASIC_LIT = 3, COMPOSITE_LIT = 4, FUNC_LIT = 5, PAREN = 6, SELECTOR = 7, INDEX = 8,
            SLICE = 9, TYPE_ASSERT = 10, CALL = 11, STAR = 12, UNARY = 13, BINARY = 14, KEY_VALUE = 15,
            ARRAY_TYPE = 16, DOTS = 17, STRUCT_TYPE = 18, FUNC_TYPE = 19, INTERFACE_TYPE = 20, MAP_TYPE = 21,
            CHAN_TYPE = 22, BAD = 23,
            DECL_STMT = 30, EMPTY = 31, LABELED = 32, EXPR_STMT = 33, SEND = 34, INC_DEC = 35, ASSIGN = 36,
            GO = 37, DEFER = 38, RETURN = 39, BRANCH = 40, BLOCK = 41, IF = 42, SWITCH = 43, TYPE_SWITCH = 44,
            SELECT = 45, FOR = 46, RANGE = 47,
            GEN = 50, FUNC = 51, IMPORT = 52, VALUE = 53, TYPE = 54, FIELD = 55, CASE_CLAUSE = 56,
            COMM_CLAUSE = 57, SOURCE_FILE = 58, LAZY_BLOCK = 59, OREF = 60;

    private static final Op[] OPS = Op.values();
    private static final Expr.LitKind[] LIT_KINDS = Expr.LitKind.values();
    private static final Expr.ChanDir[] CHAN_DIRS = Expr.ChanDir.values();
    private static final Stmt.BranchKind[] BRANCH_KINDS = Stmt.BranchKind.values();
    private static final Decl.GenKind[] GEN_KINDS = Decl.GenKind.values();

    /** The binary form of files. */
    public static byte[] encode(List<SourceFile> files) {
        Writer w = new Writer();
        w.varint(files.size());
        for (SourceFile f : files) w.node(f);
        Writer out = new Writer();
        out.varint(w.strings.size());
        for (String s : w.strings.keySet()) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            out.varint(b.length);
            out.bytes(b);
        }
        out.bytes(Arrays.copyOf(w.buf, w.len));
        return Arrays.copyOf(out.buf, out.len);
    }

    /** The files encoded in {@code data[off..]}; throws IllegalArgumentException for malformed data. */
    public static List<SourceFile> decode(byte[] data, int off) {
        try {
            Reader r = new Reader(data, off);
            int ns = r.varint();
            r.strings = new String[ns];
            for (int i = 0; i < ns; i++) {
                int n = r.varint();
                r.strings[i] = new String(data, r.p, n, StandardCharsets.UTF_8);
                r.p += n;
            }
            int nf = r.varint();
            List<SourceFile> files = new ArrayList<>(nf);
            for (int i = 0; i < nf; i++) files.add((SourceFile) r.node());
            if (r.p != data.length) throw new IllegalArgumentException("trailing bytes");
            return files;
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("malformed AST data: " + e, e);
        }
    }

    private static final class Writer {
        byte[] buf;
        int len;
        final HashMap<String, Integer> strings;
        final IdentityHashMap<Node, Integer> seen = new IdentityHashMap<>();
        /** For a function body's writer: the file's writer (whose nodes the body refers to by OREF). */
        final Writer outer;
        /** The file's writer: every node written inside a function body. */
        final IdentityHashMap<Node, Boolean> inBodies;

        Writer() { buf = new byte[1 << 16]; strings = new java.util.LinkedHashMap<>(); outer = null; inBodies = new IdentityHashMap<>(); }
        Writer(Writer outer) { buf = new byte[1 << 10]; strings = outer.strings; this.outer = outer; inBodies = outer.inBodies; }

        void byte1(int b) {
            if (len == buf.length) buf = Arrays.copyOf(buf, buf.length * 2);
            buf[len++] = (byte) b;
        }
        void bytes(byte[] b) {
            if (len + b.length > buf.length) buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + b.length));
            System.arraycopy(b, 0, buf, len, b.length);
            len += b.length;
        }
        void varint(int v) {
            while ((v & ~0x7F) != 0) { byte1((v & 0x7F) | 0x80); v >>>= 7; }
            byte1(v);
        }
        void bool(boolean b) { byte1(b ? 1 : 0); }
        void pos(Pos p) { varint(p.line()); varint(p.col()); }
        void str(String s) {
            Integer i = strings.get(s);
            if (i == null) { i = strings.size(); strings.put(s, i); }
            varint(i);
        }
        void list(List<? extends Node> l) {
            if (l == null) { varint(0); return; }
            varint(l.size() + 1);
            for (Node n : l) node(n);
        }

        void node(Node n) {
            if (n == null) { byte1(NULL); return; }
            Integer ref = seen.get(n);
            if (ref != null) { byte1(REF); varint(ref); return; }
            if (outer != null && (ref = outer.seen.get(n)) != null) { byte1(OREF); varint(ref); return; }
            if (inBodies.containsKey(n)) throw new IllegalStateException("AstCodec: a node is shared with a function body: " + n.getClass().getSimpleName() + " at " + n.pos());
            seen.put(n, seen.size());
            if (n instanceof Expr e) expr(e);
            else if (n instanceof Stmt s) stmt(s);
            else if (n instanceof Decl.Gen g) { byte1(GEN); pos(g.pos); byte1(g.kind.ordinal()); list(g.specs); bool(g.grouped); }
            else if (n instanceof Decl.Func f) { byte1(FUNC); pos(f.pos); pos(f.funcPos); node(f.recv); node(f.name); node(f.type); body(f.body); }
            else if (n instanceof Spec.Import i) { byte1(IMPORT); pos(i.pos); node(i.name); str(i.path); }
            else if (n instanceof Spec.Value v) { byte1(VALUE); pos(v.pos); list(v.names); node(v.type); list(v.values); varint(v.iota); }
            else if (n instanceof Spec.Type t) { byte1(TYPE); pos(t.pos); node(t.name); bool(t.alias); node(t.type); }
            else if (n instanceof Field f) { byte1(FIELD); pos(f.pos); list(f.names); node(f.type); node(f.tag); }
            else if (n instanceof CaseClause c) { byte1(CASE_CLAUSE); pos(c.pos); list(c.list); list(c.body); pos(c.colon); }
            else if (n instanceof CommClause c) { byte1(COMM_CLAUSE); pos(c.pos); node(c.comm); list(c.body); pos(c.colon); }
            else if (n instanceof SourceFile f) { byte1(SOURCE_FILE); pos(f.pos); str(f.fileName); node(f.pkgName); list(f.imports); list(f.decls); }
            else throw new IllegalArgumentException("AstCodec: unknown node " + n.getClass());
        }

        /** A declared function's body: LAZY_BLOCK (see the class documentation). */
        void body(Stmt.Block b) {
            if (b == null || b.list == null || outer != null || seen.containsKey(b) || inBodies.containsKey(b)) { node(b); return; }
            seen.put(b, seen.size());
            byte1(LAZY_BLOCK); pos(b.pos);
            Writer w = new Writer(this);
            w.list(b.list);
            for (Node k : w.seen.keySet()) inBodies.put(k, Boolean.TRUE);
            varint(w.len);
            bytes(Arrays.copyOf(w.buf, w.len));
            pos(b.rbrace);
        }

        void expr(Expr e) {
            if (e instanceof Expr.Ident x) { byte1(IDENT); pos(x.pos); str(x.name); }
            else if (e instanceof Expr.BasicLit x) {
                byte1(BASIC_LIT); pos(x.pos); byte1(x.kind.ordinal()); str(x.raw);
                if (x.rawBytes == null) varint(0); else { varint(x.rawBytes.length + 1); bytes(x.rawBytes); }
            }
            else if (e instanceof Expr.CompositeLit x) { byte1(COMPOSITE_LIT); pos(x.pos); node(x.type); list(x.elts); pos(x.rbrace); }
            else if (e instanceof Expr.FuncLit x) { byte1(FUNC_LIT); pos(x.pos); node(x.type); node(x.body); }
            else if (e instanceof Expr.Paren x) { byte1(PAREN); pos(x.pos); node(x.x); }
            else if (e instanceof Expr.Selector x) { byte1(SELECTOR); pos(x.pos); node(x.x); node(x.sel); }
            else if (e instanceof Expr.Index x) { byte1(INDEX); pos(x.pos); node(x.x); node(x.index); }
            else if (e instanceof Expr.Slice x) { byte1(SLICE); pos(x.pos); node(x.x); node(x.lo); node(x.hi); node(x.max); bool(x.slice3); }
            else if (e instanceof Expr.TypeAssert x) { byte1(TYPE_ASSERT); pos(x.pos); node(x.x); node(x.type); }
            else if (e instanceof Expr.Call x) { byte1(CALL); pos(x.pos); node(x.fun); list(x.args); bool(x.hasDots); pos(x.rparen); }
            else if (e instanceof Expr.Star x) { byte1(STAR); pos(x.pos); node(x.x); }
            else if (e instanceof Expr.Unary x) { byte1(UNARY); pos(x.pos); byte1(x.op.ordinal()); node(x.x); }
            else if (e instanceof Expr.Binary x) { byte1(BINARY); pos(x.pos); byte1(x.op.ordinal()); node(x.x); node(x.y); }
            else if (e instanceof Expr.KeyValue x) { byte1(KEY_VALUE); pos(x.pos); node(x.key); node(x.value); }
            else if (e instanceof Expr.ArrayType x) { byte1(ARRAY_TYPE); pos(x.pos); node(x.len); node(x.elem); }
            else if (e instanceof Expr.Dots x) { byte1(DOTS); pos(x.pos); node(x.elem); }
            else if (e instanceof Expr.StructType x) { byte1(STRUCT_TYPE); pos(x.pos); list(x.fields); }
            else if (e instanceof Expr.FuncType x) { byte1(FUNC_TYPE); pos(x.pos); list(x.params); list(x.results); }
            else if (e instanceof Expr.InterfaceType x) { byte1(INTERFACE_TYPE); pos(x.pos); list(x.methods); }
            else if (e instanceof Expr.MapType x) { byte1(MAP_TYPE); pos(x.pos); node(x.key); node(x.value); }
            else if (e instanceof Expr.ChanType x) { byte1(CHAN_TYPE); pos(x.pos); byte1(x.dir.ordinal()); node(x.value); }
            else if (e instanceof Expr.Bad x) { byte1(BAD); pos(x.pos); }
            else throw new IllegalArgumentException("AstCodec: unknown expression " + e.getClass());
        }

        void stmt(Stmt s) {
            if (s instanceof Stmt.DeclStmt x) { byte1(DECL_STMT); pos(x.pos); node(x.decl); }
            else if (s instanceof Stmt.Empty x) { byte1(EMPTY); pos(x.pos); }
            else if (s instanceof Stmt.Labeled x) { byte1(LABELED); pos(x.pos); node(x.label); node(x.stmt); }
            else if (s instanceof Stmt.ExprStmt x) { byte1(EXPR_STMT); pos(x.pos); node(x.x); }
            else if (s instanceof Stmt.Send x) { byte1(SEND); pos(x.pos); node(x.chan); node(x.value); }
            else if (s instanceof Stmt.IncDec x) { byte1(INC_DEC); pos(x.pos); node(x.x); byte1(x.op.ordinal()); }
            else if (s instanceof Stmt.Assign x) { byte1(ASSIGN); pos(x.pos); list(x.lhs); byte1(x.op.ordinal()); list(x.rhs); }
            else if (s instanceof Stmt.Go x) { byte1(GO); pos(x.pos); node(x.call); }
            else if (s instanceof Stmt.Defer x) { byte1(DEFER); pos(x.pos); node(x.call); }
            else if (s instanceof Stmt.Return x) { byte1(RETURN); pos(x.pos); list(x.results); }
            else if (s instanceof Stmt.Branch x) { byte1(BRANCH); pos(x.pos); byte1(x.kind.ordinal()); node(x.label); }
            else if (s instanceof Stmt.Block x) { byte1(BLOCK); pos(x.pos); list(x.list); pos(x.rbrace); }
            else if (s instanceof Stmt.If x) { byte1(IF); pos(x.pos); node(x.init); node(x.cond); node(x.then); node(x.els); }
            else if (s instanceof Stmt.Switch x) { byte1(SWITCH); pos(x.pos); node(x.init); node(x.tag); list(x.clauses); pos(x.rbrace); }
            else if (s instanceof Stmt.TypeSwitch x) { byte1(TYPE_SWITCH); pos(x.pos); node(x.init); node(x.bind); node(x.x); list(x.clauses); pos(x.rbrace); }
            else if (s instanceof Stmt.Select x) { byte1(SELECT); pos(x.pos); list(x.clauses); pos(x.rbrace); }
            else if (s instanceof Stmt.For x) { byte1(FOR); pos(x.pos); node(x.init); node(x.cond); node(x.post); node(x.body); }
            else if (s instanceof Stmt.Range x) {
                byte1(RANGE); pos(x.pos); pos(x.rangePos); node(x.key); node(x.value);
                byte1(x.op == null ? 0 : x.op.ordinal() + 1); node(x.x); node(x.body);
            }
            else throw new IllegalArgumentException("AstCodec: unknown statement " + s.getClass());
        }
    }

    private static final class Reader {
        final byte[] d;
        int p;
        String[] strings;
        final ArrayList<Node> nodes;
        /** For a function body's reader: the file's nodes (OREF). */
        ArrayList<Node> outerNodes;

        Reader(byte[] d, int p) { this.d = d; this.p = p; this.nodes = new ArrayList<>(1024); }
        Reader(Reader outer, int p) { this.d = outer.d; this.p = p; this.strings = outer.strings; this.nodes = new ArrayList<>(64); this.outerNodes = outer.nodes; }

        int varint() {
            int b = d[p++], v = b & 0x7F;
            for (int shift = 7; b < 0; shift += 7) { b = d[p++]; v |= (b & 0x7F) << shift; }
            return v;
        }
        boolean bool() { return d[p++] != 0; }
        int ubyte() { return d[p++] & 0xFF; }
        Pos pos() { int line = varint(); return new Pos(line, varint()); }
        String str() { return strings[varint()]; }

        @SuppressWarnings("unchecked")
        <T extends Node> List<T> list() {
            int n = varint();
            if (n == 0) return null;
            Object[] a = new Object[n - 1];
            for (int i = 0; i < a.length; i++) a[i] = node();
            return (List<T>) (List<?>) Collections.unmodifiableList(Arrays.asList(a));
        }
        Expr expr() { return (Expr) node(); }
        Stmt stmt() { return (Stmt) node(); }
        Expr.Ident ident() { return (Expr.Ident) node(); }
        Stmt.Block block() { return (Stmt.Block) node(); }

        Node node() {
            int tag = ubyte();
            if (tag == NULL) return null;
            if (tag == REF) return nodes.get(varint());
            if (tag == OREF) return outerNodes.get(varint());
            // Reserve the node's index before its children take theirs (the writer numbers in pre-order).
            int idx = nodes.size();
            nodes.add(null);
            Node n = build(tag);
            nodes.set(idx, n);
            return n;
        }

        private Node build(int tag) {
            switch (tag) {
                case IDENT: { Pos pos = pos(); return new Expr.Ident(pos, str()); }
                case BASIC_LIT: {
                    Pos pos = pos(); Expr.LitKind k = LIT_KINDS[ubyte()]; String raw = str();
                    int n = varint();
                    byte[] b = null;
                    if (n > 0) { b = Arrays.copyOfRange(d, p, p + n - 1); p += n - 1; }
                    return new Expr.BasicLit(pos, k, raw, b);
                }
                case COMPOSITE_LIT: { Pos pos = pos(); Expr t = expr(); List<Expr> elts = list(); return new Expr.CompositeLit(pos, t, elts, pos()); }
                case FUNC_LIT: { Pos pos = pos(); Expr.FuncType t = (Expr.FuncType) node(); return new Expr.FuncLit(pos, t, block()); }
                case PAREN: { Pos pos = pos(); return new Expr.Paren(pos, expr()); }
                case SELECTOR: { Pos pos = pos(); Expr x = expr(); return new Expr.Selector(pos, x, ident()); }
                case INDEX: { Pos pos = pos(); Expr x = expr(); return new Expr.Index(pos, x, expr()); }
                case SLICE: { Pos pos = pos(); Expr x = expr(), lo = expr(), hi = expr(), max = expr(); return new Expr.Slice(pos, x, lo, hi, max, bool()); }
                case TYPE_ASSERT: { Pos pos = pos(); Expr x = expr(); return new Expr.TypeAssert(pos, x, expr()); }
                case CALL: { Pos pos = pos(); Expr f = expr(); List<Expr> args = list(); boolean dots = bool(); return new Expr.Call(pos, f, args, dots, pos()); }
                case STAR: { Pos pos = pos(); return new Expr.Star(pos, expr()); }
                case UNARY: { Pos pos = pos(); Op op = OPS[ubyte()]; return new Expr.Unary(pos, op, expr()); }
                case BINARY: { Pos pos = pos(); Op op = OPS[ubyte()]; Expr x = expr(); return new Expr.Binary(pos, op, x, expr()); }
                case KEY_VALUE: { Pos pos = pos(); Expr k = expr(); return new Expr.KeyValue(pos, k, expr()); }
                case ARRAY_TYPE: { Pos pos = pos(); Expr len = expr(); return new Expr.ArrayType(pos, len, expr()); }
                case DOTS: { Pos pos = pos(); return new Expr.Dots(pos, expr()); }
                case STRUCT_TYPE: { Pos pos = pos(); return new Expr.StructType(pos, list()); }
                case FUNC_TYPE: { Pos pos = pos(); List<Field> params = list(); return new Expr.FuncType(pos, params, list()); }
                case INTERFACE_TYPE: { Pos pos = pos(); return new Expr.InterfaceType(pos, list()); }
                case MAP_TYPE: { Pos pos = pos(); Expr k = expr(); return new Expr.MapType(pos, k, expr()); }
                case CHAN_TYPE: { Pos pos = pos(); Expr.ChanDir dir = CHAN_DIRS[ubyte()]; return new Expr.ChanType(pos, dir, expr()); }
                case BAD: return new Expr.Bad(pos());

                case DECL_STMT: { Pos pos = pos(); return new Stmt.DeclStmt(pos, (Decl.Gen) node()); }
                case EMPTY: return new Stmt.Empty(pos());
                case LABELED: { Pos pos = pos(); Expr.Ident l = ident(); return new Stmt.Labeled(pos, l, stmt()); }
                case EXPR_STMT: { Pos pos = pos(); return new Stmt.ExprStmt(pos, expr()); }
                case SEND: { Pos pos = pos(); Expr ch = expr(); return new Stmt.Send(pos, ch, expr()); }
                case INC_DEC: { Pos pos = pos(); Expr x = expr(); return new Stmt.IncDec(pos, x, OPS[ubyte()]); }
                case ASSIGN: { Pos pos = pos(); List<Expr> lhs = list(); Op op = OPS[ubyte()]; return new Stmt.Assign(pos, lhs, op, list()); }
                case GO: { Pos pos = pos(); return new Stmt.Go(pos, expr()); }
                case DEFER: { Pos pos = pos(); return new Stmt.Defer(pos, expr()); }
                case RETURN: { Pos pos = pos(); return new Stmt.Return(pos, list()); }
                case BRANCH: { Pos pos = pos(); Stmt.BranchKind k = BRANCH_KINDS[ubyte()]; return new Stmt.Branch(pos, k, ident()); }
                case BLOCK: { Pos pos = pos(); List<Stmt> l = list(); return new Stmt.Block(pos, l, pos()); }
                case LAZY_BLOCK: {
                    Pos pos = pos();
                    int n = varint(), start = p;
                    if (n < 0 || start + n > d.length) throw new IllegalArgumentException("bad body length " + n);
                    p += n;
                    return new Stmt.Block(pos, new LazyStmts(this, start, n), pos());
                }
                case IF: { Pos pos = pos(); Stmt init = stmt(); Expr cond = expr(); Stmt.Block then = block(); return new Stmt.If(pos, init, cond, then, stmt()); }
                case SWITCH: { Pos pos = pos(); Stmt init = stmt(); Expr tag2 = expr(); List<CaseClause> cs = list(); return new Stmt.Switch(pos, init, tag2, cs, pos()); }
                case TYPE_SWITCH: {
                    Pos pos = pos(); Stmt init = stmt(); Expr.Ident bind = ident(); Expr x = expr(); List<CaseClause> cs = list();
                    return new Stmt.TypeSwitch(pos, init, bind, x, cs, pos());
                }
                case SELECT: { Pos pos = pos(); List<CommClause> cs = list(); return new Stmt.Select(pos, cs, pos()); }
                case FOR: { Pos pos = pos(); Stmt init = stmt(); Expr cond = expr(); Stmt post = stmt(); return new Stmt.For(pos, init, cond, post, block()); }
                case RANGE: {
                    Pos pos = pos(), rangePos = pos(); Expr k = expr(), v = expr(); int op = ubyte(); Expr x = expr();
                    return new Stmt.Range(pos, rangePos, k, v, op == 0 ? null : OPS[op - 1], x, block());
                }

                case GEN: { Pos pos = pos(); Decl.GenKind k = GEN_KINDS[ubyte()]; List<Spec> specs = list(); return new Decl.Gen(pos, k, specs, bool()); }
                case FUNC: {
                    Pos pos = pos(), funcPos = pos(); Field recv = (Field) node(); Expr.Ident name = ident();
                    Expr.FuncType t = (Expr.FuncType) node();
                    return new Decl.Func(pos, funcPos, recv, name, t, block());
                }
                case IMPORT: { Pos pos = pos(); Expr.Ident name = ident(); return new Spec.Import(pos, name, str()); }
                case VALUE: { Pos pos = pos(); List<Expr.Ident> names = list(); Expr t = expr(); List<Expr> vs = list(); return new Spec.Value(pos, names, t, vs, varint()); }
                case TYPE: { Pos pos = pos(); Expr.Ident name = ident(); boolean alias = bool(); return new Spec.Type(pos, name, alias, expr()); }
                case FIELD: { Pos pos = pos(); List<Expr.Ident> names = list(); Expr t = expr(); return new Field(pos, names, t, (Expr.BasicLit) node()); }
                case CASE_CLAUSE: { Pos pos = pos(); List<Expr> l = list(); List<Stmt> body = list(); return new CaseClause(pos, l, body, pos()); }
                case COMM_CLAUSE: { Pos pos = pos(); Stmt comm = stmt(); List<Stmt> body = list(); return new CommClause(pos, comm, body, pos()); }
                case SOURCE_FILE: {
                    Pos pos = pos(); String fn = str(); Expr.Ident pkg = ident(); List<Spec.Import> imps = list();
                    return new SourceFile(pos, fn, pkg, imps, list());
                }
                default: throw new IllegalArgumentException("bad tag " + tag + " at " + (p - 1));
            }
        }
    }

    /** A function body's statements, decoded on first access (LAZY_BLOCK). */
    private static final class LazyStmts extends java.util.AbstractList<Stmt> implements java.util.RandomAccess {
        private Reader file;
        private final int start, len;
        private List<Stmt> list;

        LazyStmts(Reader file, int start, int len) { this.file = file; this.start = start; this.len = len; }

        private List<Stmt> list() {
            List<Stmt> l = list;
            if (l == null) {
                try {
                    Reader r = new Reader(file, start);
                    l = r.list();
                    if (l == null || r.p != start + len) throw new IllegalArgumentException("bad function body");
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException("malformed AST data: " + e, e);
                }
                list = l;
                file = null;
            }
            return l;
        }

        @Override public Stmt get(int i) { return list().get(i); }
        @Override public int size() { return list().size(); }
    }
}
