package glassgo.vm.interp;

import glassgo.compiler.code.Program;
import glassgo.runtime.types.RType;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;

/**
 * The order in which Go's linker lays out type descriptors, so that glassgo's descriptor
 * addresses compare as Go's do. It matters where Go exposes descriptor addresses through
 * behaviour: internal/fmtsort orders interface-typed map keys of different dynamic types by
 * descriptor address ({@code fmt.Println(map[any]int{1: 1, "a": 2, true: 3})} prints
 * {@code map[true:3 1:1 a:2]}).
 *
 * <p>cmd/link (data.go, dodataSect) sorts the {@code type.*} symbols of rodata by symbol size,
 * then by symbol name. A descriptor's size is what cmd/compile's reflectdata writes into it
 * (64-bit): the 48-byte {@code _type}; the kind's extra fields (ptr/slice elem 8, array 24,
 * chan 16, func 8 (in/out counts, padded), map 40, struct 32, interface 32); a 16-byte
 * {@code uncommonType} plus 16 bytes per method when the type is named or has methods; then the
 * trailing arrays (func parameters 8 each, struct fields 24 each, interface methods 8 each).
 * The symbol name is {@code "type." + } the type's string.
 */
final class LinkOrder {
    private LinkOrder() {}

    /** types sorted as cmd/link places their descriptors. */
    static RType[] sorted(Program prog, RType[] types) {
        RType[] out = types.clone();
        Arrays.sort(out, Comparator.<RType>comparingLong(t -> symSize(prog, t)).thenComparing(t -> t.name));
        return out;
    }

    static long symSize(Program prog, RType t) {
        long n = 48;
        long tail = 0;
        switch (t.kind) {
            case POINTER, SLICE -> n += 8;
            case ARRAY -> n += 24;
            case CHAN -> n += 16;
            case MAP -> n += 40;
            case FUNC -> { n += 8; tail = 8L * funcParams(t.name); }
            case STRUCT -> { n += 32; tail = 24L * (t.fields == null ? 0 : t.fields.length); }
            case INTERFACE -> {
                n += 32;
                int[] ms = prog.ifaceMethods.get(t);
                tail = 8L * (ms == null ? 0 : ms.length);
            }
            default -> { }
        }
        Map<Integer, Integer> methods = prog.methods.get(t);
        int mcount = methods == null ? 0 : methods.size();
        if (t.named || mcount > 0) n += 16 + 16L * mcount;
        return n + tail;
    }

    /** Parameters plus results of a func type string such as {@code func(int, ...string) (bool, error)}. */
    static int funcParams(String s) {
        if (!s.startsWith("func(")) return 0; // a defined func type: its string is its name
        int count = 0, depth = 0, i = 4;
        boolean any = false;
        // parameters
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(' || c == '[' || c == '{') { if (depth++ == 0 && c == '(') continue; }
            else if (c == ')' || c == ']' || c == '}') { if (--depth == 0 && c == ')') { i++; break; } }
            else if (c == ',' && depth == 1) count++;
            if (depth >= 1 && c != ' ') any = true;
        }
        if (any) count++;
        String rest = s.substring(i).trim();
        if (rest.isEmpty()) return count;
        if (!rest.startsWith("(")) return count + 1;
        depth = 0;
        int results = 1;
        for (int j = 0; j < rest.length(); j++) {
            char c = rest.charAt(j);
            if (c == '(' || c == '[' || c == '{') depth++;
            else if (c == ')' || c == ']' || c == '}') depth--;
            else if (c == ',' && depth == 1) results++;
        }
        return count + results;
    }
}
