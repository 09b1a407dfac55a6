package glassgo.runtime.types;

import glassgo.runtime.mem.Memory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Places type descriptors in rodata and maps a descriptor address back to its {@link RType} in
 * O(1). An interface's type word is such an address, so {@code %T}, type switches, and
 * interface hashing/equality all go through {@link #byAddr}.
 *
 * <p>In-memory descriptor layout (a subset of Go's {@code _type}, same offsets for the first 24
 * bytes): {@code size} u64 @0, {@code ptrdata} u64 @8, {@code hash} u32 @16, {@code tflag} u8 @20,
 * {@code align} u8 @21, {@code fieldAlign} u8 @22, {@code kind} u8 @23 (Go's kind number, with
 * {@code kindDirectIface} = 1&lt;&lt;5), registry index u32 @24 (where Go has the equal func),
 * {@code gcdata} ptr @32 (the pointer mask bytes, or 0), elem descriptor @40, key descriptor @48,
 * array len @56. Total {@link #DESC_SIZE} bytes, 8-aligned.
 *
 * <p>Interning: defined (named) types are identified by instance; unnamed composite types by their
 * type string (which is their structural identity within one program), so two separately built
 * {@code []int} descriptors {@link #intern} to one address, as Go's linker dedups them.
 *
 * <p>Thread-safety: registration is synchronized; {@link #byAddr} reads an append-only list
 * published under the same lock, and is safe for descriptors whose address was obtained after
 * registration.
 */
public final class TypeRegistry {
    public static final int DESC_SIZE = 64;
    public static final int OFF_SIZE = 0, OFF_PTRDATA = 8, OFF_HASH = 16, OFF_TFLAG = 20, OFF_ALIGN = 21,
            OFF_FIELD_ALIGN = 22, OFF_KIND = 23, OFF_INDEX = 24, OFF_GCDATA = 32, OFF_ELEM = 40, OFF_KEY = 48, OFF_LEN = 56;
    /** Go's tflagNamed. */
    public static final int TFLAG_NAMED = 1 << 2;
    /** Go's kindDirectIface bit in the kind byte. */
    public static final int KIND_DIRECT_IFACE = 1 << 5;

    private final Memory mem;
    private volatile RType[] byIndex = new RType[64];
    private int count;
    private final Map<String, RType> unnamed = new HashMap<>();

    public TypeRegistry(Memory mem) {
        this.mem = mem;
    }

    public Memory memory() {
        return mem;
    }

    /**
     * The canonical descriptor for {@code t}: for an unnamed type, the first registered type with the
     * same type string; otherwise {@code t} itself. Registers it. Returns the canonical instance.
     */
    public synchronized RType intern(RType t) {
        if (t.addr != 0) return t;
        if (!t.named) {
            RType c = unnamed.get(t.name);
            if (c != null && c.kind == t.kind) return c;
        }
        register(t);
        return t;
    }

    /**
     * Assigns {@code t} (and the types it refers to) a descriptor in rodata. Returns its address.
     * Recursive types ({@code type T struct{ next *T }}) are fine: the address is assigned before
     * the referenced types are registered.
     */
    public synchronized long register(RType t) {
        if (t.addr != 0) return t.addr;
        reserve(t);
        fill(t);
        return t.addr;
    }

    /**
     * Registers {@code ts} with ascending descriptor addresses in list order (the types they refer
     * to that are not in the list come after), as Go's linker places descriptors in its sorted order.
     */
    public synchronized void registerInOrder(List<RType> ts) {
        List<RType> fresh = new ArrayList<>(ts.size());
        for (RType t : ts) if (t.addr == 0) { reserve(t); fresh.add(t); }
        for (RType t : fresh) fill(t);
    }

    private void reserve(RType t) {
        long a = mem.allocRodata(DESC_SIZE, 8);
        int idx = count++;
        RType[] tab = byIndex;
        if (idx == tab.length) tab = java.util.Arrays.copyOf(tab, tab.length * 2);
        tab[idx] = t;
        byIndex = tab; // volatile publish
        t.addr = a;
        mem.putInt(a + OFF_INDEX, idx);
    }

    private void fill(RType t) {
        long a = t.addr;
        if (t.elem != null) register(t.elem);
        if (t.key != null) register(t.key);
        if (t.fields != null) for (StructField f : t.fields) register(f.type());
        mem.putLong(a + OFF_SIZE, t.size);
        mem.putLong(a + OFF_PTRDATA, t.ptrdata);
        mem.putInt(a + OFF_HASH, t.hash);
        mem.putByte(a + OFF_TFLAG, (byte) (t.named ? TFLAG_NAMED : 0));
        mem.putByte(a + OFF_ALIGN, (byte) t.align);
        mem.putByte(a + OFF_FIELD_ALIGN, (byte) t.fieldAlign);
        mem.putByte(a + OFF_KIND, (byte) (t.kind.goKind() | (t.isDirectIface() ? KIND_DIRECT_IFACE : 0)));
        if (t.gcmask != null) {
            long words = t.ptrdata / 8;
            int nbytes = (int) ((words + 7) / 8);
            long g = mem.allocRodata(nbytes, 1);
            for (int i = 0; i < nbytes; i++) mem.putByte(g + i, (byte) (t.gcmask[i >>> 3] >>> (8 * (i & 7))));
            mem.putLong(a + OFF_GCDATA, g);
        }
        if (t.elem != null) mem.putLong(a + OFF_ELEM, t.elem.addr);
        if (t.key != null) mem.putLong(a + OFF_KEY, t.key.addr);
        mem.putLong(a + OFF_LEN, t.len);
        if (!t.named) unnamed.putIfAbsent(t.name, t);
    }


    /** The descriptor at {@code addr} (an interface type word). O(1). */
    public RType byAddr(long addr) {
        int idx = mem.getInt(addr + OFF_INDEX);
        RType[] tab = byIndex;
        RType t = idx >= 0 && idx < tab.length ? tab[idx] : null;
        if (t == null || t.addr != addr) throw new IllegalArgumentException("not a type descriptor: 0x" + Long.toHexString(addr));
        return t;
    }

    /** Number of registered descriptors. */
    public synchronized int size() {
        return count;
    }

    /** Snapshot of all registered descriptors in registration order. */
    public synchronized List<RType> all() {
        List<RType> l = new ArrayList<>(count);
        for (int i = 0; i < count; i++) l.add(byIndex[i]);
        return l;
    }
}
