package glassgo.compiler.code;

import glassgo.runtime.types.Kind;
import glassgo.runtime.types.RType;
import glassgo.runtime.types.StructField;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link Program} as bytes, for the compiled-program cache (what go's build cache is to a
 * package: a second run of an unchanged file skips parsing, checking and code generation).
 *
 * <p>The runtime types form a graph (a struct's field of type *S points back at S), so they are
 * written as a table: every type reachable from the program, those of {@link Program#types} first
 * in their order (code operands index that list), each with its scalar fields and its references
 * as table indices; decoding creates every type first and then fills in the references. The
 * rest is written as it is. Only compile-time state is encoded: a type's registered address and
 * map-runtime cache belong to a run, so a program must be encoded before a VM has used it.
 * {@code decode(encode(p))} is a program equal to p field for field (ProgramCodecTest).
 */
public final class ProgramCodec {
    private ProgramCodec() {}

    private static final int VERSION = 1;

    // ------------------------------------------------------------------ encoding

    public static byte[] encode(Program p) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
            DataOutputStream o = new DataOutputStream(bytes);
            o.writeInt(VERSION);
            // the type table
            List<RType> table = new ArrayList<>();
            IdentityHashMap<RType, Integer> index = new IdentityHashMap<>();
            for (RType t : p.types) add(t, table, index);
            java.util.Set<RType> visited = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            for (int i = 0; i < p.types.size(); i++) collect(p.types.get(i), table, index, visited);
            for (RType t : p.methods.keySet()) collect(t, table, index, visited);
            for (RType t : p.ifaceMethods.keySet()) collect(t, table, index, visited);
            o.writeInt(p.types.size());
            o.writeInt(table.size());
            for (RType t : table) {
                if (t.addr != 0 || t.mapTypeCache != null) throw new IllegalStateException("type " + t.name + " was used by a run");
                o.writeByte(t.kind.ordinal());
                str(o, t.name);
            }
            for (RType t : table) {
                o.writeLong(t.size);
                o.writeInt(t.align);
                o.writeInt(t.fieldAlign);
                o.writeLong(t.ptrdata);
                longs(o, t.gcmask);
                o.writeBoolean(t.named);
                o.writeInt(ref(t.elem, index));
                o.writeInt(ref(t.key, index));
                o.writeLong(t.len);
                o.writeInt(t.dir);
                if (t.fields == null) o.writeInt(-1);
                else {
                    o.writeInt(t.fields.length);
                    for (StructField f : t.fields) {
                        str(o, f.name());
                        o.writeInt(ref(f.type(), index));
                        o.writeLong(f.offset());
                        o.writeBoolean(f.embedded());
                        o.writeBoolean(f.exported());
                    }
                }
                o.writeBoolean(t.emptyIface);
                o.writeInt(t.hash);
            }
            // functions
            o.writeInt(p.funcs.size());
            for (FuncProto f : p.funcs) {
                o.writeInt(f.id);
                str(o, f.name);
                str(o, f.file);
                ints(o, f.code);
                ints(o, f.lines);
                longs(o, f.consts);
                o.writeInt(f.paramWords);
                o.writeInt(f.resultWords);
                o.writeInt(f.frameSize);
                o.writeLong(f.frameMem);
                longs(o, f.ptrRegs);
                longs(o, f.memPtrs);
                o.writeInt(f.recoverPc);
                o.writeInt(f.line);
                o.writeInt(f.nativeIndex);
            }
            strs(o, p.natives);
            strs(o, p.methodNames); // methodIds is the inverse of methodNames
            if (p.methodIds.size() != p.methodNames.size()) throw new IllegalStateException("method ids and names differ");
            // maps keyed by types (identity hashes) are written in table order, so that equal
            // programs encode to equal bytes
            o.writeInt(p.methods.size());
            for (RType t : inTableOrder(p.methods.keySet(), index)) {
                o.writeInt(ref(t, index));
                Map<Integer, Integer> ms = p.methods.get(t);
                o.writeInt(ms.size());
                for (Integer m : new java.util.TreeSet<>(ms.keySet())) {
                    o.writeInt(m);
                    o.writeInt(ms.get(m));
                }
            }
            o.writeInt(p.entry);
            o.writeInt(p.errorStringType);
            o.writeInt(p.plainErrorType);
            o.writeInt(p.typeAssertErrorType);
            o.writeInt(p.ifaceMethods.size());
            for (RType t : inTableOrder(p.ifaceMethods.keySet(), index)) {
                o.writeInt(ref(t, index));
                ints(o, p.ifaceMethods.get(t));
            }
            o.writeInt(p.strings.size());
            for (byte[] s : p.strings) bytes(o, s);
            o.writeLong(p.globalsSize);
            longs(o, p.globalsPtrmask);
            o.writeInt(p.statics.size());
            for (Program.Static s : p.statics) {
                longs(o, s.words());
                o.writeInt(s.stringLit());
            }
            o.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void add(RType t, List<RType> table, IdentityHashMap<RType, Integer> index) {
        if (index.containsKey(t)) throw new IllegalStateException("type " + t.name + " twice in the program's list");
        index.put(t, table.size());
        table.add(t);
    }

    /** Adds every type reachable from t (elements, keys, fields) to the table. */
    private static void collect(RType t, List<RType> table, IdentityHashMap<RType, Integer> index, java.util.Set<RType> visited) {
        java.util.ArrayDeque<RType> work = new java.util.ArrayDeque<>();
        work.push(t);
        while (!work.isEmpty()) {
            RType x = work.pop();
            if (!visited.add(x)) continue;
            if (!index.containsKey(x)) add(x, table, index);
            if (x.elem != null) work.push(x.elem);
            if (x.key != null) work.push(x.key);
            if (x.fields != null) for (StructField f : x.fields) work.push(f.type());
        }
    }

    private static List<RType> inTableOrder(java.util.Set<RType> types, IdentityHashMap<RType, Integer> index) {
        List<RType> l = new ArrayList<>(types);
        l.sort(java.util.Comparator.comparingInt(index::get));
        return l;
    }

    private static int ref(RType t, IdentityHashMap<RType, Integer> index) {
        if (t == null) return -1;
        Integer i = index.get(t);
        if (i == null) throw new IllegalStateException("type " + t.name + " not in the table");
        return i;
    }

    private static void str(DataOutputStream o, String s) throws IOException {
        if (s == null) { o.writeInt(-1); return; }
        bytes(o, s.getBytes(StandardCharsets.UTF_8));
    }

    private static void strs(DataOutputStream o, List<String> l) throws IOException {
        o.writeInt(l.size());
        for (String s : l) str(o, s);
    }

    private static void bytes(DataOutputStream o, byte[] b) throws IOException {
        o.writeInt(b.length);
        o.write(b);
    }

    private static void ints(DataOutputStream o, int[] a) throws IOException {
        if (a == null) { o.writeInt(-1); return; }
        o.writeInt(a.length);
        for (int x : a) o.writeInt(x);
    }

    private static void longs(DataOutputStream o, long[] a) throws IOException {
        if (a == null) { o.writeInt(-1); return; }
        o.writeInt(a.length);
        for (long x : a) o.writeLong(x);
    }

    // ------------------------------------------------------------------ decoding

    /** The program encoded in {@code d} from offset {@code off}; IllegalArgumentException if it is not one. */
    public static Program decode(byte[] d, int off) {
        try {
            return read(ByteBuffer.wrap(d, off, d.length - off));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not an encoded program: " + e, e);
        }
    }

    private static Program read(ByteBuffer b) {
        if (b.getInt() != VERSION) throw new IllegalArgumentException("version");
        Program p = new Program();
        int listed = b.getInt(), n = b.getInt();
        Kind[] kinds = Kind.values();
        RType[] table = new RType[n];
        for (int i = 0; i < n; i++) {
            Kind k = kinds[b.get()];
            table[i] = RType.forward(k, str(b));
        }
        for (int i = 0; i < n; i++) {
            RType t = table[i];
            t.size = b.getLong();
            t.align = b.getInt();
            t.fieldAlign = b.getInt();
            t.ptrdata = b.getLong();
            t.gcmask = longs(b);
            t.named = b.get() != 0;
            t.elem = type(b, table);
            t.key = type(b, table);
            t.len = b.getLong();
            t.dir = b.getInt();
            int nf = b.getInt();
            if (nf >= 0) {
                t.fields = new StructField[nf];
                for (int j = 0; j < nf; j++) {
                    String name = str(b);
                    RType ft = type(b, table);
                    long offset = b.getLong();
                    boolean embedded = b.get() != 0, exported = b.get() != 0;
                    t.fields[j] = new StructField(name, ft, offset, embedded, exported);
                }
            }
            t.emptyIface = b.get() != 0;
            t.hash = b.getInt();
        }
        for (int i = 0; i < listed; i++) p.typeIndex(table[i]);
        int nfuncs = b.getInt();
        for (int i = 0; i < nfuncs; i++) {
            FuncProto f = new FuncProto(b.getInt(), str(b), str(b));
            f.code = ints(b);
            f.lines = ints(b);
            f.consts = longs(b);
            f.paramWords = b.getInt();
            f.resultWords = b.getInt();
            f.frameSize = b.getInt();
            f.frameMem = b.getLong();
            f.ptrRegs = longs(b);
            f.memPtrs = longs(b);
            f.recoverPc = b.getInt();
            f.line = b.getInt();
            f.nativeIndex = b.getInt();
            p.funcs.add(f);
        }
        p.natives.addAll(strs(b));
        for (String m : strs(b)) p.methodId(m);
        int nm = b.getInt();
        for (int i = 0; i < nm; i++) {
            RType t = type(b, table);
            int k = b.getInt();
            Map<Integer, Integer> ms = new HashMap<>();
            for (int j = 0; j < k; j++) ms.put(b.getInt(), b.getInt());
            p.methods.put(t, ms);
        }
        p.entry = b.getInt();
        p.errorStringType = b.getInt();
        p.plainErrorType = b.getInt();
        p.typeAssertErrorType = b.getInt();
        int ni = b.getInt();
        for (int i = 0; i < ni; i++) p.ifaceMethods.put(type(b, table), ints(b));
        int ns = b.getInt();
        for (int i = 0; i < ns; i++) p.strings.add(bytes(b));
        p.globalsSize = b.getLong();
        p.globalsPtrmask = longs(b);
        int nst = b.getInt();
        for (int i = 0; i < nst; i++) p.statics.add(new Program.Static(longs(b), b.getInt()));
        if (b.hasRemaining()) throw new IllegalArgumentException("trailing bytes");
        return p;
    }

    private static RType type(ByteBuffer b, RType[] table) {
        int i = b.getInt();
        return i < 0 ? null : table[i];
    }

    private static String str(ByteBuffer b) {
        byte[] s = bytes(b);
        return s == null ? null : new String(s, StandardCharsets.UTF_8);
    }

    private static List<String> strs(ByteBuffer b) {
        int n = b.getInt();
        List<String> l = new ArrayList<>(n);
        for (int i = 0; i < n; i++) l.add(str(b));
        return l;
    }

    private static byte[] bytes(ByteBuffer b) {
        int n = b.getInt();
        if (n < 0) return null;
        byte[] s = new byte[n];
        b.get(s);
        return s;
    }

    private static int[] ints(ByteBuffer b) {
        int n = b.getInt();
        if (n < 0) return null;
        int[] a = new int[n];
        b.asIntBuffer().get(a);
        b.position(b.position() + 4 * n);
        return a;
    }

    private static long[] longs(ByteBuffer b) {
        int n = b.getInt();
        if (n < 0) return null;
        long[] a = new long[n];
        b.asLongBuffer().get(a);
        b.position(b.position() + 8 * n);
        return a;
    }
}
