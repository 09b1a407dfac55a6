package glassgo.compiler.code;

import glassgo.runtime.types.RType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A whole compiled program: functions, runtime types, natives, method tables and globals.
 * The VM reads it; nothing in it refers to the AST.
 */
public final class Program {
    public final List<FuncProto> funcs = new ArrayList<>();
    public final List<RType> types = new ArrayList<>();
    /** Native function names ({@code fmt.Println}), indexed by {@link Op#NATIVE} operands. */
    public final List<String> natives = new ArrayList<>();
    /**
     * Global method ids by method key: the name (pkgpath.name when unexported), a space, and the
     * method's type without receiver, e.g. {@code String func() string} (codegen's MethodKeys).
     * Method sets and interfaces match by key, so a same-named method of another type does not
     * implement an interface method.
     */
    public final Map<String, Integer> methodIds = new HashMap<>();
    public final List<String> methodNames = new ArrayList<>();
    /** Method table per runtime type: type index -> (method id -> function id). */
    public final Map<RType, Map<Integer, Integer>> methods = new HashMap<>();
    /** The entry point: runs package initialisation and then main.main. */
    public int entry = -1;
    /** Runtime error types from package runtime (indexes into {@link #types}): errorString, plainError, *TypeAssertionError. */
    public int errorStringType = -1, plainErrorType = -1, typeAssertErrorType = -1;
    /** Method ids of each interface type (sorted by name, as Go sorts interface methods). */
    public final Map<RType, int[]> ifaceMethods = new HashMap<>();
    /** String literals, placed in read-only memory by the VM at start-up ({@link Op#SLIT} operands index this list). */
    public final List<byte[]> strings = new ArrayList<>();
    /** Size of the globals (data/bss) block and its pointer mask (one bit per word). */
    public long globalsSize;
    public long[] globalsPtrmask = new long[0];

    public int stringLit(byte[] b) { strings.add(b); return strings.size() - 1; }

    /**
     * A read-only static datum (Go's readonly static for a constant converted to an interface):
     * its 8-byte words, the first two replaced by string literal {@code stringLit}'s (ptr, len)
     * when that is not -1.
     */
    public record Static(long[] words, int stringLit) {}

    /** Statics placed in read-only memory by the VM ({@link Op#STATIC} operands index this list). */
    public final List<Static> statics = new ArrayList<>();

    public int staticDatum(long[] words, int stringLit) { statics.add(new Static(words, stringLit)); return statics.size() - 1; }

    public int methodId(String key) {
        return methodIds.computeIfAbsent(key, k -> { methodNames.add(k); return methodNames.size() - 1; });
    }

    /** The plain name of method {@code mid} (no package path, no type), as "missing method M" prints it. */
    public String methodName(int mid) {
        String key = methodNames.get(mid);
        int sp = key.indexOf(' ');
        String q = sp < 0 ? key : key.substring(0, sp);
        return q.substring(q.lastIndexOf('.') + 1);
    }

    private final java.util.IdentityHashMap<RType, Integer> typeIdx = new java.util.IdentityHashMap<>();

    public int typeIndex(RType t) {
        Integer i = typeIdx.get(t);
        if (i != null) return i;
        types.add(t);
        typeIdx.put(t, types.size() - 1);
        return types.size() - 1;
    }
}
