package glassgo.runtime.types;

import java.util.List;

/**
 * Runtime type descriptor (Go's {@code _type} plus the kind-specific parts of {@code maptype},
 * {@code slicetype}, ...): the ONE source of truth for layout. The compiler builds every type with
 * these factories, so {@code unsafe.Sizeof}/{@code Alignof}/{@code Offsetof}, the allocator
 * ({@code ptrdata}, {@code gcmask}) and the GC all agree.
 *
 * <p>Layout rules are Go's for amd64 (go-runtime-facts §1.1-1.2): {@code fieldAlign == align};
 * complex64 is aligned to 4; a struct's fields are placed in declaration order, each at its
 * alignment; a non-zero-size struct that ends in a zero-size field gets one byte of padding
 * before the final rounding to the struct's alignment.
 *
 * <p>Descriptors are mutable only until registered ({@link TypeRegistry} assigns {@link #addr}).
 * An RType belongs to one program (one registry); do not share instances between programs.
 */
public final class RType {
    public static final int PTR_SIZE = 8;
    /** Arrays whose pointer bitmap would exceed this many words keep {@code gcmask == null}; use {@link #ptrWord}. */
    public static final long MAX_EAGER_MASK_WORDS = 1 << 16;

    /** reflect.ChanDir. */
    public static final int RECV_DIR = 1, SEND_DIR = 2, BOTH_DIR = 3;

    public final Kind kind;
    public long size;
    public int align;
    public int fieldAlign;
    /** Length of the prefix that may hold pointers; 0 means noscan. */
    public long ptrdata;
    /** One bit per pointer-sized word of the first {@code ptrdata} bytes (bit i of word i/64); null if noscan or huge. */
    public long[] gcmask;
    /** Exactly what %T prints. */
    public String name;
    /** Defined (named) type: Go's tflagNamed. Predeclared types are named too. */
    public boolean named;
    /** Pointer/slice/array/chan/map element type; map key type. */
    public RType elem, key;
    /** Array length. */
    public long len;
    /** Channel direction ({@link #RECV_DIR}, {@link #SEND_DIR}, {@link #BOTH_DIR}). */
    public int dir;
    /** Struct fields in declaration order with their offsets. */
    public StructField[] fields;
    /** Interfaces: true for {@code interface {}} (eface). */
    public boolean emptyIface;
    /** Go's type hash (FNV-1a of the type string), used by type switches and interface hashing. */
    public int hash;
    /** Address of this descriptor in rodata; 0 until a {@link TypeRegistry} registers it. */
    public long addr;
    /**
     * Kind MAP: the map runtime's derived {@code maptype} ({@code glassgo.runtime.maps.MapType},
     * immutable), cached here by {@code HMap.maptype} so a map operation finds it with one field
     * load; it records the HMap that made it, which checks that before using it.
     */
    public Object mapTypeCache;

    private RType(Kind kind, long size, int align, String name) {
        this.kind = kind;
        this.size = size;
        this.align = align;
        this.fieldAlign = align;
        setName(name);
    }

    private void setName(String name) {
        this.name = name;
        this.hash = fnv1a(name);
    }

    private void pointerWords(long... words) {
        long max = 0;
        gcmask = new long[1];
        for (long w : words) {
            gcmask[0] |= 1L << w;
            max = Math.max(max, w + 1);
        }
        ptrdata = max * PTR_SIZE;
    }

    // ------------------------------------------------------------------ factories

    /** A predeclared basic type (or a defined type over one, e.g. {@code basic(INT, "main.MyInt")}). */
    public static RType basic(Kind k, String name) {
        RType t;
        switch (k) {
            case BOOL: case INT8: case UINT8: t = new RType(k, 1, 1, name); break;
            case INT16: case UINT16: t = new RType(k, 2, 2, name); break;
            case INT32: case UINT32: case FLOAT32: t = new RType(k, 4, 4, name); break;
            case INT: case INT64: case UINT: case UINT64: case UINTPTR: case FLOAT64: t = new RType(k, 8, 8, name); break;
            case COMPLEX64: t = new RType(k, 8, 4, name); break;
            case COMPLEX128: t = new RType(k, 16, 8, name); break;
            case STRING: t = new RType(k, 16, 8, name); t.pointerWords(0); break;
            case UNSAFE_POINTER: t = new RType(k, 8, 8, name); t.pointerWords(0); break;
            default: throw new IllegalArgumentException("not a basic kind: " + k);
        }
        t.named = true;
        return t;
    }

    /** A predeclared basic type named as Go names it ("int", "float64", "unsafe.Pointer", ...). */
    public static RType basic(Kind k) {
        return basic(k, k == Kind.UNSAFE_POINTER ? "unsafe.Pointer" : k.goName());
    }

    public static RType string() {
        return basic(Kind.STRING, "string");
    }

    public static RType unsafePointer() {
        return basic(Kind.UNSAFE_POINTER, "unsafe.Pointer");
    }

    public static RType pointer(RType elem) {
        RType t = new RType(Kind.POINTER, 8, 8, "*" + elem.name);
        t.elem = elem;
        t.pointerWords(0);
        return t;
    }

    public static RType slice(RType elem) {
        RType t = new RType(Kind.SLICE, 24, 8, "[]" + elem.name);
        t.elem = elem;
        t.pointerWords(0);
        return t;
    }

    public static RType array(RType elem, long n) {
        if (n < 0) throw new IllegalArgumentException("negative array length");
        if (elem.size != 0 && n > Long.MAX_VALUE / elem.size) throw new IllegalArgumentException("array too large");
        RType t = new RType(Kind.ARRAY, elem.size * n, elem.align, "[" + n + "]" + elem.name);
        t.elem = elem;
        t.len = n;
        if (elem.ptrdata != 0 && n > 0) {
            t.ptrdata = (n - 1) * elem.size + elem.ptrdata;
            long words = (t.ptrdata + 7) / 8;
            if (words <= MAX_EAGER_MASK_WORDS) {
                long[] m = new long[(int) ((words + 63) / 64)];
                for (long w = 0; w < words; w++) if (t.ptrWord(w)) m[(int) (w >>> 6)] |= 1L << (w & 63);
                t.gcmask = m;
            }
        }
        return t;
    }

    public static RType map(RType k, RType v) {
        RType t = new RType(Kind.MAP, 8, 8, "map[" + k.name + "]" + v.name);
        t.key = k;
        t.elem = v;
        t.pointerWords(0);
        return t;
    }

    /** A channel type; {@code dir} is {@link #RECV_DIR}, {@link #SEND_DIR} or {@link #BOTH_DIR}. */
    public static RType chan(RType elem, int dir) {
        String n;
        switch (dir) {
            case RECV_DIR: n = "<-chan " + elem.name; break;
            case SEND_DIR: n = "chan<- " + elem.name; break;
            case BOTH_DIR:
                n = elem.kind == Kind.CHAN && elem.dir == RECV_DIR && !elem.named ? "chan (" + elem.name + ")" : "chan " + elem.name;
                break;
            default: throw new IllegalArgumentException("bad chan dir " + dir);
        }
        RType t = new RType(Kind.CHAN, 8, 8, n);
        t.elem = elem;
        t.dir = dir;
        t.pointerWords(0);
        return t;
    }

    /** A func type; {@code name} is its %T string, e.g. {@code "func(int) string"}. */
    public static RType func(String name) {
        RType t = new RType(Kind.FUNC, 8, 8, name);
        t.pointerWords(0);
        return t;
    }

    /** An interface type: 2 words (type-or-itab, data). {@code name} e.g. {@code "interface {}"}, {@code "error"}. */
    public static RType iface(String name, boolean empty) {
        RType t = new RType(Kind.INTERFACE, 16, 8, name);
        t.emptyIface = empty;
        t.pointerWords(0, 1);
        return t;
    }

    /** {@code interface {}}. */
    public static RType emptyInterface() {
        return iface("interface {}", true);
    }

    /**
     * A struct laid out by Go's rules. {@code name == null} gives the literal's %T string,
     * e.g. {@code struct { main.T; x int }}.
     */
    public static RType struct(String name, List<FieldSpec> specs) {
        StructField[] fs = new StructField[specs.size()];
        long off = 0;
        int align = 1;
        long ptrdata = 0;
        for (int i = 0; i < fs.length; i++) {
            FieldSpec s = specs.get(i);
            RType ft = s.type();
            off = alignUp(off, ft.align);
            align = Math.max(align, ft.align);
            fs[i] = new StructField(s.name(), ft, off, s.embedded(), isExported(s.name()));
            if (ft.ptrdata != 0) ptrdata = off + ft.ptrdata;
            off += ft.size;
        }
        if (off > 0 && fs.length > 0 && fs[fs.length - 1].type().size == 0) off++; // trailing zero-size rule
        long size = alignUp(off, align);
        if (name == null) name = structLiteralName(fs);
        RType t = new RType(Kind.STRUCT, size, align, name);
        t.fields = fs;
        t.ptrdata = ptrdata;
        if (ptrdata != 0) {
            long words = ptrdata / 8;
            if (words <= MAX_EAGER_MASK_WORDS) {
                long[] m = new long[(int) ((words + 63) / 64)];
                for (long w = 0; w < words; w++) if (t.ptrWord(w)) m[(int) (w >>> 6)] |= 1L << (w & 63);
                t.gcmask = m;
            }
        }
        return t;
    }

    private static String structLiteralName(StructField[] fs) {
        if (fs.length == 0) return "struct {}";
        StringBuilder b = new StringBuilder("struct { ");
        for (int i = 0; i < fs.length; i++) {
            if (i > 0) b.append("; ");
            if (fs[i].embedded()) b.append(fs[i].type().name);
            else b.append(fs[i].name()).append(' ').append(fs[i].type().name);
        }
        return b.append(" }").toString();
    }

    private static boolean isExported(String name) {
        return name != null && !name.isEmpty() && Character.isUpperCase(name.codePointAt(0));
    }

    /**
     * A defined type whose underlying type is not known yet, for recursive declarations
     * ({@code type T struct{ next *T }}): build {@code pointer(t)} etc. against it, then call
     * {@link #define}. Its layout is invalid until then: only pointer, slice, map, chan and func
     * types (whose layout does not depend on the element) may be built from it before define.
     */
    public static RType forward(Kind kind, String name) {
        RType t = new RType(kind, -1, 1, name);
        t.named = true;
        return t;
    }

    /** Completes a {@link #forward} declaration with the layout of {@code underlying} (same kind). */
    public void define(RType underlying) {
        if (underlying.kind != kind) throw new IllegalArgumentException("define: kind " + underlying.kind + " for " + kind + " " + name);
        if (addr != 0) throw new IllegalStateException("define after registration: " + name);
        size = underlying.size;
        align = underlying.align;
        fieldAlign = underlying.fieldAlign;
        ptrdata = underlying.ptrdata;
        gcmask = underlying.gcmask;
        elem = underlying.elem;
        key = underlying.key;
        len = underlying.len;
        dir = underlying.dir;
        fields = underlying.fields;
        emptyIface = underlying.emptyIface;
    }

    /** A copy of this type with a different name: a defined type ({@code type T U}). Unregistered. */
    public RType named(String newName) {
        RType t = new RType(kind, size, align, newName);
        t.fieldAlign = fieldAlign;
        t.ptrdata = ptrdata;
        t.gcmask = gcmask;
        t.elem = elem;
        t.key = key;
        t.len = len;
        t.dir = dir;
        t.fields = fields;
        t.emptyIface = emptyIface;
        t.named = true;
        return t;
    }

    // ------------------------------------------------------------------ queries

    /** True if word {@code w} (offset {@code 8*w}) may hold a pointer. Works for huge arrays too. */
    public boolean ptrWord(long w) {
        if (w < 0 || w * 8 >= ptrdata) return false;
        if (gcmask != null) return (gcmask[(int) (w >>> 6)] >>> (w & 63) & 1) != 0;
        switch (kind) {
            case ARRAY: {
                long off = w * 8;
                return elem.ptrWord((off % elem.size) / 8);
            }
            case STRUCT: {
                long off = w * 8;
                for (StructField f : fields) {
                    if (off >= f.offset() && off < f.offset() + f.type().size) return f.type().ptrWord((off - f.offset()) / 8);
                }
                return false;
            }
            default:
                return false;
        }
    }

    /** Noscan: holds no pointers (allocated in noscan spans, never scanned). */
    public boolean noscan() {
        return ptrdata == 0;
    }

    /**
     * Pointer-shaped ("direct interface"): stored in an interface's data word itself rather than
     * boxed. Pointers, unsafe.Pointer, maps, chans, funcs, and single-element arrays / single-field
     * structs whose element is itself direct (types.IsDirectIface).
     */
    public boolean isDirectIface() {
        switch (kind) {
            case POINTER: case UNSAFE_POINTER: case MAP: case CHAN: case FUNC: return true;
            case ARRAY: return len == 1 && elem.isDirectIface();
            case STRUCT: return fields.length == 1 && fields[0].type().isDirectIface();
            default: return false;
        }
    }

    /** Go's comparability (the {@code equal} function is non-nil). */
    public boolean comparable() {
        switch (kind) {
            case SLICE: case MAP: case FUNC: return false;
            case ARRAY: return elem.comparable();
            case STRUCT:
                for (StructField f : fields) if (!f.type().comparable()) return false;
                return true;
            default: return true;
        }
    }

    @Override
    public String toString() {
        return name;
    }

    static long alignUp(long v, long a) {
        return (v + a - 1) & -a;
    }

    static int fnv1a(String s) {
        int h = 0x811c9dc5;
        if (s == null) return h;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x01000193;
        }
        return h;
    }
}
